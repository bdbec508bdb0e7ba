package org.diplograph.examples.questions;

import org.diplograph.model.ActorKind;

/** Which officials have met the most different people? Run it: {@code ./diplograph examples}, or this class's {@code main}. */
public final class MostConnectedOfficials {

    /** The question. */
    public static final Question QUESTION = new Question(
            "Which officials have met the most different people?",
            "explorer.mostConnected(ActorKind.OFFICIAL, 5)",
            "most-connected-officials.cypher",
            explorer -> explorer.mostConnected(ActorKind.OFFICIAL, 5));

    private MostConnectedOfficials() {
    }

    /** @param args none */
    public static void main(String[] args) {
        Questions.run(QUESTION);
    }
}
