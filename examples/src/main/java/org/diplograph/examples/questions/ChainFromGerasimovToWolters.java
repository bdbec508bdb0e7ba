package org.diplograph.examples.questions;

/** What is the shortest chain of meetings from Gerasimov to Wolters? Run it: {@code ./diplograph examples}, or this class's {@code main}. */
public final class ChainFromGerasimovToWolters {

    /** The question. */
    public static final Question QUESTION = new Question(
            "What is the shortest chain of meetings from Gerasimov to Wolters?",
            "explorer.shortestChain(\"Gerasimov\", \"Wolters\")",
            "chain-from-gerasimov-to-wolters.cypher",
            explorer -> explorer.shortestChain("Gerasimov", "Wolters"));

    private ChainFromGerasimovToWolters() {
    }

    /** @param args none */
    public static void main(String[] args) {
        Questions.run(QUESTION);
    }
}
