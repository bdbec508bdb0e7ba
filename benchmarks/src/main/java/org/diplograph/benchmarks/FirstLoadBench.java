package org.diplograph.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.diplograph.cypher.firstload.FirstLoad;
import org.diplograph.explorer.GraphSummary;
import org.diplograph.json.FactSetJson;
import org.diplograph.json.FactSetReader;
import org.diplograph.model.FactSet;

/**
 * The first load ({@code ./diplograph import}: FactSets → in-memory graph → importer → schema) beside
 * the bare importer on CSV files of the same finished graph.
 */
final class FirstLoadBench {

    private FirstLoadBench() {
    }

    static void run(PrintStream out, Path corpus, Path work, int batch) {
        Path ours = work.resolve("db-first-load");
        Path bare = work.resolve("db-bare-import");
        Folders.delete(work);
        try (PrintStream log = new PrintStream(Files.newOutputStream(createParents(work.resolve("importer.log"))), true)) {
            warmUp(corpus, work, batch, log);
            System.gc();
            long started = System.nanoTime();
            long cpuStarted = cpu();
            FirstLoad load = new FirstLoad(batch);
            long peakLive;
            long peakUsed;
            try (HeapMonitor heap = new HeapMonitor(); FactSetReader reader = FactSetJson.open(corpus)) {
                load.read(reader);
                peakLive = heap.peakLive();
                peakUsed = heap.peakUsed();
            }
            double convert = Bench.seconds(started);
            double convertCpu = cpuSeconds(cpuStarted);
            long importStarted = System.nanoTime();
            long importCpu = cpu();
            load.importInto(ours, log);
            double imported = Bench.seconds(importStarted);
            double importedCpu = cpuSeconds(importCpu);
            long schemaStarted = System.nanoTime();
            long schemaCpu = cpu();
            GraphSummary summary = FirstLoad.openAndPrepare(ours);
            double schema = Bench.seconds(schemaStarted);
            double schemaCpuSeconds = cpuSeconds(schemaCpu);
            double total = convert + imported + schema;
            double totalCpu = convertCpu + importedCpu + schemaCpuSeconds;

            // The comparator's CSV is written from the same input, off the clock.
            List<String> csv = BareImport.writeCsv(load.importerInput(), work.resolve("csv"));
            long bareStarted = System.nanoTime();
            long bareCpu = cpu();
            BareImport.run(bare, csv, log);
            double bareSeconds = Bench.seconds(bareStarted);
            double bareCpuSeconds = cpuSeconds(bareCpu);

            out.println("## First load through the offline importer\n");
            out.printf(Locale.ROOT, "Graph after the first load: %s; %s%n%n", summary, load.counts());
            out.println("Each cell: wall-clock seconds, then in brackets CPU seconds of the whole process (all threads,"
                    + " garbage collection included): on a shared machine the CPU time is the steadier measure.\n");
            // The target's comparator is the importer's whole job for a usable graph: the bare import plus the
            // same schema build, which the bare path needs as much as ours does.
            out.println("| path | converter s | importer s | schema and indexes s | total s | ÷ bare importer plus the same schema (wall, CPU) | peak live heap MiB (converter) | peak used heap MiB |");
            out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
            out.printf(Locale.ROOT, "| bare `neo4j-admin database import full` on CSV of the finished graph, then the same schema | | %.1f (%.1f) | %.1f (%.1f) | %.1f (%.1f) | 1.00× | | |%n",
                    bareSeconds, bareCpuSeconds, schema, schemaCpuSeconds, bareSeconds + schema, bareCpuSeconds + schemaCpuSeconds);
            out.printf(Locale.ROOT, "| first load (`./diplograph import`) | %.1f (%.1f) | %.1f (%.1f) | %.1f (%.1f) | %.1f (%.1f) | %.2f×, %.2f× | %d | %d |%n",
                    convert, convertCpu, imported, importedCpu, schema, schemaCpuSeconds, total, totalCpu,
                    total / (bareSeconds + schema), totalCpu / (bareCpuSeconds + schemaCpuSeconds), peakLive >> 20, peakUsed >> 20);
            out.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Folders.delete(ours);
            Folders.delete(bare);
        }
    }

    /**
     * Both paths once on the corpus's first FactSets, so that neither is timed while loading classes
     * and compiling (the importer, the embedded server and the converter each take seconds to warm).
     */
    private static void warmUp(Path corpus, Path work, int batch, PrintStream log) {
        Path ours = work.resolve("warm-first-load");
        Path bare = work.resolve("warm-bare-import");
        try (FactSetReader reader = FactSetJson.open(corpus)) {
            FirstLoad load = new FirstLoad(batch);
            load.read(new Iterator<FactSet>() {
                private int taken;

                @Override
                public boolean hasNext() {
                    return taken < 5_000 && reader.hasNext();
                }

                @Override
                public FactSet next() {
                    taken++;
                    return reader.next();
                }
            });
            load.importInto(ours, log);
            FirstLoad.openAndPrepare(ours);
            BareImport.run(bare, BareImport.writeCsv(load.importerInput(), work.resolve("warm-csv")), log);
        } finally {
            Folders.delete(ours);
            Folders.delete(bare);
            Folders.delete(work.resolve("warm-csv"));
        }
    }

    /** @return CPU time of this process so far, all threads, in nanoseconds */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double cpuSeconds(long since) {
        return (cpu() - since) / 1e9;
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
