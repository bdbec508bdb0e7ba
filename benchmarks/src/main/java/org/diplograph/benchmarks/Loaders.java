package org.diplograph.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.diplograph.cypher.Diplograph;
import org.diplograph.cypher.DiplographConfig;
import org.diplograph.cypher.WriteSummary;
import org.diplograph.cypher.embedded.EmbeddedNeo4j;
import org.diplograph.json.FactSetJson;
import org.diplograph.json.FactSetReader;
import org.neo4j.driver.Driver;

/** The loaders compared side by side; each writes a corpus into an empty database that has the schema. */
final class Loaders {

    /** The CSV files in load order, each with its statement under {@code load-csv/}. */
    static final List<String> CSV_ORDER = List.of("sources", "actors", "roles", "meetings", "partnerships", "memberships");

    private Loaders() {
    }

    /** Diplograph's ingest: the FactSet JSON Lines file through {@code GraphWriter.writeAll}, in process as by default. */
    static WriteSummary diplograph(EmbeddedNeo4j db, Path corpus, int batchFacts, LongConsumer progress) {
        try (Diplograph graph = Diplograph.using(db, DiplographConfig.builder().batchFacts(batchFacts).build());
             FactSetReader reader = FactSetJson.open(corpus)) {
            return graph.writer().writeAll(reader, total -> progress.accept(total.meetingPairs()));
        }
    }

    /**
     * Neo4j's {@code LOAD CSV … CALL { … } IN TRANSACTIONS}, one statement per file.
     *
     * @return seconds per file, in load order
     */
    static Map<String, Double> loadCsv(Driver driver, Path csvFolder, int batchRows) {
        Map<String, Double> seconds = new java.util.LinkedHashMap<>();
        for (String file : CSV_ORDER) {
            long started = System.nanoTime();
            try (var session = driver.session()) {
                // CALL … IN TRANSACTIONS needs an auto-commit transaction: session.run, not executeWrite.
                session.run(resource("load-csv/" + file), Map.of("url", "file:///" + file + ".csv", "batch", batchRows)).consume();
            }
            seconds.put(file, (System.nanoTime() - started) / 1e9);
        }
        return seconds;
    }

    /**
     * The naive loop: one MERGE of one meeting fact per auto-commit transaction, for the first
     * {@code sample} rows of the meetings file.
     *
     * @return the rows written
     */
    static int singleMerges(Driver driver, Path csvFolder, int sample) {
        String statement = resource("single-merge");
        int done = 0;
        try (var session = driver.session(); var rows = new CsvRows(csvFolder.resolve("meetings.csv"))) {
            Map<String, String> row;
            while (done < sample && (row = rows.next()) != null) {
                session.run(statement, new HashMap<>(row)).consume();
                done++;
            }
        }
        return done;
    }

    static String resource(String name) {
        String path = "/org/diplograph/benchmarks/" + name + ".cypher";
        try (InputStream in = Loaders.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The statement " + path + " is missing from the classpath.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the generator's CSV: quoted values, {@code ""} inside quotes, empty unquoted as null. */
    static final class CsvRows implements AutoCloseable {
        private final BufferedReader in;
        private final List<String> header;

        CsvRows(Path file) {
            try {
                in = Files.newBufferedReader(file);
                header = List.of(in.readLine().split(","));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Map<String, String> next() {
            try {
                String line = in.readLine();
                if (line == null) {
                    return null;
                }
                List<String> values = parse(line);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), values.get(i));
                }
                return row;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static List<String> parse(String line) {
            List<String> values = new ArrayList<>();
            int i = 0;
            while (i <= line.length()) {
                if (i < line.length() && line.charAt(i) == '"') {
                    StringBuilder b = new StringBuilder();
                    i++;
                    while (true) {
                        char c = line.charAt(i);
                        if (c == '"') {
                            if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                                b.append('"');
                                i += 2;
                                continue;
                            }
                            i++;
                            break;
                        }
                        b.append(c);
                        i++;
                    }
                    values.add(b.toString());
                    i++; // the comma
                } else {
                    int comma = line.indexOf(',', i);
                    int end = comma < 0 ? line.length() : comma;
                    values.add(end == i ? null : line.substring(i, end));
                    i = end + 1;
                }
            }
            return values;
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
