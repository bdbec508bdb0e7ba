package org.diplograph.names;

import java.util.List;
import java.util.Locale;
import org.diplograph.InvalidInputException;
import org.diplograph.model.ActorId;

/**
 * An analyst's decision about two ids that the name rules got wrong: they are the {@link Kind#SAME} person
 * (or body), or {@link Kind#DIFFERENT} ones, whatever their names say. Decisions are kept in a decisions
 * file ({@code org.diplograph.json.DecisionsJson}) that the next ingest applies: it merges two actors it
 * had kept apart, or splits one it had merged, and never merges a different pair again.
 *
 * @param kind the decision
 * @param a    one id (for {@link Kind#SAME}, the id the merged actor keeps)
 * @param b    the other id
 * @param note why, in the analyst's words, or {@code null}
 */
public record Decision(Kind kind, ActorId a, ActorId b, String note) {

    /** What two ids are. */
    public enum Kind {
        /** One actor: merge them. */
        SAME,
        /** Two actors: never merge them; split them if merged. */
        DIFFERENT;

        /** @return the word the decisions file uses: {@code same} or {@code different} */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Checks that the decision is about two different ids of people or bodies (countries and alliances are never merged). */
    public Decision {
        if (kind == null || a == null || b == null) {
            throw new InvalidInputException("A decision needs its kind and two ids.");
        }
        if (a.equals(b)) {
            throw new InvalidInputException("A decision needs two different ids, not \"" + a + "\" twice.");
        }
        for (ActorId id : List.of(a, b)) {
            if (id.scope().isEmpty()) {
                throw new InvalidInputException("\"" + id + "\" is a country or alliance, known by its code alone: "
                        + "decisions are about officials and ministries (<scope>/<slug>).");
            }
        }
        note = note == null || note.isBlank() ? null : note.strip();
    }

    /**
     * @param x an id
     * @param y another id
     * @return whether this decision is about these two, in either order
     */
    public boolean concerns(ActorId x, ActorId y) {
        return a.equals(x) && b.equals(y) || a.equals(y) && b.equals(x);
    }
}
