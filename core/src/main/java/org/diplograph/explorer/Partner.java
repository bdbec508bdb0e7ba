package org.diplograph.explorer;

import java.util.List;
import org.diplograph.model.PartialDate;

/**
 * A partnership seen from one country or alliance: one {@code PARTNER_OF} edge.
 *
 * @param partner        the other country or alliance
 * @param kind           the kind as reported, lower-cased: {@code strategic partnership}, {@code partner}, …
 * @param since          when it began, at the precision known, or {@code null}
 * @param sources        the ids of the sources stating it
 * @param evidence       the sentences stating it
 */
public record Partner(ActorRef partner, String kind, PartialDate since, List<String> sources, List<String> evidence) {

    /** Keeps unmodifiable copies. */
    public Partner {
        sources = NullSafeLists.copyOf(sources);
        evidence = NullSafeLists.copyOf(evidence);
    }
}
