package org.diplograph.examples.questions;

/** Which meetings took place between Azerbaijan's and Russia's officials? Run it: {@code ./diplograph examples}, or this class's {@code main}. */
public final class MeetingsBetweenAzerbaijanAndRussia {

    /** The question. */
    public static final Question QUESTION = new Question(
            "Which meetings took place between Azerbaijan's and Russia's officials?",
            "explorer.meetingsBetween(\"AZE\", \"RUS\")",
            "meetings-between-azerbaijan-and-russia.cypher",
            explorer -> explorer.meetingsBetween("AZE", "RUS"));

    private MeetingsBetweenAzerbaijanAndRussia() {
    }

    /** @param args none */
    public static void main(String[] args) {
        Questions.run(QUESTION);
    }
}
