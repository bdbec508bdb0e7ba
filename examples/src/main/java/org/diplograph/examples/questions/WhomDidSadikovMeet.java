package org.diplograph.examples.questions;

/** Whom did Najmeddin Sadikov meet, when and where, and who reported it? Run it: {@code ./diplograph examples}, or this class's {@code main}. */
public final class WhomDidSadikovMeet {

    /** The question. */
    public static final Question QUESTION = new Question(
            "Whom did Najmeddin Sadikov meet, when and where, and who reported it?",
            "explorer.meetingsOf(\"Najmeddin Sadikov\")",
            "whom-did-sadikov-meet.cypher",
            explorer -> explorer.meetingsOf("Najmeddin Sadikov"));

    private WhomDidSadikovMeet() {
    }

    /** @param args none */
    public static void main(String[] args) {
        Questions.run(QUESTION);
    }
}
