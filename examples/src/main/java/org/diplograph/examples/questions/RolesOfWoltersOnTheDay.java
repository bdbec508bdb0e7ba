package org.diplograph.examples.questions;

import java.time.LocalDate;

/** In which roles did Tod Wolters act on 6 February 2020? Run it: {@code ./diplograph examples}, or this class's {@code main}. */
public final class RolesOfWoltersOnTheDay {

    /** The question. */
    public static final Question QUESTION = new Question(
            "In which roles did Tod Wolters act on 6 February 2020?",
            "explorer.rolesOn(\"Tod Wolters\", LocalDate.of(2020, 2, 6))",
            "roles-of-wolters-on-the-day.cypher",
            explorer -> explorer.rolesOn("Tod Wolters", LocalDate.of(2020, 2, 6)));

    private RolesOfWoltersOnTheDay() {
    }

    /** @param args none */
    public static void main(String[] args) {
        Questions.run(QUESTION);
    }
}
