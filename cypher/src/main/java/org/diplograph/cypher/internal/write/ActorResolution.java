package org.diplograph.cypher.internal.write;

import java.util.ArrayList;
import java.util.Collections;
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

    /** The rule of a merge an analyst decided ({@link DecisionRules}). */
    static final String DECISION = "decision";

    /** Every actor declared in the batch, by the id it was declared with, with all its spellings. */
    final Map<ActorId, Declared> declared = new LinkedHashMap<>();
    /** Declared id → id in the graph. */
    final Map<ActorId, ActorId> canonical = new HashMap<>();
    /** Merges decided in this batch. */
    final List<Merge> merges = new ArrayList<>();
    /** The scoped name keys of the batch's new ids, locked for the transaction (see write/lock-names.cypher). */
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

    static ActorResolution resolve(BatchWrite.Graph graph, List<FactSet> batch, KnownActors cache, DecisionRules decisions) {
        ActorResolution resolution = new ActorResolution();
        for (FactSet facts : batch) {
            for (Actor actor : facts.actors()) {
                Declared d = resolution.declared.computeIfAbsent(actor.id(), id -> new Declared(actor));
                if (d.first.kind() != actor.kind()) {
                    throw new InvalidInputException(null, null, null, "\"" + actor.id() + "\" is declared as "
                            + d.first.kind().withArticle() + " and, in source " + facts.source().id() + ", as "
                            + actor.kind().withArticle() + "; one id names one kind of actor.", null);
                }
                d.spellings.addAll(actor.spellings());
                d.sources.add(facts.source().id());
                if (d.rank == null && actor instanceof org.diplograph.model.Official o) {
                    d.rank = o.rank();
                }
            }
        }
        resolution.decide(graph, cache, decisions);
        return resolution;
    }

    private void decide(BatchWrite.Graph graph, KnownActors cache, DecisionRules decisions) {
        List<String> unseen = new ArrayList<>();
        for (ActorId id : declared.keySet()) {
            Known cached = cache.get(id);
            if (cached != null) {
                inGraph.put(id, cached);
            } else {
                unseen.add(id.value());
            }
        }
        if (!unseen.isEmpty()) {
            for (Known known : graph.actorsWithIds(unseen)) {
                inGraph.put(known.id(), known);
            }
        }
        // Only ids the graph does not hold yet can be spellings of known actors: most batches of a bulk
        // load name actors already written, and then there is nothing to lock and no key to look up.
        // Writers at once take turns per scoped name key of those new ids ("AZE|najmedin sadikov"):
        // without it, two writers bringing two new spellings of one man would each see no match
        // (neither sees the other's uncommitted node) and create two nodes. The lock comes before the
        // key lookup, so the second writer finds what the first committed. (Lists of actors that do
        // exist are safe without this: every write statement locks an actor's node before reading them.)
        Map<ActorId, Set<String>> newKeys = new LinkedHashMap<>();
        Set<String> locks = new java.util.TreeSet<>();
        for (Declared d : declared.values()) {
            ActorId id = d.first.id();
            if (id.scope().isPresent() && !inGraph.containsKey(id)) {
                Set<String> keys = NameKeys.identityKeys(List.copyOf(d.spellings)).keySet();
                newKeys.put(id, keys);
                keys.forEach(key -> locks.add(id.scope().get() + "|" + key));
            }
        }
        nameLocks.addAll(locks);
        if (!nameLocks.isEmpty()) {
            graph.lock(nameLocks);
        }
        Set<String> keys = new LinkedHashSet<>();
        newKeys.values().forEach(keys::addAll);
        Candidates candidates = new Candidates();
        if (!keys.isEmpty()) {
            for (Known known : graph.actorsWithKeys(List.copyOf(keys))) {
                if (declared.containsKey(known.id())) {
                    // another writer committed this very id after it was looked up above
                    inGraph.put(known.id(), known);
                }
                candidates.add(known);
            }
        }
        for (Declared d : declared.values()) {
            ActorId id = d.first.id();
            Known existing = inGraph.get(id);
            if (existing != null) {
                if (existing.kind() != d.first.kind()) {
                    throw new InvalidInputException(null, null, null, "\"" + id + "\" is " + existing.kind().withArticle()
                            + " in the graph, but source " + d.sources.iterator().next() + " declares it "
                            + d.first.kind().withArticle() + "; one id names one kind of actor.", null);
                }
                canonical.put(id, id);
                continue;
            }
            Optional<ActorId> decided = decisions.sameAs(id, canonical::get);
            if (decided.isPresent()) {
                Merge merge = new Merge(id, decided.get(), DECISION, "");
                canonical.put(id, merge.known());
                merges.add(merge);
                mergeSource.put(id, d.sources.iterator().next());
                continue;
            }
            // two ids declared in one FactSet are two people, whatever their names; so are two an analyst said are
            List<Known> sharing = candidates.sharing(newKeys.get(id)).stream()
                    .filter(known -> !declaredTogether(d, declared.get(known.id())) && !decisions.apart(id, known.id()))
                    .toList();
            Optional<Merge> merge = AliasResolver.resolve(d.withAllSpellings(), sharing);
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

    /** @return whether another actor of the batch was declared in a FactSet that declares {@code d} too */
    private static boolean declaredTogether(Declared d, Declared other) {
        return other != null && other != d && !Collections.disjoint(d.sources, other.sources);
    }

    /**
     * The actors a new id may be a spelling of, by identity key, so that each new actor is compared
     * with the few that share a key rather than with every actor of the batch.
     */
    private static final class Candidates {
        private final Map<String, List<Known>> byKey = new HashMap<>();

        void add(Known known) {
            for (String key : NameKeys.identityKeys(known.spellings()).keySet()) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(known);
            }
        }

        List<Known> sharing(Set<String> keys) {
            if (keys == null || keys.isEmpty()) {
                return List.of();
            }
            Set<Known> found = new LinkedHashSet<>();
            for (String key : keys) {
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
