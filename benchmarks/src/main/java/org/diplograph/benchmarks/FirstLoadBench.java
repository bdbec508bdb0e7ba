package org.diplograph.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.diplograph.cypher.Diplograph;
import org.diplograph.json.FactSetJson;
import org.diplograph.json.FactSetReader;
import org.diplograph.query.GraphSummary;

/** The first-load path (FactSets → importer CSV → importer → schema) beside the bare importer on the same CSV. */
final class FirstLoadBench {

    private FirstLoadBench() {
    }

    static void run(PrintStream out, Path corpus, Path work, int batch, long pageCache) {
        Path csv = work.resolve("csv");
        Path ours = work.resolve("db-first-load");
        Path bare = work.resolve("db-bare-import");
        BenchNeo4j.delete(work);
        try (PrintStream log = new PrintStream(Files.newOutputStream(createParents(work.resolve("importer.log"))), true)) {
            System.gc();
            long started = System.nanoTime();
            FirstLoad.ImportFiles files;
            long peakLive;
            try (HeapMonitor heap = new HeapMonitor(); FactSetReader reader = FactSetJson.open(corpus)) {
                files = new FirstLoad().read(reader, batch).writeCsv(csv);
                peakLive = heap.peakLive();
            }
            double convert = Bench.seconds(started);
            long importStarted = System.nanoTime();
            FirstLoad.importInto(ours, files, log);
            double imported = Bench.seconds(importStarted);
            long schemaStarted = System.nanoTime();
            GraphSummary summary;
            try (BenchNeo4j db = BenchNeo4j.start(ours, null, pageCache); Diplograph graph = Diplograph.using(db.driver())) {
                FirstLoad.restoreEmptyLists(db.driver(), files);
                summary = graph.summary();
            }
            double schema = Bench.seconds(schemaStarted);
            double total = convert + imported + schema;

            long bareStarted = System.nanoTime();
            FirstLoad.importInto(bare, files, log);
            double bareSeconds = Bench.seconds(bareStarted);

            out.println("## First load through the offline importer\n");
            out.printf(Locale.ROOT, "Graph after the first load: %s%n%n", summary);
            out.println("| path | s | MET_WITH edges/s | ÷ bare importer |");
            out.println("|---|---:|---:|---:|");
            out.printf(Locale.ROOT, "| bare `neo4j-admin database import full` on the finished CSV | %.1f | %,.0f | 1.00× |%n",
                    bareSeconds, summary.meetings() / bareSeconds);
            out.printf(Locale.ROOT, "| first load: FactSets → CSV (%.1f s, peak live heap %d MiB) + importer (%.1f s) + schema, indexes and empty lists (%.1f s) | %.1f | %,.0f | %.2f× |%n",
                    convert, peakLive >> 20, imported, schema, total, summary.meetings() / total, total / bareSeconds);
            out.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            BenchNeo4j.delete(ours);
            BenchNeo4j.delete(bare);
        }
    }

    private static Path createParents(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return file;
    }

    /** Discards output. */
    static PrintStream nowhere() {
        return new PrintStream(OutputStream.nullOutputStream());
    }
}
