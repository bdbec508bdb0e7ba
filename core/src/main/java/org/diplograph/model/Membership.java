package org.diplograph.model;

import org.diplograph.InvalidInputException;

/**
 * A country belonging to an alliance: {@code MEMBER_OF}, keyed by pair.
 *
 * @param member     the country
 * @param alliance   the alliance
 * @param since      since when, or {@code null}
 * @param to         until when, or {@code null}
 * @param provenance the sentence that states it
 */
public record Membership(ActorId member, ActorId alliance, PartialDate since, PartialDate to, Provenance provenance) {

    /** Validates the ends and the dates. */
    public Membership {
        if (member == null || alliance == null) {
            throw new InvalidInputException("A membership needs both \"member\" and \"alliance\".");
        }
        if (since != null && to != null && since.first().isAfter(to.last())) {
            throw new InvalidInputException("A membership's \"since\" (" + since + ") is after its \"to\" (" + to + ").");
        }
        provenance = provenance == null ? Provenance.NONE : provenance;
    }
}
