package org.diplograph.cypher.firstload;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.diplograph.cypher.firstload.InMemoryGraph.ActorNode;
import org.diplograph.cypher.firstload.InMemoryGraph.EdgeKey;
import org.diplograph.cypher.firstload.InMemoryGraph.IntList;
import org.diplograph.cypher.firstload.InMemoryGraph.SourceNode;
import org.diplograph.cypher.internal.write.EdgeRow;
import org.diplograph.cypher.internal.write.NotStored;
import org.neo4j.batchimport.api.InputIterable;
import org.neo4j.batchimport.api.InputIterator;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.batchimport.api.input.IdType;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.batchimport.api.input.InputChunk;
import org.neo4j.batchimport.api.input.InputEntityVisitor;
import org.neo4j.batchimport.api.input.PropertySizeCalculator;
import org.neo4j.batchimport.api.input.ReadableGroups;
import org.neo4j.internal.batchimport.input.Groups;
import org.neo4j.values.storable.DateValue;
import org.neo4j.values.storable.Value;
import org.neo4j.values.storable.Values;

/**
 * The in-memory graph as the offline importer's {@link Input}: nodes and relationships are handed
 * over as values, so nothing is written to CSV and parsed back. Node ids are given, not looked up
 * ({@link IdType#ACTUAL}): actors are numbered first, then sources, and relationships name their
 * ends by those numbers, so the importer needs no id mapping. An edge's properties are its row's
 * fields but those marked {@link NotStored}, under the same names the statements store them under.
 * Empty lists are given as empty arrays (the CSV importer would leave such properties out, where ingest
 * stores {@code []}); {@code null} values are left out, as a statement's {@code SET x = null} leaves them.
 */
final class ImporterInput implements Input {

    /** Entities per chunk the importer's threads take at a time. */
    private static final int CHUNK = 10_000;

    /** The stored fields of each row type, in order. */
    private static final Map<Class<?>, RecordComponent[]> STORED = new ConcurrentHashMap<>();

    private final InMemoryGraph graph;
    private final List<Map.Entry<EdgeKey, EdgeRow<?>>> edges;
    private final Groups groups = new Groups();

    ImporterInput(InMemoryGraph graph) {
        this.graph = graph;
        this.edges = List.copyOf(graph.edges().entrySet());
    }

    int nodeCount() {
        return graph.actors.size() + graph.sources.size();
    }

    int relationshipCount() {
        return edges.size();
    }

    @Override
    public InputIterable nodes(Collector badCollector) {
        return () -> new Chunks(nodeCount(), this::visitNode);
    }

    @Override
    public InputIterable relationships(Collector badCollector) {
        return () -> new Chunks(edges.size(), this::visitRelationship);
    }

    @Override
    public IdType idType() {
        return IdType.ACTUAL;
    }

    @Override
    public ReadableGroups groups() {
        return groups;
    }

    @Override
    public Estimates validateAndEstimate(PropertySizeCalculator valueSizeCalculator) {
        long nodes = nodeCount();
        // Rough sizes: the importer uses them only to plan memory.
        return Input.knownEstimates(nodes, edges.size(), nodes * 9, edges.size() * 8L, nodes * 200, edges.size() * 200L, nodes * 2);
    }

    /** Visits entity {@code index}: actors first, then sources. */
    void visitNode(int index, InputEntityVisitor v) {
        int actors = graph.actors.size();
        v.id(index);
        if (index < actors) {
            ActorNode a = graph.actors.get(index);
            v.labels(new String[] {"Actor", a.kind.label()});
            v.property("id", Values.stringValue(a.id));
            v.property("name", Values.stringValue(a.name));
            v.property("kind", Values.stringValue(a.kind.word()));
            property(v, "scope", a.scope);
            v.property("aliases", strings(a.aliases));
            v.property("keys", strings(a.keys));
            StringBuilder keyText = new StringBuilder("|");
            for (String key : a.keys) {
                keyText.append(key).append('|');
            }
            v.property("keyText", Values.stringValue(keyText.toString()));
            property(v, "rank", a.rank);
            v.property("sources", sources(a.sources));
            v.property("mergedIds", strings(a.mergedIds));
            v.property("merges", strings(a.merges));
            v.property("declarations", strings(a.declarations));
        } else {
            SourceNode s = graph.sources.get(index - actors);
            v.labels(new String[] {"Source"});
            v.property("id", Values.stringValue(s.id));
            property(v, "title", s.title);
            property(v, "publisher", s.publisher);
            property(v, "url", s.url);
            property(v, "published", s.published);
        }
    }

