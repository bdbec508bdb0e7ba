package org.diplograph.explorer;

import java.util.List;

/**
 * A shortest chain of meetings from one official to another.
 *
 * @param from the first official
 * @param to   the last official
 * @param hops the steps, in order; empty when {@code from} and {@code to} are the same official
 */
public record Chain(ActorRef from, ActorRef to, List<ChainHop> hops) {

    /** Keeps an unmodifiable copy. */
    public Chain {
        hops = NullSafeLists.copyOf(hops);
    }

    /** @return the officials along the chain, both ends included */
    public List<ActorRef> officials() {
        List<ActorRef> officials = new java.util.ArrayList<>();
        officials.add(from);
        hops.forEach(hop -> officials.add(hop.to()));
        return List.copyOf(officials);
    }
}
