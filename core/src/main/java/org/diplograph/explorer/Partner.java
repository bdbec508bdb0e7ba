package org.diplograph.explorer;

import java.time.LocalDate;
import java.util.List;
import org.diplograph.model.DatePrecision;

/**
 * A partnership seen from one country or alliance: one {@code PARTNER_OF} edge.
 *
 * @param partner        the other country or alliance
 * @param kind           the kind as reported, lower-cased: {@code strategic partnership}, {@code partner}, …
 * @param since          the first day it may have begun, or {@code null}
 * @param sincePrecision how exactly {@code since} is known
 * @param sources        the ids of the sources stating it
 * @param evidence       the sentences stating it
 */
public record Partner(ActorRef partner, String kind, LocalDate since, DatePrecision sincePrecision,
                      List<String> sources, List<String> evidence) {

    /** Keeps unmodifiable copies. */
    public Partner {
        sources = NullSafeLists.copyOf(sources);
        evidence = NullSafeLists.copyOf(evidence);
    }
}
