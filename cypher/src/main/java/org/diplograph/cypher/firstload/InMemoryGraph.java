package org.diplograph.cypher.firstload;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.cypher.internal.write.ActorRow;
import org.diplograph.cypher.internal.write.BatchWrite;
import org.diplograph.cypher.internal.write.EdgeRow;
import org.diplograph.cypher.internal.write.EdgeType;
import org.diplograph.cypher.internal.write.SourceRow;
import org.diplograph.model.ActorId;
import org.diplograph.model.ActorKind;
import org.diplograph.names.AliasResolver.Known;

/**
 * The graph ingest would build, held in memory: {@link BatchWrite} hands it the very rows it hands a
 * write transaction. An edge is its latest row, merged with each later row of the same MERGE key by
 * {@link EdgeRow#combine} — the same code ingest folds a batch's reports with — so the edge statements'
 * semantics live in one place in Java. Actors and sources apply their statements' semantics here.
 * {@code FirstLoadIT} compares the result with ingest's graph line by line.
 *
 * <p>Compact on purpose (a million facts must fit a modest heap): nodes are numbered in creation
 * order (those numbers become the store's node ids), sources of an actor are source numbers, and
 * an edge's repeated values (ids, dates, places, titles, a source's id) are shared ({@link EdgeRow#pooled}).
 */
final class InMemoryGraph implements BatchWrite.Graph {

    /** An {@code :Actor} node. */
    static final class ActorNode {
        final int number;
        final String id;
        final ActorKind kind;
        final String name;
        final String scope;
        final List<String> aliases = new ArrayList<>(2);
        final List<String> keys = new ArrayList<>(4);
        String rank;
        final IntList sources = new IntList();
        List<String> mergedIds = List.of();
        List<String> merges = List.of();
        List<String> declarations = List.of();
        private Known known;

        ActorNode(int number, String id, ActorKind kind, String name, String scope) {
            this.number = number;
            this.id = id;
            this.kind = kind;
            this.name = name;
            this.scope = scope;
        }

        Known known() {
            if (known == null) {
                known = new Known(ActorId.of(id), kind, List.copyOf(aliases));
            }
            return known;
        }
    }

    /** A {@code :Source} node; merge-sources sets every property each time, so the last row wins. */
    static final class SourceNode {
        final String id;
        /** The list of this one source, which every edge it alone reports holds. */
        final List<String> alone;
        String title;
        String publisher;
        String url;
        LocalDate published;

        SourceNode(String id) {
            this.id = id;
            this.alone = List.of(id);
        }
    }

    /**
     * One relationship's MERGE key: its type, its ends (node numbers) and the keyed property.
     *
     * @param type     the relationship type
     * @param start    the start node's number
     * @param end      the end node's number
     * @param mergeKey {@code onKey}, {@code titleKey}, {@code kind}, or {@code null} for memberships
     */
    record EdgeKey(EdgeType type, int start, int end, Object mergeKey) {
    }

    static final String[] NO_STRINGS = new String[0];

    private final Map<String, ActorNode> actorsById = new HashMap<>();
    final List<ActorNode> actors = new ArrayList<>();
    private final Map<String, Set<ActorNode>> actorsByKey = new HashMap<>();
    private final Map<String, Integer> sourceNumbers = new HashMap<>();
    final List<SourceNode> sources = new ArrayList<>();
    private final Map<EdgeKey, EdgeRow<?>> edges = new HashMap<>();
    private final Map<Object, Object> shared = new HashMap<>();
    private final EdgeRow.Pool pool = new EdgeRow.Pool() {
        @Override
        public <T> T of(T value) {
            return share(value);
        }

        @Override
        public List<String> sources(List<String> ids) {
            if (ids.size() == 1) {
                Integer number = sourceNumbers.get(ids.get(0));
                return number == null ? ids : sources.get(number).alone;
            }
            return ids.stream().map(id -> {
                Integer number = sourceNumbers.get(id);
                return number == null ? id : sources.get(number).id;
            }).toList();
        }
    };

    @Override
    public List<Known> actorsWithIds(List<String> ids) {
        List<Known> found = new ArrayList<>();
        for (String id : ids) {
            ActorNode a = actorsById.get(id);
            if (a != null) {
                found.add(a.known());
            }
        }
        return found;
    }

    @Override
    public List<Known> actorsWithKeys(List<String> keys) {
        Set<ActorNode> found = new LinkedHashSet<>();
        for (String key : keys) {
            found.addAll(actorsByKey.getOrDefault(key, Set.of()));
        }
        return found.stream().map(ActorNode::known).toList();
    }

