package org.diplograph.explorer;

import java.util.List;

/**
 * A meeting between an official on side A and one on side B, with the reason each is on his side.
 *
 * @param meeting the meeting; {@code meeting.official()} is on side A, {@code meeting.counterpart()} on side B
 * @param viaA    the ids from the side-A official up to side A, like {@code [AZE/general-staff, AZE]}; empty when he is side A
 * @param viaB    the same for the side-B official
 */
public record SideMeeting(MeetingFact meeting, List<String> viaA, List<String> viaB) {

    /** Keeps unmodifiable copies. */
    public SideMeeting {
        viaA = NullSafeLists.copyOf(viaA);
        viaB = NullSafeLists.copyOf(viaB);
    }
}
