package org.diplograph.examples.questions;

/** Whom have both Hulusi Akar and Najmeddin Sadikov met? Run it: {@code ./diplograph examples}, or this class's {@code main}. */
public final class CommonContactsOfAkarAndSadikov {

    /** The question. */
    public static final Question QUESTION = new Question(
            "Whom have both Hulusi Akar and Najmeddin Sadikov met?",
            "explorer.commonContacts(\"Akar\", \"Sadikov\")",
            "common-contacts-of-akar-and-sadikov.cypher",
            explorer -> explorer.commonContacts("Akar", "Sadikov"));

    private CommonContactsOfAkarAndSadikov() {
    }

    /** @param args none */
    public static void main(String[] args) {
        Questions.run(QUESTION);
    }
}
