package org.diplograph.explorer;

import java.util.List;

/**
 * An official on neither side who met officials of both.
 *
 * @param broker        the official
 * @param meetingsWithA how many of his meetings in the period were with side A
 * @param meetingsWithB how many were with side B
 * @param metOnSideA    the distinct side-A officials he met
 * @param metOnSideB    the distinct side-B officials he met
 * @param meetings      those meetings ({@code official} is the broker), earliest first, with sources and evidence
 */
public record Broker(ActorRef broker, int meetingsWithA, int meetingsWithB, List<ActorRef> metOnSideA,
                     List<ActorRef> metOnSideB, List<MeetingFact> meetings) {

    /** Keeps unmodifiable copies. */
    public Broker {
        metOnSideA = NullSafeLists.copyOf(metOnSideA);
        metOnSideB = NullSafeLists.copyOf(metOnSideB);
        meetings = NullSafeLists.copyOf(meetings);
    }
}
