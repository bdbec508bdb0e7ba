package org.diplograph.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.batchimport.api.InputIterator;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.batchimport.api.input.InputChunk;
import org.neo4j.batchimport.api.input.InputEntityVisitor;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.values.storable.ArrayValue;
import org.neo4j.values.storable.Value;
import picocli.CommandLine;

/**
 * The comparator of the first load: the bare {@code neo4j-admin database import full} on CSV files
 * that hold the finished graph (the same nodes, relationships and properties the first load hands
 * the importer), as a user who already had the graph in the importer's format would run it.
 */
final class BareImport {

    /** Between elements of array values: a control character no text of ours contains. */
    private static final char ARRAY_DELIMITER = '\u001F';

    private static final String[] ACTOR = {"id:ID(Actor)", ":LABEL", "name", "kind", "scope", "aliases:string[]", "keys:string[]",
            "keyText", "rank", "sources:string[]", "mergedIds:string[]", "merges:string[]"};
    private static final String[] SOURCE = {"id:ID(Source)", ":LABEL", "title", "publisher", "url", "published:date"};
    private static final Map<String, String[]> RELATIONSHIPS = Map.of(
            "MET_WITH", new String[] {"onKey", "on:date", "precision", "place", "meetingKey", "sources:string[]", "evidence:string[]"},
            "REPRESENTS", new String[] {"titleKey", "title", "from:date", "fromPrecision", "to:date", "toPrecision", "sources:string[]", "evidence:string[]"},
            "PARTNER_OF", new String[] {"kind", "since:date", "sincePrecision", "sources:string[]", "evidence:string[]"},
            "MEMBER_OF", new String[] {"since:date", "sincePrecision", "to:date", "toPrecision", "sources:string[]", "evidence:string[]"});

    private BareImport() {
    }

    /**
     * Writes the input as the importer's CSV files (one per label and relationship type; an empty
     * list becomes an absent value, as the CSV importer has no way to store one).
     *
     * @param input  the first load's input
     * @param folder where
     * @return the importer's arguments naming the files
     */
    static List<String> writeCsv(Input input, Path folder) {
        try {
            Files.createDirectories(folder);
            List<String> args = new ArrayList<>();
            Map<Long, String> actorIds = new HashMap<>();
            try (Csv actors = new Csv(folder.resolve("actors.csv"), ACTOR); Csv sources = new Csv(folder.resolve("sources.csv"), SOURCE)) {
                visit(input.nodes(Collector.EMPTY).iterator(), new Recorder() {
                    @Override
                    void row() throws IOException {
                        Object id = properties.get("id").asObject();
                        if (labels[0].equals("Actor")) {
                            actorIds.put(longId, (String) id);
                            actors.row(properties, String.join(";", labels));
                        } else {
                            sources.row(properties, "Source");
                        }
                    }
                });
            }
            args.add("--nodes=" + folder.toAbsolutePath().resolve("actors.csv"));
            args.add("--nodes=" + folder.toAbsolutePath().resolve("sources.csv"));
            Map<String, Csv> files = new HashMap<>();
            try {
                for (Map.Entry<String, String[]> type : RELATIONSHIPS.entrySet()) {
                    String[] header = new String[type.getValue().length + 2];
                    header[0] = ":START_ID(Actor)";
                    header[1] = ":END_ID(Actor)";
                    System.arraycopy(type.getValue(), 0, header, 2, type.getValue().length);
                    Path file = folder.resolve(type.getKey() + ".csv");
                    files.put(type.getKey(), new Csv(file, header));
                    args.add("--relationships=" + type.getKey() + "=" + file.toAbsolutePath());
                }
                visit(input.relationships(Collector.EMPTY).iterator(), new Recorder() {
                    @Override
                    void row() throws IOException {
                        files.get(type).relationship(actorIds.get(start), actorIds.get(end), properties);
                    }
                });
            } finally {
                for (Csv csv : files.values()) {
                    csv.close();
                }
            }
            return args;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs {@code neo4j-admin database import full} on CSV files into the default database of a home folder.
     *
     * @param home  the Neo4j home
     * @param files what {@link #writeCsv(Input, Path)} returned
     * @param log   the importer's output
     */
    static void run(Path home, List<String> files, PrintStream log) {
        try {
            Files.createDirectories(home.resolve("conf"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> args = new ArrayList<>(files);
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
            throw new IllegalStateException("neo4j-admin database import full failed with exit code " + code + " (see its output).");
        }
    }

    private static void visit(InputIterator entities, Recorder recorder) throws IOException {
        try (entities) {
            InputChunk chunk = entities.newChunk();
            while (entities.next(chunk)) {
                while (chunk.next(recorder)) {
                    // each entity ends in recorder.endOfEntity
                }
            }
        }
    }

    /** Keeps one entity's parts until its end. */
    private abstract static class Recorder extends InputEntityVisitor.Adapter {
        long longId;
        String[] labels;
        long start;
        long end;
        String type;
        final Map<String, Value> properties = new HashMap<>();

        abstract void row() throws IOException;

        @Override
        public boolean id(long id) {
            longId = id;
            return true;
        }

        @Override
        public boolean labels(String[] labels) {
            this.labels = labels;
            return true;
        }

        @Override
        public boolean startId(long id) {
            start = id;
            return true;
        }

        @Override
        public boolean endId(long id) {
            end = id;
            return true;
        }

        @Override
        public boolean type(String type) {
            this.type = type;
            return true;
        }

        @Override
        public boolean property(String key, Object value) {
            properties.put(key, (Value) value);
            return true;
        }

        @Override
        public void endOfEntity() {
            try {
                row();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            properties.clear();
        }
    }

    /** The importer's CSV: strings quoted, arrays joined with {@link #ARRAY_DELIMITER}, absent values and empty arrays empty. */
    private static final class Csv implements AutoCloseable {
        private final BufferedWriter out;
        private final String[] header;

        Csv(Path file, String[] header) throws IOException {
            this.header = header;
            out = Files.newBufferedWriter(file);
            out.write(String.join(",", header));
            out.write('\n');
        }

        void row(Map<String, Value> properties, String labels) throws IOException {
            for (int i = 0; i < header.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                if (i == 1) {
                    quoted(labels);
                } else {
                    value(properties.get(name(header[i])));
                }
            }
            out.write('\n');
        }

        void relationship(String start, String end, Map<String, Value> properties) throws IOException {
            quoted(start);
            out.write(',');
            quoted(end);
            for (int i = 2; i < header.length; i++) {
                out.write(',');
                value(properties.get(name(header[i])));
            }
            out.write('\n');
        }

        private static String name(String column) {
            int colon = column.indexOf(':');
            return colon < 0 ? column : column.substring(0, colon);
        }

        private void value(Value v) throws IOException {
            if (v == null) {
                return;
            }
            if (v instanceof ArrayValue array) {
                if (array.isEmpty()) {
                    return;
                }
                quoted(String.join(String.valueOf(ARRAY_DELIMITER), (String[]) array.asObjectCopy()));
            } else {
                quoted(String.valueOf(v.asObject()));
            }
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
