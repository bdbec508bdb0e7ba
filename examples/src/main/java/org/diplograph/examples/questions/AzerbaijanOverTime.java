package org.diplograph.examples.questions;

/** How did Azerbaijan's contacts develop over time? Run it: {@code ./diplograph examples}, or this class's {@code main}. */
public final class AzerbaijanOverTime {

    /** The question. */
    public static final Question QUESTION = new Question(
            "How did Azerbaijan's contacts develop over time?",
            "explorer.timeline(\"AZE\")",
            "azerbaijan-over-time.cypher",
            explorer -> explorer.timeline("AZE"));

    private AzerbaijanOverTime() {
    }

    /** @param args none */
    public static void main(String[] args) {
        Questions.run(QUESTION);
    }
}
