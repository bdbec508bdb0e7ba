package org.diplograph.examples.questions;

/** Who talks to both sides: which officials met people of Russia and of NATO? Run it: {@code ./diplograph examples}, or this class's {@code main}. */
public final class WhoTalksToBothRussiaAndNato {

    /** The question. */
    public static final Question QUESTION = new Question(
            "Who talks to both sides: which officials met people of Russia and of NATO?",
            "explorer.brokers(\"RUS\", \"NATO\")",
            "who-talks-to-both-russia-and-nato.cypher",
            explorer -> explorer.brokers("RUS", "NATO"));

    private WhoTalksToBothRussiaAndNato() {
    }

    /** @param args none */
    public static void main(String[] args) {
        Questions.run(QUESTION);
    }
}
