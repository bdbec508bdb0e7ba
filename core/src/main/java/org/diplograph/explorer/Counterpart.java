package org.diplograph.explorer;

import java.time.LocalDate;
import java.util.List;

/**
 * Someone an official met, with how often and when.
 *
 * @param counterpart the official met
 * @param meetings    how many meetings (edges) in the period
 * @param first       the first day of the earliest dated meeting, or {@code null} when all are undated
 * @param last        the first day of the latest dated meeting, or {@code null} when all are undated
 * @param places      the distinct places
 * @param sources     the ids of the sources reporting the meetings
 * @param evidence    the sentences reporting them
 */
public record Counterpart(ActorRef counterpart, int meetings, LocalDate first, LocalDate last, List<String> places,
                          List<String> sources, List<String> evidence) {

    /** Keeps unmodifiable copies. */
    public Counterpart {
        places = NullSafeLists.copyOf(places);
        sources = NullSafeLists.copyOf(sources);
        evidence = NullSafeLists.copyOf(evidence);
    }
}
