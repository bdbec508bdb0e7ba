package org.diplograph.examples.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.diplograph.cypher.internal.BatchWrite;
import org.diplograph.model.ActorId;
import org.diplograph.model.ActorKind;
import org.diplograph.names.AliasResolver.Known;

/**
 * The graph ingest would build, held in memory: {@link BatchWrite} talks to it as to a write
 * transaction, and each {@code write/*.cypher} statement's MERGE semantics is applied in Java, row
 * by row, in the order ingest applies them. {@code FirstLoadIT} compares the result with ingest's
 * graph line by line; a change to a write statement must be mirrored here.
 *
 * <p>Compact on purpose (a million facts must fit a modest heap): nodes are numbered in creation
 * order (those numbers become the store's node ids), sources of an actor are source numbers, an
 * edge is one object that is also its own MERGE key, and repeated strings (dates, places, titles)
 * are shared.
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
        String title;
        String publisher;
        String url;
        LocalDate published;

        SourceNode(String id) {
            this.id = id;
        }
    }

    /** The four relationship types, with what their MERGE key holds beside the two ends. */
    enum EdgeType {
        MET_WITH, REPRESENTS, PARTNER_OF, MEMBER_OF
    }

    /**
     * One relationship, and its own MERGE key: type, ends and {@link #key} ({@code onKey},
     * {@code titleKey}, {@code kind}, or nothing for memberships).
     */
    static final class Edge {
        final EdgeType type;
        final int start;
        final int end;
        final String key;
        /** {@code on}, {@code from} or {@code since}, and its precision. */
        LocalDate date;
        String precision;
        /** {@code to}, and its precision. */
        LocalDate date2;
        String precision2;
        /** {@code place} or {@code title}. */
        String text;
        /** {@code meetingKey}, or {@code null} for a meeting of two: then it is {@link #meetingKey(InMemoryGraph)}'s default. */
        String meetingKey;
        final IntList sources = new IntList();
        String[] evidence = NO_STRINGS;

        Edge(EdgeType type, int start, int end, String key) {
            this.type = type;
            this.start = start;
            this.end = end;
            this.key = key;
        }

        /** @return the {@code meetingKey} property: as stored, or {@code onKey|a+b} for a meeting of just these two */
        String meetingKey(InMemoryGraph graph) {
            return meetingKey != null ? meetingKey : key + "|" + graph.actors.get(start).id + "+" + graph.actors.get(end).id;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Edge e && e.type == type && e.start == start && e.end == end && Objects.equals(e.key, key);
        }

        @Override
        public int hashCode() {
            return (31 * (31 * (31 * type.ordinal() + start) + end)) + Objects.hashCode(key);
        }
    }

    static final String[] NO_STRINGS = new String[0];

    private final Map<String, ActorNode> actorsById = new HashMap<>();
    final List<ActorNode> actors = new ArrayList<>();
    private final Map<String, Set<ActorNode>> actorsByKey = new HashMap<>();
    private final Map<String, Integer> sourceNumbers = new HashMap<>();
    final List<SourceNode> sources = new ArrayList<>();
    private final Map<Edge, Edge> edges = new HashMap<>();
    private final Map<Object, Object> shared = new HashMap<>();

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
    public Set<String> mergeSources(List<Map<String, Object>> rows) {
        Set<String> existing = new HashSet<>();
        for (Map<String, Object> row : rows) {
            if (sourceNumbers.containsKey((String) row.get("id"))) {
                existing.add((String) row.get("id"));
            }
            mergeSource(row);
        }
        return existing;
    }

    @Override
    public void write(String statement, List<Map<String, Object>> rows) {
        for (Map<String, Object> row : rows) {
            switch (statement) {
                case "write/merge-actors" -> mergeActor(row);
                case "write/add-actor-sources" -> {
                    ActorNode a = actorsById.get((String) row.get("id"));
                    if (a != null) {
                        addSources(a.sources, strings(row.get("sources")));
                    }
                }
                case "write/merge-roles" -> {
                    Edge r = edge(EdgeType.REPRESENTS, row.get("who"), row.get("body"), (String) row.get("titleKey"));
                    if (r != null) {
                        if (r.sources.size() == 0) {
                            r.text = share((String) row.get("title"));
                        }
                        widen(r, row, "from", "fromPrecision", true);
                        widen(r, row, "to", "toPrecision", false);
                        addSourcesAndEvidence(r, row);
                    }
                }
                case "write/merge-meetings" -> {
                    Edge m = edge(EdgeType.MET_WITH, row.get("a"), row.get("b"), share((String) row.get("onKey")));
                    if (m != null) {
                        if (m.sources.size() == 0) {
                            m.date = share((LocalDate) row.get("on"));
                            m.precision = share((String) row.get("precision"));
                            m.meetingKey = twoPartyKey((String) row.get("meetingKey"), m.key, (String) row.get("a"), (String) row.get("b"))
                                    ? null : (String) row.get("meetingKey");
                        }
                        if (m.text == null) {
                            m.text = share((String) row.get("place"));
                        }
                        addSourcesAndEvidence(m, row);
                    }
                }
                case "write/merge-partnerships" -> {
                    Edge p = edge(EdgeType.PARTNER_OF, row.get("a"), row.get("b"), share((String) row.get("kind")));
                    if (p != null) {
                        widen(p, row, "since", "sincePrecision", true);
                        addSourcesAndEvidence(p, row);
                    }
                }
                case "write/merge-memberships" -> {
                    Edge m = edge(EdgeType.MEMBER_OF, row.get("member"), row.get("alliance"), null);
                    if (m != null) {
                        widen(m, row, "since", "sincePrecision", true);
                        widen(m, row, "to", "toPrecision", false);
                        addSourcesAndEvidence(m, row);
                    }
                }
                default -> throw new IllegalStateException("No in-memory form for " + statement);
            }
        }
    }

    /** @return every relationship, in no particular order */
    java.util.Collection<Edge> edges() {
        return edges.values();
    }

    private void mergeSource(Map<String, Object> row) {
        String id = (String) row.get("id");
        Integer number = sourceNumbers.get(id);
        if (number == null) {
            number = sources.size();
            sourceNumbers.put(id, number);
            sources.add(new SourceNode(id));
        }
        SourceNode s = sources.get(number);
        s.title = (String) row.get("title");
        s.publisher = share((String) row.get("publisher"));
        s.url = (String) row.get("url");
        s.published = share((LocalDate) row.get("published"));
    }

    private void mergeActor(Map<String, Object> row) {
        String id = (String) row.get("id");
        ActorNode a = actorsById.get(id);
        if (a == null) {
            a = new ActorNode(actors.size(), id, ActorKind.fromWord((String) row.get("kind")), (String) row.get("name"),
                    share((String) row.get("scope")));
            actorsById.put(id, a);
            actors.add(a);
        }
        boolean changed = addAll(a.aliases, strings(row.get("spellings")));
        for (String key : strings(row.get("keys"))) {
            if (!a.keys.contains(key)) {
                a.keys.add(key);
                actorsByKey.computeIfAbsent(key, k -> new LinkedHashSet<>(2)).add(a);
            }
        }
        if (changed) {
            a.known = null;
        }
        if (a.rank == null) {
            a.rank = share((String) row.get("rank"));
        }
        addSources(a.sources, strings(row.get("sources")));
        a.mergedIds = withAll(a.mergedIds, strings(row.get("mergedIds")));
        a.merges = withAll(a.merges, strings(row.get("merges")));
    }

    /** The edge with this MERGE key, created if new; {@code null} when an end is not an actor (the statement's MATCH finds no row). */
    private Edge edge(EdgeType type, Object start, Object end, String key) {
        ActorNode a = actorsById.get((String) start);
        ActorNode b = actorsById.get((String) end);
        if (a == null || b == null || !ends(type, a, b)) {
            return null;
        }
        Edge probe = new Edge(type, a.number, b.number, key);
        Edge edge = edges.putIfAbsent(probe, probe);
        return edge == null ? probe : edge;
    }

    /** The labels each statement's MATCH requires of the two ends. */
    private static boolean ends(EdgeType type, ActorNode a, ActorNode b) {
        return switch (type) {
            case MET_WITH -> a.kind == ActorKind.OFFICIAL && b.kind == ActorKind.OFFICIAL;
            case MEMBER_OF -> a.kind == ActorKind.COUNTRY && b.kind == ActorKind.ALLIANCE;
            case REPRESENTS, PARTNER_OF -> true;
        };
    }

    private void addSourcesAndEvidence(Edge edge, Map<String, Object> row) {
        addSources(edge.sources, strings(row.get("sources")));
        for (String evidence : strings(row.get("evidence"))) {
            if (!Arrays.asList(edge.evidence).contains(evidence)) {
                edge.evidence = Arrays.copyOf(edge.evidence, edge.evidence.length + 1);
                edge.evidence[edge.evidence.length - 1] = evidence;
            }
        }
    }

    /**
     * Whether a meeting key is {@code onKey|a+b} (BatchWrite's key for a meeting of two): most are,
     * and not storing them saves a tenth of the heap.
     */
    private static boolean twoPartyKey(String meetingKey, String onKey, String a, String b) {
        int length = onKey.length() + 1 + a.length() + 1 + b.length();
        return meetingKey != null && meetingKey.length() == length && meetingKey.startsWith(onKey)
                && meetingKey.charAt(onKey.length()) == '|' && meetingKey.startsWith(a, onKey.length() + 1)
                && meetingKey.charAt(onKey.length() + 1 + a.length()) == '+' && meetingKey.endsWith(b);
    }

    /** {@code from}/{@code since} move earlier, {@code to} later, each with its precision. */
    private void widen(Edge edge, Map<String, Object> row, String date, String precision, boolean first) {
        LocalDate incoming = (LocalDate) row.get(date);
        LocalDate current = first ? edge.date : edge.date2;
        if (incoming != null && (current == null || (first ? incoming.isBefore(current) : incoming.isAfter(current)))) {
            if (first) {
                edge.date = share(incoming);
                edge.precision = share((String) row.get(precision));
            } else {
                edge.date2 = share(incoming);
                edge.precision2 = share((String) row.get(precision));
            }
        }
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

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return (List<String>) list;
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
