package org.diplograph.explorer;

import java.util.List;
import org.diplograph.model.PartialDate;

/**
 * A country's membership of an alliance: one {@code MEMBER_OF} edge.
 *
 * @param member         the country
 * @param alliance       the alliance
 * @param since          when it began, at the precision known, or {@code null}
 * @param to             when it ended, at the precision known, or {@code null} when it lasts
 * @param sources        the ids of the sources stating it
 * @param evidence       the sentences stating it
 */
public record Member(ActorRef member, ActorRef alliance, PartialDate since, PartialDate to, List<String> sources,
                     List<String> evidence) {

    /** Keeps unmodifiable copies. */
    public Member {
        sources = NullSafeLists.copyOf(sources);
        evidence = NullSafeLists.copyOf(evidence);
    }
}
