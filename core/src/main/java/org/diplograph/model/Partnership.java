package org.diplograph.model;

import java.util.List;
import org.diplograph.InvalidInputException;

/**
 * Two countries or alliances that are partners: {@code PARTNER_OF}, keyed by pair and kind.
 *
 * @param between    the two partners
 * @param kind       the kind as stated ({@code strategic partnership}, {@code partner})
 * @param since      since when, or {@code null}
 * @param provenance the sentence that states it
 */
public record Partnership(List<ActorId> between, String kind, PartialDate since, Provenance provenance) {

    /** Validates that there are two distinct partners and a kind. */
    public Partnership {
        if (between == null || between.size() != 2 || between.stream().anyMatch(java.util.Objects::isNull) || between.get(0).equals(between.get(1))) {
            throw new InvalidInputException("A partnership is \"between\" exactly two distinct actors.");
        }
        between = List.copyOf(between);
        kind = TextFields.required("kind", kind, TextFields.MAX_NAME);
        provenance = provenance == null ? Provenance.NONE : provenance;
    }
}
