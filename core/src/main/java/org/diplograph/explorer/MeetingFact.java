package org.diplograph.explorer;

import java.util.List;
import org.diplograph.model.PartialDate;

/**
 * One meeting between two officials, as the graph holds it: one {@code MET_WITH} edge. A meeting of
 * more than two officials appears once for each pair.
 *
 * @param official    the official the question was about (or the one on side A)
 * @param counterpart the official he met (or the one on side B)
 * @param date        the date as reported, at its precision ({@code 2020-02-06}, {@code 2020-02} or {@code 2020}); {@code null} when unknown
 * @param place       where, or {@code null}
 * @param sources     the ids of the sources reporting it
 * @param evidence    the sentences reporting it
 */
public record MeetingFact(ActorRef official, ActorRef counterpart, PartialDate date, String place, List<String> sources,
                          List<String> evidence) {

    /** Keeps unmodifiable copies; {@code null} lists become empty. */
    public MeetingFact {
        sources = NullSafeLists.copyOf(sources);
        evidence = NullSafeLists.copyOf(evidence);
    }
}
