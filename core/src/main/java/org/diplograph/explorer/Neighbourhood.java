package org.diplograph.explorer;

import java.util.List;

/**
 * The part of the graph within some hops of one actor: nodes and the edges among them.
 *
 * @param centre   the actor asked about
 * @param hops     how far out it reaches
 * @param actors   the actors within reach, the centre first, then ring by ring (see
 *                 {@link Explorer#neighbourhood(String, int, org.diplograph.model.Period, int)})
 * @param links    the edges among them
 * @param complete whether every actor within reach is there; {@code false} when the cap on actors left
 *                 some out
 */
public record Neighbourhood(ActorRef centre, int hops, List<ActorRef> actors, List<Link> links, boolean complete) {

    /** Keeps unmodifiable copies. */
    public Neighbourhood {
        actors = NullSafeLists.copyOf(actors);
        links = NullSafeLists.copyOf(links);
    }
}
