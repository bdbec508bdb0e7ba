package org.diplograph.explorer;

import java.util.List;

/**
 * One step of a chain of acquaintance: two officials and every meeting between them in the period.
 *
 * @param from     the official nearer the start
 * @param to       the official nearer the end
 * @param meetings the meetings between them (at least one), earliest first
 */
public record ChainHop(ActorRef from, ActorRef to, List<MeetingFact> meetings) {

    /** Keeps an unmodifiable copy. */
    public ChainHop {
        meetings = NullSafeLists.copyOf(meetings);
    }
}
