package org.diplograph.model;

import org.diplograph.InvalidInputException;

/**
 * An official holding a role in a body (or a ministry belonging to a country or alliance):
 * {@code REPRESENTS}, keyed by holder, body and title.
 *
 * @param who        the official or ministry
 * @param body       the ministry, country or alliance
 * @param title      the title as written ({@code Chief of the General Staff}), or {@code null}
 * @param from       when the role began, or {@code null} when unknown
 * @param to         when it ended, or {@code null} when open or unknown
 * @param provenance the sentence that states it
 */
public record Representation(ActorId who, ActorId body, String title, PartialDate from, PartialDate to,
                             Provenance provenance) {

    /** Validates the ends and that {@code from} is not after {@code to}. */
    public Representation {
        if (who == null || body == null) {
            throw new InvalidInputException("A role needs both \"who\" and \"body\".");
        }
        if (who.equals(body)) {
            throw new InvalidInputException("\"" + who + "\" cannot represent itself.");
        }
        title = TextFields.optional("title", title, TextFields.MAX_NAME);
        if (from != null && to != null && from.first().isAfter(to.last())) {
            throw new InvalidInputException("A role's \"from\" (" + from + ") is after its \"to\" (" + to + ").");
        }
        provenance = provenance == null ? Provenance.NONE : provenance;
    }
}
