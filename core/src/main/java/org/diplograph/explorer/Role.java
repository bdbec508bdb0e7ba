package org.diplograph.explorer;

import java.time.LocalDate;
import java.util.List;
import org.diplograph.model.PartialDate;

/**
 * A role: one {@code REPRESENTS} edge, with the countries or alliances its body stands for.
 *
 * @param holder        the official (or ministry) holding it
 * @param body          the ministry, country or alliance
 * @param onBehalfOf    the countries and alliances the body represents, when the body is a ministry; else empty
 * @param title         the title as first reported, or {@code null}
 * @param from          when it began, at the precision known, or {@code null} when unknown (counts as always)
 * @param to            when it ended, at the precision known, or {@code null} when open or unknown
 * @param sources       the ids of the sources stating it
 * @param evidence      the sentences stating it
 */
public record Role(ActorRef holder, ActorRef body, List<ActorRef> onBehalfOf, String title, PartialDate from,
                   PartialDate to, List<String> sources, List<String> evidence) {

    /** Keeps unmodifiable copies. */
    public Role {
        onBehalfOf = NullSafeLists.copyOf(onBehalfOf);
        sources = NullSafeLists.copyOf(sources);
        evidence = NullSafeLists.copyOf(evidence);
    }

    /**
     * @param day a day
     * @return whether the role may have been held that day (an unknown end counts as open)
     */
    public boolean heldOn(LocalDate day) {
        return (from == null || !from.first().isAfter(day)) && (to == null || !to.last().isBefore(day));
    }
}
