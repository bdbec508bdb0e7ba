package org.diplograph.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.diplograph.cypher.internal.BatchWrite;
import org.diplograph.model.ActorId;
import org.diplograph.model.ActorKind;
import org.diplograph.model.FactSet;
import org.diplograph.names.AliasResolver.Known;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import picocli.CommandLine;

/**
 * The first load of an empty database through Neo4j's offline importer
 * ({@code neo4j-admin database import full}), producing exactly the graph that ingest produces.
 *
 * <p>FactSets go through the very code ingest uses ({@link BatchWrite#run(BatchWrite.Graph, List)}:
 * the same batches, the same spelling resolution, the same rows), but against an in-memory graph
 * that applies each write statement's MERGE semantics in Java; the result is written as the
 * importer's CSV files. Opening a Diplograph on the imported database then creates the schema.
 * The in-memory graph holds every node and edge (about 0.5 KB per edge), so give this path a heap
 * to match; ingest is the path with a flat heap.
 */
final class FirstLoad {

    /** Between elements of array values: a control character no text of ours contains. */
    static final char ARRAY_DELIMITER = '\u001F';

    private final Map<String, ActorNode> actors = new LinkedHashMap<>();
    private final Map<String, Set<String>> actorsByKey = new HashMap<>();
    private final Map<String, Map<String, Object>> sources = new LinkedHashMap<>();
    private final Map<List<Object>, Map<String, Object>> roles = new LinkedHashMap<>();
    private final Map<List<Object>, Map<String, Object>> meetings = new LinkedHashMap<>();
    private final Map<List<Object>, Map<String, Object>> partnerships = new LinkedHashMap<>();
    private final Map<List<Object>, Map<String, Object>> memberships = new LinkedHashMap<>();
    private final Set<String> emptyLists = new LinkedHashSet<>();

    private static final class ActorNode {
        final String id;
        final String kind;
        final String name;
        final String scope;
        // Insertion-ordered sets: the lists ingest builds never repeat an item, and a hub's sources run to thousands.
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<String> keys = new LinkedHashSet<>();
        String rank;
        final Set<String> sources = new LinkedHashSet<>();
        final Set<String> mergedIds = new LinkedHashSet<>();
        final Set<String> merges = new LinkedHashSet<>();

        ActorNode(String id, String kind, String name, String scope) {
            this.id = id;
            this.kind = kind;
            this.name = name;
            this.scope = scope;
        }
    }

    /** The in-memory graph the batch writer talks to. */
    private final BatchWrite.Graph graph = new BatchWrite.Graph() {
        @Override
        public List<Known> actorsWithIds(List<String> ids) {
            List<Known> found = new ArrayList<>();
            for (String id : ids) {
                ActorNode a = actors.get(id);
                if (a != null) {
                    found.add(known(a));
                }
            }
            return found;
        }

        @Override
        public List<Known> actorsWithKeys(List<String> keys) {
            Set<String> ids = new LinkedHashSet<>();
            for (String key : keys) {
                ids.addAll(actorsByKey.getOrDefault(key, Set.of()));
            }
            return ids.stream().map(id -> known(actors.get(id))).toList();
        }

        @Override
        public void write(String statement, List<Map<String, Object>> rows) {
            for (Map<String, Object> row : rows) {
                switch (statement) {
                    case "write/merge-sources" -> mergeSource(row);
                    case "write/merge-actors" -> mergeActor(row);
                    case "write/add-actor-sources" -> {
                        ActorNode a = actors.get((String) row.get("id"));
                        if (a != null) {
                            a.sources.addAll(strings(row.get("sources")));
                        }
                    }
                    case "write/merge-roles" -> mergeEdge(roles, List.of(row.get("who"), row.get("body"), row.get("titleKey")), row,
                            r -> Map.of("title", nullable(r.get("title"))), FirstLoad::widenFromTo);
                    case "write/merge-meetings" -> mergeEdge(meetings, List.of(row.get("a"), row.get("b"), row.get("onKey")), row,
                            r -> Map.of("on", nullable(r.get("on")), "precision", nullable(r.get("precision")),
                                    "meetingKey", nullable(r.get("meetingKey"))),
                            (m, r) -> {
                                if (m.get("place") == null) {
                                    m.put("place", r.get("place"));
                                }
                            });
                    case "write/merge-partnerships" -> mergeEdge(partnerships, List.of(row.get("a"), row.get("b"), row.get("kind")), row,
                            r -> Map.of(), (p, r) -> widen(p, r, "since", "sincePrecision", true));
                    case "write/merge-memberships" -> mergeEdge(memberships, List.of(row.get("member"), row.get("alliance")), row,
                            r -> Map.of(), (m, r) -> {
                                widen(m, r, "since", "sincePrecision", true);
                                widen(m, r, "to", "toPrecision", false);
                            });
                    default -> throw new IllegalStateException("No in-memory form for " + statement);
                }
            }
        }
    };

