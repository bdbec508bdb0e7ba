package org.diplograph.explorer;

import java.time.LocalDate;
import java.util.List;
import org.diplograph.model.DatePrecision;

/**
 * One meeting between two officials, as the graph holds it: one {@code MET_WITH} edge. A meeting of
 * more than two officials appears once for each pair.
 *
 * @param official    the official the question was about (or the one on side A)
 * @param counterpart the official he met (or the one on side B)
 * @param date        the date as reported: {@code 2020-02-06}, {@code 2020-02} or {@code 2020}; {@code null} when unknown
 * @param on          the first day the date may stand for; {@code null} when unknown
 * @param precision   day, month or year; {@code null} when unknown
 * @param place       where, or {@code null}
 * @param sources     the ids of the sources reporting it
 * @param evidence    the sentences reporting it
 */
public record MeetingFact(ActorRef official, ActorRef counterpart, String date, LocalDate on, DatePrecision precision,
                          String place, List<String> sources, List<String> evidence) {

    /** Keeps unmodifiable copies; {@code null} lists become empty. */
    public MeetingFact {
        sources = NullSafeLists.copyOf(sources);
        evidence = NullSafeLists.copyOf(evidence);
    }
}
