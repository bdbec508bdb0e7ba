package org.diplograph.explorer;

import java.util.List;
import org.diplograph.model.PartialDate;

/**
 * Something that happened to an actor on a (partial) date.
 *
 * @param date      the date, at the precision it is known ({@code 2020-02-06}, {@code 2020-02}, {@code 2020}), or {@code null}
 * @param event     what kind of event
 * @param summary   one sentence: {@code Najmeddin Sadikov met Valery Gerasimov in Baku.}
 * @param actors    the actors involved, the subject first
 * @param place     where, for meetings; else {@code null}
 * @param sources   the ids of the sources stating it
 * @param evidence  the sentences stating it
 */
public record TimelineEvent(PartialDate date, Kind event, String summary,
                            List<ActorRef> actors, String place, List<String> sources, List<String> evidence) {

    /** Keeps unmodifiable copies. */
    public TimelineEvent {
        actors = NullSafeLists.copyOf(actors);
        sources = NullSafeLists.copyOf(sources);
        evidence = NullSafeLists.copyOf(evidence);
    }

    /** The kinds of event a timeline holds. */
    public enum Kind {
        /** two officials met */
        MEETING,
        /** a role began (its {@code from}) */
        ROLE_BEGINS,
        /** a role ended (its {@code to}) */
        ROLE_ENDS,
        /** a partnership began */
        PARTNERSHIP,
        /** a membership began */
        MEMBERSHIP_BEGINS,
        /** a membership ended */
        MEMBERSHIP_ENDS
    }
}
