package org.diplograph.explorer;

import java.time.LocalDate;
import java.util.List;
import org.diplograph.model.DatePrecision;

/**
 * A country's membership of an alliance: one {@code MEMBER_OF} edge.
 *
 * @param member         the country
 * @param alliance       the alliance
 * @param since          the first day it may have begun, or {@code null}
 * @param sincePrecision how exactly {@code since} is known
 * @param to             the last day it may have lasted, or {@code null} when it lasts
 * @param toPrecision    how exactly {@code to} is known
 * @param sources        the ids of the sources stating it
 * @param evidence       the sentences stating it
 */
public record Member(ActorRef member, ActorRef alliance, LocalDate since, DatePrecision sincePrecision, LocalDate to,
                     DatePrecision toPrecision, List<String> sources, List<String> evidence) {

    /** Keeps unmodifiable copies. */
    public Member {
        sources = NullSafeLists.copyOf(sources);
        evidence = NullSafeLists.copyOf(evidence);
    }
}
