package org.diplograph.examples.questions;

/** Whom does Azerbaijan count as partners, and since when? Run it: {@code ./diplograph examples}, or this class's {@code main}. */
public final class PartnersOfAzerbaijan {

    /** The question. */
    public static final Question QUESTION = new Question(
            "Whom does Azerbaijan count as partners, and since when?",
            "explorer.partnersOf(\"Azerbaijan\")",
            "partners-of-azerbaijan.cypher",
            explorer -> explorer.partnersOf("Azerbaijan"));

    private PartnersOfAzerbaijan() {
    }

    /** @param args none */
    public static void main(String[] args) {
        Questions.run(QUESTION);
    }
}
