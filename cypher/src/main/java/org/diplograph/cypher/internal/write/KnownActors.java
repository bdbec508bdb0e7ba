package org.diplograph.cypher.internal.write;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.diplograph.model.ActorId;
import org.diplograph.names.AliasResolver.Known;

/**
 * The actors one bulk write has already seen in the graph or written there, with their kind and
 * spellings, so that later batches of the same write need not look them up again (in a bulk load
 * nearly every batch names the same officials). Only committed state goes in: the writer remembers a
 * batch's actors after its transaction commits.
 *
 * <p>The cache may go stale only if another client deletes or edits an actor during the load. A
 * deleted actor is caught: the write statements count the rows they matched, a shortfall throws
 * {@link StaleActors}, and the batch is written again without the cache. Spellings removed by hand
 * meanwhile would not be written back (the cache would say the graph has them); new spellings added
 * by others only make a batch take the full {@code write/merge-actors} path, which is always right.
 *
 * <p>Bounded: past {@link #MAX_ACTORS} actors it stops remembering new ones (they are looked up per
 * batch, as without a cache), so the heap stays flat however large the load.
 */
public final class KnownActors {

    /** Actors remembered at most (about 200 bytes each). */
    public static final int MAX_ACTORS = 500_000;

    private final Map<ActorId, Known> known = new HashMap<>();

    /** Thrown inside a write transaction when a statement matched fewer actors than the cache promised. */
    public static final class StaleActors extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StaleActors(String statement, int expected, int written) {
            super(statement + " matched " + written + " of " + expected + " rows: an actor it needs is not in the graph.");
        }
    }

    /**
     * @param id an actor id
     * @return the actor as last seen committed, or {@code null}
     */
    Known get(ActorId id) {
        return known.get(id);
    }

    /**
     * Remembers actors a committed batch left in the graph.
     *
     * @param actors the actors, with all their spellings in the graph
     */
    public void remember(List<Known> actors) {
        for (Known actor : actors) {
            if (known.size() < MAX_ACTORS || known.containsKey(actor.id())) {
                known.put(actor.id(), actor);
            }
        }
    }

    /** Forgets everything (after {@link StaleActors}). */
    public void forget() {
        known.clear();
    }
}
