package org.diplograph.query;

import java.util.List;

/**
 * The part of the graph within some hops of one actor: nodes and the edges among them.
 *
 * @param centre the actor asked about
 * @param hops   how far out it reaches
 * @param actors the actors within reach, the centre first
 * @param links  the edges among them
 */
public record Neighbourhood(ActorRef centre, int hops, List<ActorRef> actors, List<Link> links) {

    /** Keeps unmodifiable copies. */
    public Neighbourhood {
        actors = Lists.copy(actors);
        links = Lists.copy(links);
    }
}
