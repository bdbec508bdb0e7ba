package org.diplograph.explorer;

import java.util.List;
import org.diplograph.model.PartialDate;

/**
 * Someone an official met, with how often and when.
 *
 * @param counterpart the official met
 * @param meetings    how many meetings (edges) in the period
 * @param first       the date of the earliest dated meeting, at its precision, or {@code null} when all are undated
 * @param last        the date of the latest dated meeting, at its precision, or {@code null} when all are undated
 * @param places      the distinct places
 * @param sources     the ids of the sources reporting the meetings
 * @param evidence    the sentences reporting them
 */
public record Counterpart(ActorRef counterpart, int meetings, PartialDate first, PartialDate last, List<String> places,
                          List<String> sources, List<String> evidence) {

    /** Keeps unmodifiable copies. */
    public Counterpart {
        places = NullSafeLists.copyOf(places);
        sources = NullSafeLists.copyOf(sources);
        evidence = NullSafeLists.copyOf(evidence);
    }
}
