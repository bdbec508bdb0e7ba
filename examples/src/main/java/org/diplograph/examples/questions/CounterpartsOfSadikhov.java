package org.diplograph.examples.questions;

/** Whom has Sadikhov (however spelled) met, how often, first and last? Run it: {@code ./diplograph examples}, or this class's {@code main}. */
public final class CounterpartsOfSadikhov {

    /** The question. */
    public static final Question QUESTION = new Question(
            "Whom has Sadikhov (however spelled) met, how often, first and last?",
            "explorer.counterparts(\"Sadikhov\")",
            "counterparts-of-sadikhov.cypher",
            explorer -> explorer.counterparts("Sadikhov"));

    private CounterpartsOfSadikhov() {
    }

    /** @param args none */
    public static void main(String[] args) {
        Questions.run(QUESTION);
    }
}
