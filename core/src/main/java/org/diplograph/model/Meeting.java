package org.diplograph.model;

import java.util.ArrayList;
import java.util.List;
import org.diplograph.InvalidInputException;

/**
 * Officials who met: two for a bilateral meeting, more for a multi-party one (stored as one
 * {@code MET_WITH} edge per pair).
 *
 * @param participants at least two distinct officials
 * @param on           the date, or {@code null} when unknown
 * @param place        where, or {@code null}
 * @param provenance   the sentence that reports it
 */
public record Meeting(List<ActorId> participants, PartialDate on, String place, Provenance provenance) {

    /** Validates that there are at least two distinct participants. */
    public Meeting {
        if (participants == null || participants.stream().distinct().count() < 2) {
            throw new InvalidInputException("A meeting needs at least two distinct participants.");
        }
        if (participants.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidInputException("A meeting's participants must not be null.");
        }
        participants = List.copyOf(participants.stream().distinct().toList());
        place = TextFields.optional("place", place, TextFields.MAX_NAME);
        provenance = provenance == null ? Provenance.NONE : provenance;
    }

    /** @return every pair of participants, each pair once, in canonical (sorted) order */
    public List<List<ActorId>> pairs() {
        List<ActorId> sorted = participants.stream().sorted().toList();
        List<List<ActorId>> pairs = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                pairs.add(List.of(sorted.get(i), sorted.get(j)));
            }
        }
        return pairs;
    }
}
