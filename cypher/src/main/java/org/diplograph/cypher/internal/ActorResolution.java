package org.diplograph.cypher.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.diplograph.InvalidInputException;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorId;
import org.diplograph.model.ActorKind;
import org.diplograph.model.FactSet;
import org.diplograph.names.AliasResolver;
import org.diplograph.names.AliasResolver.Known;
import org.diplograph.names.AliasResolver.Merge;
import org.diplograph.names.NameKeys;

/**
 * Decides, inside a write transaction, which graph actor each actor of a batch of FactSets is: the
 * one with its id, an existing one it is a spelling of ({@link AliasResolver}), or a new one.
 * New actors of the batch are candidates for the batch's later FactSets too, so two articles in one
 * batch spelling a man two ways give one node.
 */
final class ActorResolution {

    /** Every actor declared in the batch, by the id it was declared with, with all its spellings. */
    final Map<ActorId, Declared> declared = new LinkedHashMap<>();
    /** Declared id → id in the graph. */
    final Map<ActorId, ActorId> canonical = new HashMap<>();
    /** Merges decided in this batch. */
    final List<Merge> merges = new ArrayList<>();
    /** The actor ids and scoped name keys this batch resolves, locked for the transaction (see write/lock-names.cypher). */
    final List<String> nameLocks = new ArrayList<>();
    /** The source that first declared each merged id, for the merge note. */
    final Map<ActorId, String> mergeSource = new HashMap<>();
    /** Actors of the batch the graph already holds, with their spellings there. */
    final Map<ActorId, Known> inGraph = new HashMap<>();

    static final class Declared {
        final Actor first;
        final Set<String> spellings = new LinkedHashSet<>();
        final Set<String> sources = new LinkedHashSet<>();
        String rank;

        Declared(Actor first) {
            this.first = first;
        }

        Actor withAllSpellings() {
            List<String> all = new ArrayList<>(spellings);
            return Actor.of(first.kind(), first.id(), first.name(), all.subList(1, all.size()), rank);
        }
    }

    static ActorResolution resolve(BatchWrite.Graph graph, List<FactSet> batch) {
        ActorResolution resolution = new ActorResolution();
        for (FactSet facts : batch) {
            for (Actor actor : facts.actors()) {
                Declared d = resolution.declared.computeIfAbsent(actor.id(), id -> new Declared(actor));
                if (d.first.kind() != actor.kind()) {
                    throw new InvalidInputException(null, null, null, "\"" + actor.id() + "\" is declared as a "
                            + d.first.kind().word() + " and, in source " + facts.source().id() + ", as a "
                            + actor.kind().word() + "; one id names one kind of actor.", null);
                }
                d.spellings.addAll(actor.spellings());
                d.sources.add(facts.source().id());
                if (d.rank == null && actor instanceof org.diplograph.model.Official o) {
                    d.rank = o.rank();
                }
            }
        }
        resolution.decide(graph);
        return resolution;
    }

    private void decide(BatchWrite.Graph graph) {
        List<String> ids = declared.keySet().stream().map(ActorId::value).toList();
        // Concurrent writers take turns per actor id and per scoped name key. Without this, two writers
        // bringing two new spellings of one man at once would each see no match (neither sees the other's
        // uncommitted node) and create two nodes; and the accumulated lists of merge-actors, read before
        // the node is locked, could lose one writer's spellings.
        Set<String> locks = new java.util.TreeSet<>();
        for (Declared d : declared.values()) {
            locks.add("id|" + d.first.id().value());
            d.first.id().scope().ifPresent(scope -> NameKeys.identityKeys(List.copyOf(d.spellings)).keySet()
                    .forEach(key -> locks.add(scope + "|" + key)));
        }
        nameLocks.addAll(locks);
        if (!nameLocks.isEmpty()) {
            graph.lock(nameLocks);
        }
        for (Known known : graph.actorsWithIds(ids)) {
            inGraph.put(known.id(), known);
        }
        // Only ids the graph does not hold yet can be spellings of known actors: most batches of a
        // bulk load name actors already written, and then the name-key lookup is skipped.
        Set<String> keys = new LinkedHashSet<>();
        for (Declared d : declared.values()) {
            if (d.first.id().scope().isPresent() && !inGraph.containsKey(d.first.id())) {
                keys.addAll(NameKeys.identityKeys(List.copyOf(d.spellings)).keySet());
            }
        }
        Candidates candidates = new Candidates(keys.isEmpty() ? List.of() : graph.actorsWithKeys(List.copyOf(keys)));
        for (Declared d : declared.values()) {
            ActorId id = d.first.id();
            Known existing = inGraph.get(id);
            if (existing != null) {
                if (existing.kind() != d.first.kind()) {
                    throw new InvalidInputException(null, null, null, "\"" + id + "\" is a " + existing.kind().word()
                            + " in the graph, but source " + d.sources.iterator().next() + " declares it a "
                            + d.first.kind().word() + "; one id names one kind of actor.", null);
                }
                canonical.put(id, id);
                continue;
            }
            Actor incoming = d.withAllSpellings();
            Optional<Merge> merge = AliasResolver.resolve(incoming, candidates.sharingAKeyWith(incoming.spellings()));
            if (merge.isPresent()) {
                canonical.put(id, merge.get().known());
                merges.add(merge.get());
                mergeSource.put(id, d.sources.iterator().next());
            } else {
                canonical.put(id, id);
                candidates.add(new Known(id, d.first.kind(), List.copyOf(d.spellings)));
            }
        }
    }

    /**
     * The actors an incoming one may be a spelling of, indexed by identity key: {@link AliasResolver}
     * only merges actors that share one, so it is handed just those instead of every candidate (the
     * batch's new actors join the candidates, which made resolution quadratic in a batch of new names).
     */
    private static final class Candidates {
        private final Map<String, List<Known>> byKey = new HashMap<>();

        Candidates(List<Known> known) {
            known.forEach(this::add);
        }

        void add(Known known) {
            for (String key : NameKeys.identityKeys(known.spellings()).keySet()) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(known);
            }
        }

        List<Known> sharingAKeyWith(List<String> spellings) {
            Set<Known> found = new LinkedHashSet<>();
            for (String key : NameKeys.identityKeys(spellings).keySet()) {
                found.addAll(byKey.getOrDefault(key, List.of()));
            }
            return List.copyOf(found);
        }
    }

    ActorId of(ActorId declaredId) {
        ActorId id = canonical.get(declaredId);
        if (id == null) {
            throw new IllegalStateException("Actor " + declaredId + " was not resolved");
        }
        return id;
    }
}