    @Override
    public Set<String> mergeSources(List<SourceRow> rows) {
        Set<String> existing = new HashSet<>();
        for (SourceRow row : rows) {
            Integer number = sourceNumbers.get(row.id());
            if (number != null) {
                existing.add(row.id());
            } else {
                number = sources.size();
                sourceNumbers.put(row.id(), number);
                sources.add(new SourceNode(row.id()));
            }
            SourceNode s = sources.get(number);
            s.title = row.title();
            s.publisher = share(row.publisher());
            s.url = row.url();
            s.published = share(row.published());
        }
        return existing;
    }

    @Override
    public void mergeActors(List<ActorRow> rows) {
        for (ActorRow row : rows) {
            ActorNode a = actorsById.get(row.id());
            if (a == null) {
                a = new ActorNode(actors.size(), row.id(), ActorKind.fromWord(row.kind()), row.name(), share(row.scope()));
                actorsById.put(row.id(), a);
                actors.add(a);
            }
            boolean changed = addAll(a.aliases, row.spellings());
            for (String key : row.keys()) {
                if (!a.keys.contains(key)) {
                    a.keys.add(key);
                    actorsByKey.computeIfAbsent(key, k -> new LinkedHashSet<>(2)).add(a);
                }
            }
            if (changed) {
                a.known = null;
            }
            if (a.rank == null) {
                a.rank = share(row.rank());
            }
            addSources(a.sources, row.sources());
            a.mergedIds = withAll(a.mergedIds, row.mergedIds());
            a.merges = withAll(a.merges, row.merges());
            a.declarations = withAll(a.declarations, row.declarations());
        }
    }

    @Override
    public void addActorSources(List<ActorRow> rows) {
        for (ActorRow row : rows) {
            ActorNode a = actorsById.get(row.id());
            if (a != null) {
                addSources(a.sources, row.sources());
            }
        }
    }

    @Override
    public <R extends EdgeRow<R>> void mergeEdges(List<R> rows) {
        for (R incoming : rows) {
            ActorNode a = actorsById.get(incoming.start());
            ActorNode b = actorsById.get(incoming.end());
            if (a == null || b == null || !incoming.edgeType().endsFit(a.kind, b.kind)) {
                continue; // the statement's MATCH finds no row
            }
            R row = incoming.pooled(a.id, b.id, pool);
            EdgeKey key = new EdgeKey(row.edgeType(), a.number, b.number, row.mergeKey());
            @SuppressWarnings("unchecked")
            R earlier = (R) edges.get(key);
            edges.put(key, earlier == null ? row : earlier.combine(row, row.seenSources()));
        }
    }

    /** @return every relationship: its key and its properties as its last combined row holds them */
    Map<EdgeKey, EdgeRow<?>> edges() {
        return edges;
    }

    private void addSources(IntList list, List<String> ids) {
        for (String id : ids) {
            list.addIfAbsent(sourceNumbers.get(id));
        }
    }

    private static boolean addAll(List<String> list, List<String> values) {
        boolean changed = false;
        for (String value : values) {
            if (!list.contains(value)) {
                list.add(value);
                changed = true;
            }
        }
        return changed;
    }

    private static List<String> withAll(List<String> list, List<String> values) {
        if (values.isEmpty()) {
            return list;
        }
        List<String> grown = new ArrayList<>(list);
        addAll(grown, values);
        return grown;
    }

    /** One instance per distinct value, for the values that repeat across millions of rows. */
    @SuppressWarnings("unchecked")
    private <T> T share(T value) {
        if (value == null) {
            return null;
        }
        return (T) shared.computeIfAbsent(value, v -> v);
    }

    /** A growing list of ints that never repeats one. */
    static final class IntList {
        private static final int[] EMPTY = new int[0];
        private int[] items = EMPTY;
        private int size;
        private int max = -1;

        void addIfAbsent(int value) {
            // Source numbers grow as the load goes on, so a number above every one held is new: the
            // linear search only runs for a source met again (the same source id in two FactSets).
            if (value <= max) {
                for (int i = 0; i < size; i++) {
                    if (items[i] == value) {
                        return;
                    }
                }
            } else {
                max = value;
            }
            if (size == items.length) {
                items = Arrays.copyOf(items, Math.max(1, size * 2));
            }
            items[size++] = value;
        }

        int size() {
            return size;
        }

        int get(int i) {
            return items[i];
        }
    }
}