    private static Known known(ActorNode a) {
        return new Known(ActorId.of(a.id), ActorKind.fromWord(a.kind), List.copyOf(a.aliases));
    }

    /** {@code Optional}-free placeholder so that {@code Map.of} accepts absent values. */
    private static Object nullable(Object value) {
        return value == null ? NULL : value;
    }

    private static final Object NULL = new Object();

    private void mergeSource(Map<String, Object> row) {
        Map<String, Object> props = new LinkedHashMap<>();
        for (String key : List.of("title", "publisher", "url", "published")) {
            props.put(key, row.get(key));
        }
        sources.put((String) row.get("id"), props);
    }

    @SuppressWarnings("unchecked")
    private void mergeActor(Map<String, Object> row) {
        String id = (String) row.get("id");
        ActorNode a = actors.computeIfAbsent(id, key -> new ActorNode(key, (String) row.get("kind"), (String) row.get("name"),
                (String) row.get("scope")));
        a.aliases.addAll((List<String>) row.get("spellings"));
        for (String key : (List<String>) row.get("keys")) {
            if (a.keys.add(key)) {
                actorsByKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(id);
            }
        }
        if (a.rank == null) {
            a.rank = (String) row.get("rank");
        }
        a.sources.addAll((List<String>) row.get("sources"));
        a.mergedIds.addAll((List<String>) row.get("mergedIds"));
        a.merges.addAll((List<String>) row.get("merges"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return (List<String>) list;
    }

    /** MERGE on the key; ON CREATE properties; then the statement's SET, with sources and evidence accumulating. */
    @SuppressWarnings("unchecked")
    private static void mergeEdge(Map<List<Object>, Map<String, Object>> edges, List<Object> key, Map<String, Object> row,
                                  java.util.function.Function<Map<String, Object>, Map<String, Object>> onCreate,
                                  java.util.function.BiConsumer<Map<String, Object>, Map<String, Object>> set) {
        Map<String, Object> edge = edges.get(key);
        if (edge == null) {
            edge = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : onCreate.apply(row).entrySet()) {
                edge.put(e.getKey(), e.getValue() == NULL ? null : e.getValue());
            }
            edge.put("sources", new ArrayList<String>());
            edge.put("evidence", new ArrayList<String>());
            edges.put(key, edge);
        }
        set.accept(edge, row);
        List<String> sources = (List<String>) edge.get("sources");
        if (!sources.contains((String) row.get("source"))) {
            sources.add((String) row.get("source"));
        }
        String evidence = (String) row.get("evidence");
        List<String> evidences = (List<String>) edge.get("evidence");
        if (evidence != null && !evidences.contains(evidence)) {
            evidences.add(evidence);
        }
    }

    private static void widenFromTo(Map<String, Object> r, Map<String, Object> row) {
        widen(r, row, "from", "fromPrecision", true);
        widen(r, row, "to", "toPrecision", false);
    }

    /** {@code from}/{@code since} move earlier, {@code to} later, each with its precision. */
    private static void widen(Map<String, Object> edge, Map<String, Object> row, String date, String precision, boolean earlier) {
        LocalDate incoming = (LocalDate) row.get(date);
        LocalDate current = (LocalDate) edge.get(date);
        if (incoming != null && (current == null || (earlier ? incoming.isBefore(current) : incoming.isAfter(current)))) {
            edge.put(precision, row.get(precision));
            edge.put(date, incoming);
        }
    }

    /**
     * Runs FactSets through the batch writer into memory, as ingest would with this batch size.
     *
     * @param facts      the FactSets
     * @param batchFacts facts per batch, as {@code DiplographConfig.batchFacts}: the batches decide
     *                   spelling merges exactly as ingest's transactions do
     * @return this
     */
    FirstLoad read(Iterator<FactSet> facts, int batchFacts) {
        List<FactSet> batch = new ArrayList<>();
        int count = 0;
        while (facts.hasNext()) {
            FactSet next = facts.next();
            batch.add(next);
            count += next.factCount() + 1;
            if (count >= batchFacts) {
                BatchWrite.run(graph, batch);
                batch = new ArrayList<>();
                count = 0;
            }
        }
        if (!batch.isEmpty()) {
            BatchWrite.run(graph, batch);
        }
        return this;
    }

    /**
     * The importer's input files, written by {@link #writeCsv(Path)}.
     *
     * @param nodes         {@code --nodes} arguments
     * @param relationships {@code --relationships} arguments
     * @param emptyLists    statements that give back the empty lists the importer leaves out
     */
    record ImportFiles(List<String> nodes, List<String> relationships, List<String> emptyLists) {
    }

    /**
     * The importer stores an empty array as no property, where ingest stores {@code []}: set them,
     * for each property where the converter wrote an empty list (ingest always sets these lists).
     *
     * @param driver the imported database, opened
     * @param files  what {@link #writeCsv(Path)} returned
     */
    static void restoreEmptyLists(org.neo4j.driver.Driver driver, ImportFiles files) {
        try (var session = driver.session()) {
            for (String statement : files.emptyLists()) {
                session.run(statement).consume();
            }
        }
    }

    /**
     * Writes the importer's CSV files.
     *
     * @param folder where
     * @return the {@code --nodes} and {@code --relationships} arguments
     */
    ImportFiles writeCsv(Path folder) {
        emptyLists.clear();
        try {
            Files.createDirectories(folder);
            try (Csv out = new Csv(folder.resolve("actors.csv"), "(e:Actor)", "id:ID(Actor)", ":LABEL", "name", "kind", "scope",
                    "aliases:string[]", "keys:string[]", "keyText", "rank", "sources:string[]", "mergedIds:string[]", "merges:string[]")) {
                for (ActorNode a : actors.values()) {
                    out.row(a.id, List.of("Actor", ActorKind.fromWord(a.kind).label()), a.name, a.kind, a.scope, List.copyOf(a.aliases),
                            List.copyOf(a.keys), "|" + String.join("", a.keys.stream().map(k -> k + "|").toList()), a.rank,
                            List.copyOf(a.sources), List.copyOf(a.mergedIds), List.copyOf(a.merges));
                }
            }
            try (Csv out = new Csv(folder.resolve("sources.csv"), "(e:Source)", "id:ID(Source)", ":LABEL", "title", "publisher", "url", "published:date")) {
                for (Map.Entry<String, Map<String, Object>> s : sources.entrySet()) {
                    Map<String, Object> p = s.getValue();
                    out.row(s.getKey(), List.of("Source"), p.get("title"), p.get("publisher"), p.get("url"), p.get("published"));
                }
            }
            try (Csv out = new Csv(folder.resolve("met-with.csv"), "()-[e:MET_WITH]->()", ":START_ID(Actor)", ":END_ID(Actor)", "onKey", "on:date",
                    "precision", "place", "meetingKey", "sources:string[]", "evidence:string[]")) {
                for (Map.Entry<List<Object>, Map<String, Object>> e : meetings.entrySet()) {
                    Map<String, Object> m = e.getValue();
                    out.row(e.getKey().get(0), e.getKey().get(1), e.getKey().get(2), m.get("on"), m.get("precision"), m.get("place"),
                            m.get("meetingKey"), m.get("sources"), m.get("evidence"));
                }
            }
            try (Csv out = new Csv(folder.resolve("represents.csv"), "()-[e:REPRESENTS]->()", ":START_ID(Actor)", ":END_ID(Actor)", "titleKey", "title",
                    "from:date", "fromPrecision", "to:date", "toPrecision", "sources:string[]", "evidence:string[]")) {
                for (Map.Entry<List<Object>, Map<String, Object>> e : roles.entrySet()) {
                    Map<String, Object> r = e.getValue();
                    out.row(e.getKey().get(0), e.getKey().get(1), e.getKey().get(2), r.get("title"), r.get("from"), r.get("fromPrecision"),
                            r.get("to"), r.get("toPrecision"), r.get("sources"), r.get("evidence"));
                }
            }
            try (Csv out = new Csv(folder.resolve("partner-of.csv"), "()-[e:PARTNER_OF]->()", ":START_ID(Actor)", ":END_ID(Actor)", "kind",
                    "since:date", "sincePrecision", "sources:string[]", "evidence:string[]")) {
                for (Map.Entry<List<Object>, Map<String, Object>> e : partnerships.entrySet()) {
                    Map<String, Object> p = e.getValue();
                    out.row(e.getKey().get(0), e.getKey().get(1), e.getKey().get(2), p.get("since"), p.get("sincePrecision"),
                            p.get("sources"), p.get("evidence"));
                }
            }
            try (Csv out = new Csv(folder.resolve("member-of.csv"), "()-[e:MEMBER_OF]->()", ":START_ID(Actor)", ":END_ID(Actor)",
                    "since:date", "sincePrecision", "to:date", "toPrecision", "sources:string[]", "evidence:string[]")) {
                for (Map.Entry<List<Object>, Map<String, Object>> e : memberships.entrySet()) {
                    Map<String, Object> m = e.getValue();
                    out.row(e.getKey().get(0), e.getKey().get(1), m.get("since"), m.get("sincePrecision"), m.get("to"),
                            m.get("toPrecision"), m.get("sources"), m.get("evidence"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the importer's files into " + folder + ": " + e.getMessage(), e);
        }
        String f = folder.toAbsolutePath() + "/";
        return new ImportFiles(List.of(f + "actors.csv", f + "sources.csv"),
                List.of("MET_WITH=" + f + "met-with.csv", "REPRESENTS=" + f + "represents.csv",
                        "PARTNER_OF=" + f + "partner-of.csv", "MEMBER_OF=" + f + "member-of.csv"), List.copyOf(emptyLists));
    }

    /**
     * Runs {@code neo4j-admin database import full} into the default database of a home folder
     * (the folder an embedded Neo4j is then started on).
     *
     * @param home  the Neo4j home; its default database is replaced
     * @param files the input files
     * @param log   the importer's output
     */
    static void importInto(Path home, ImportFiles files, PrintStream log) {
        try {
            Files.createDirectories(home.resolve("conf"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> args = new ArrayList<>();
        files.nodes().forEach(n -> args.add("--nodes=" + n));
        files.relationships().forEach(r -> args.add("--relationships=" + r));
        args.add("--array-delimiter=U+001F");
        args.add("--multiline-fields=true");
        args.add("--overwrite-destination=true");
        args.add("--threads=" + Runtime.getRuntime().availableProcessors());
        args.add("--report-file=" + home.resolve("import.report").toAbsolutePath());
        args.add("neo4j");
        var ctx = new ExecutionContext(home.toAbsolutePath(), home.resolve("conf").toAbsolutePath(), log, log,
                new DefaultFileSystemAbstraction());
        int code = new CommandLine(new ImportCommand.Full(ctx)).execute(args.toArray(String[]::new));
        if (code != 0) {
            throw new IllegalStateException("neo4j-admin database import full failed with exit code " + code + " (see its output above).");
        }
    }

    /** The importer's CSV: strings quoted, arrays joined with {@link #ARRAY_DELIMITER}, absent values empty and unquoted. */
    final class Csv implements AutoCloseable {
        private final BufferedWriter out;
        private final String pattern;
        private final String[] header;

        Csv(Path file, String pattern, String... header) throws IOException {
            this.pattern = pattern;
            this.header = header;
            out = Files.newBufferedWriter(file);
            out.write(String.join(",", header));
            out.write('\n');
        }

        void row(Object... values) throws IOException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                Object v = values[i];
                if (v instanceof List<?> list && list.isEmpty()) {
                    String property = header[i].substring(0, header[i].indexOf(':'));
                    emptyLists.add("MATCH " + pattern + " WHERE e." + property + " IS NULL CALL { WITH e SET e." + property
                            + " = [] } IN TRANSACTIONS OF 10000 ROWS");
                } else if (v instanceof List<?> list) {
                    StringBuilder b = new StringBuilder();
                    for (Object item : list) {
                        String text = Objects.toString(item);
                        if (text.indexOf(ARRAY_DELIMITER) >= 0) {
                            throw new IllegalArgumentException("A value holds the character U+001F, which the importer's files use between list items.");
                        }
                        if (b.length() > 0) {
                            b.append(ARRAY_DELIMITER);
                        }
                        b.append(text);
                    }
                    quoted(b.toString());
                } else if (v != null) {
                    quoted(v.toString());
                }
            }
            out.write('\n');
        }

        private void quoted(String text) throws IOException {
            out.write('"');
            out.write(text.replace("\"", "\"\""));
            out.write('"');
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
