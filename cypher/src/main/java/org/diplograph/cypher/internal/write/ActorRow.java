package org.diplograph.cypher.internal.write;

import java.util.List;

/**
 * A row of {@code write/merge-actors} (or, for an actor the graph holds with every spelling the row brings,
 * of {@code write/add-actor-sources}, which reads only {@code id}, {@code sources} and {@code seenSources}).
 *
 * @param id          the actor's id in the graph
 * @param kind        {@code official}, {@code ministry}, {@code alliance} or {@code country}
 * @param scope       the part of the id before {@code /}, or {@code null}
 * @param name        the display name, set when the actor is created
 * @param spellings   every spelling the batch brings (stored as {@code aliases})
 * @param keys        their folded keys (folded only for {@code write/merge-actors}; empty for source-only rows)
 * @param rank        a rank, or {@code null}
 * @param sources     the FactSets that declared it
 * @param seenSources whether any source was in the graph before this batch
 * @param mergedIds    ids taken to be this actor in this batch
 * @param merges       why, one note per merged id
 * @param declarations how each merged id was declared, one {@link Declaration} (as JSON) per source
 */
public record ActorRow(String id, String kind, String scope, String name, List<String> spellings, List<String> keys,
                       String rank, List<String> sources, boolean seenSources, List<String> mergedIds, List<String> merges,
                       List<String> declarations) {

    /** Keeps unmodifiable lists. */
    public ActorRow {
        spellings = List.copyOf(spellings);
        keys = List.copyOf(keys);
        sources = List.copyOf(sources);
        mergedIds = List.copyOf(mergedIds);
        merges = List.copyOf(merges);
        declarations = List.copyOf(declarations);
    }

    /**
     * @param folded the folded keys of the spellings
     * @return this row with them
     */
    ActorRow withKeys(List<String> folded) {
        return new ActorRow(id, kind, scope, name, spellings, folded, rank, sources, seenSources, mergedIds, merges, declarations);
    }

    /** @return whether the row brings more than sources to an actor the graph holds with these spellings */
    boolean onlySources(List<String> spellingsInGraph) {
        return rank == null && mergedIds.isEmpty() && merges.isEmpty() && declarations.isEmpty()
                && spellingsInGraph.containsAll(spellings);
    }
}