    /** Visits relationship {@code index} with the properties its write statement sets. */
    void visitRelationship(int index, InputEntityVisitor v) {
        Map.Entry<EdgeKey, EdgeRow<?>> edge = edges.get(index);
        EdgeRow<?> row = edge.getValue();
        v.startId(edge.getKey().start());
        v.endId(edge.getKey().end());
        v.type(row.edgeType().name());
        for (RecordComponent field : STORED.computeIfAbsent(row.getClass(), ImporterInput::storedFields)) {
            Object value = read(field, row);
            if (value instanceof String text) {
                v.property(field.getName(), Values.stringValue(text));
            } else if (value instanceof LocalDate date) {
                v.property(field.getName(), DateValue.date(date));
            } else if (value instanceof List<?> list) {
                v.property(field.getName(), Values.stringArray(list.toArray(InMemoryGraph.NO_STRINGS)));
            } else if (value != null) {
                throw new IllegalStateException("No importer form for " + field + " = " + value);
            }
        }
    }

    private static RecordComponent[] storedFields(Class<?> rowType) {
        return Arrays.stream(rowType.getRecordComponents())
                .filter(c -> !c.isAnnotationPresent(NotStored.class))
                .toArray(RecordComponent[]::new);
    }

    private static Object read(RecordComponent field, Object row) {
        try {
            return field.getAccessor().invoke(row);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + field + " of " + row, e);
        }
    }

    private static void property(InputEntityVisitor v, String key, String value) {
        if (value != null) {
            v.property(key, Values.stringValue(value));
        }
    }

    private static void property(InputEntityVisitor v, String key, LocalDate value) {
        if (value != null) {
            v.property(key, DateValue.date(value));
        }
    }

    private static Value strings(List<String> list) {
        return Values.stringArray(list.toArray(InMemoryGraph.NO_STRINGS));
    }

    private Value sources(IntList numbers) {
        String[] ids = new String[numbers.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = graph.sources.get(numbers.get(i)).id;
        }
        return Values.stringArray(ids);
    }

    /** How one entity is visited. */
    @FunctionalInterface
    interface EntityVisit {
        void visit(int index, InputEntityVisitor visitor);
    }

    /** Hands out ranges of {@link #CHUNK} entities to the importer's threads. */
    private static final class Chunks implements InputIterator {
        private final int count;
        private final EntityVisit visit;
        private final AtomicInteger next = new AtomicInteger();

        Chunks(int count, EntityVisit visit) {
            this.count = count;
            this.visit = visit;
        }

        @Override
        public InputChunk newChunk() {
            return new Chunk(visit);
        }

        @Override
        public boolean next(InputChunk chunk) {
            int from = next.getAndAdd(CHUNK);
            if (from >= count) {
                return false;
            }
            ((Chunk) chunk).range(from, Math.min(count, from + CHUNK));
            return true;
        }

        @Override
        public void close() {
        }
    }

    private static final class Chunk implements InputChunk {
        private final EntityVisit visit;
        private int at;
        private int end;

        Chunk(EntityVisit visit) {
            this.visit = visit;
        }

        void range(int from, int to) {
            at = from;
            end = to;
        }

        @Override
        public boolean next(InputEntityVisitor visitor) throws IOException {
            if (at >= end) {
                return false;
            }
            visit.visit(at++, visitor);
            visitor.endOfEntity();
            return true;
        }

        @Override
        public void close() {
        }
    }
}
