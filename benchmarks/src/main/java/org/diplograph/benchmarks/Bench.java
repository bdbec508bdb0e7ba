package org.diplograph.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.diplograph.cypher.CorpusGenerator;
import org.diplograph.cypher.Diplograph;
import org.diplograph.cypher.WriteSummary;
import org.diplograph.cypher.embedded.EmbeddedNeo4j;
import org.diplograph.explorer.Explorer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./bench}: generates (or reuses) a seeded corpus, loads it into a fresh embedded database
 * per loader, and prints facts/s, ratios, peak heap and query latencies as Markdown tables.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Side-by-side benchmarks of Diplograph's ingest, LOAD CSV, one MERGE per transaction, "
                + "the offline importer and query latency, on one seeded synthetic corpus.")
public final class Bench implements Callable<Integer> {

    @Option(names = "--facts", defaultValue = "200000", description = "MET_WITH facts in the corpus (default ${DEFAULT-VALUE}).")
    long facts;

    @Option(names = "--seed", defaultValue = "42", description = "Corpus seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--officials", defaultValue = "0", description = "Officials (default: facts / 20, at least 1,000).")
    int officials;

    @Option(names = "--work", defaultValue = "target/bench", description = "Working folder for corpora and databases (default ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--batch", defaultValue = "10000", description = "Facts per ingest transaction and LOAD CSV rows per transaction (default ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--only", split = ",", description = "Run only these: ingest, queries, loadcsv, single, import, extract, convert (default: all). "
            + "queries needs a loaded graph: without ingest it loads one anyway, unless --keep-db finds a kept one.")
    List<String> only;

    @Option(names = "--single-sample", defaultValue = "2000", description = "Rows for the one-MERGE-per-transaction sample (default ${DEFAULT-VALUE}).")
    int singleSample;

    @Option(names = "--calls", defaultValue = "1000", description = "Calls per query probe (default ${DEFAULT-VALUE}).")
    int calls;

    @Option(names = "--page-cache", defaultValue = "512", description = "Page cache in MiB for each database (default ${DEFAULT-VALUE}).")
    long pageCacheMiB;

    @Option(names = "--keep-db", description = "Keep the ingest database (db-ingest-<facts>-<seed> under --work) after the run, "
            + "and reuse it for queries when it is there and complete, instead of ingesting again (an ingest run still "
            + "rebuilds it). E.g. build once: --only ingest --keep-db; then iterate: --only queries --keep-db.")
    boolean keepDb;

    @Option(names = "--rounds", defaultValue = "1", description = "Load with ingest and LOAD CSV this many times, alternating which "
            + "goes first (round 1 ingest, round 2 LOAD CSV, …), so that neither always inherits the other's JIT warm-up and "
            + "file cache; each round's ratios are against its own ingest (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--articles", defaultValue = "../core/src/test/resources/articles", description = "The folder of the "
            + "extraction quality sets (tuning/ and test/), scored beside the extraction speed (default ${DEFAULT-VALUE}, from benchmarks/).")
    Path articles;

    @Option(names = "--convert-rows", defaultValue = "1000000", description = "ICEWS rows for the converter benchmark; GDELT 1.0 gets a fifth "
            + "of them, about a day (default ${DEFAULT-VALUE}).")
    long convertRows;

    @Option(names = "--dictionary", defaultValue = "../examples/peers/phoenix/Phoenix.Countries.actors.txt.gz",
            description = "The Phoenix dictionary the extraction benchmark loads beside the built-in gazetteer (default ${DEFAULT-VALUE}).")
    Path dictionary;

    @Option(names = "--probes", split = ",", description = "Measure only these query methods, e.g. meetingsOf,brokers (default: every method).")
    List<String> probes;

    private final PrintStream out = System.out;
    private final List<LoadRow> loadRows = new ArrayList<>();
    private int round = 1;

    /** One loader's result; its ratios are worked out when printed, against the ingest of the same round. */
    private record LoadRow(int round, String loader, long pairs, double seconds, HeapFigures heap, String note) {
        boolean isIngest() {
            return loader.startsWith("Diplograph ingest");
        }
    }

    /** What a {@link HeapMonitor} saw, kept after it is closed. */
    private record HeapFigures(double cpuSeconds, long peakLive, long peakUsed) {
        static HeapFigures of(HeapMonitor heap) {
            return heap == null ? null : new HeapFigures(heap.cpuSeconds(), heap.peakLive(), heap.peakUsed());
        }
    }

    /**
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(new CommandLine(new Bench()).execute(args));
    }

    private boolean runs(String what) {
        return only == null || only.contains(what);
    }

    @Override
    public Integer call() throws Exception {
        if (only != null && only.stream().allMatch(w -> w.equals("convert") || w.equals("extract"))) {
            // neither needs the corpus or a database
            return convertAndExtract();
        }
        Path corpusDir = work.resolve("corpus-" + facts + "-" + seed + (officials > 0 ? "-" + officials : ""));
        Path corpus = corpusDir.resolve("corpus.jsonl");
        out.printf("# Diplograph benchmarks: %,d MET_WITH facts, seed %d%n%n", facts, seed);
        out.printf("Machine: %d cores, Java %s, max heap %d MiB, page cache %d MiB per database.%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, pageCacheMiB);
        if (!Files.exists(corpusDir.resolve("done"))) {
            long started = System.nanoTime();
            CorpusGenerator.Stats stats = CorpusGenerator.write(new CorpusGenerator.Spec(facts, seed, officials), corpusDir);
            Files.writeString(corpusDir.resolve("done"), stats.toString());
            out.printf("Generated in %.1f s: %s%n%n", seconds(started), stats);
        } else {
            out.printf("Reusing %s: %s%n%n", corpusDir, Files.readString(corpusDir.resolve("done")));
        }
        for (round = 1; round <= rounds; round++) {
            boolean loadCsvFirst = round % 2 == 0;
            if (loadCsvFirst && runs("loadcsv")) {
                loadCsv(corpusDir.resolve("csv"));
            }
            if (runs("ingest") || (runs("queries") && round == 1)) {
                // without ingest there is one graph to query (a kept one, or loaded once): query it in round 1
                ingestAndQuery(corpus, round == rounds || !runs("ingest"));
            }
            if (!loadCsvFirst && runs("loadcsv")) {
                loadCsv(corpusDir.resolve("csv"));
            }
        }
        round = rounds;
        if (runs("single")) {
            single(corpusDir.resolve("csv"));
        }
        printLoadTable();
        if (runs("import")) {
            FirstLoadBench.run(out, corpus, work.resolve("import"), batch);
        }
        return convertAndExtract();
    }

    private int convertAndExtract() throws IOException {
        if (runs("extract")) {
            ExtractionBench.run(out, 10, articles, dictionary);
        }
        if (runs("convert")) {
            ConversionBench.run(out, work.resolve("convert"), convertRows, convertRows / 5);
        }
        return 0;
    }

    private long pageCache() {
        return pageCacheMiB << 20;
    }

    /** @param last whether this is the last round: queries run once, on its graph */
    private void ingestAndQuery(Path corpus, boolean last) throws IOException {
        Path home = work.resolve(keepDb ? "db-ingest-" + facts + "-" + seed + (officials > 0 ? "-" + officials : "") : "db-ingest");
        // the marker is written only after a whole ingest, so a kept database from an interrupted run is never reused
        Path complete = home.resolve("complete");
        boolean reuse = keepDb && !runs("ingest") && Files.exists(complete);
        if (reuse) {
            out.printf("Reusing the kept database %s (%s).%n%n", home, Files.readString(complete).strip());
        } else {
            Folders.delete(home);
        }
        try (EmbeddedNeo4j db = EmbeddedNeo4j.builder(home).pageCache(pageCache()).start()) {
            prepareSchema(db);
            if (!reuse) {
                ingest(db, corpus);
                if (keepDb) {
                    Files.writeString(complete, String.format(Locale.ROOT, "%,d facts, seed %d, ingested %s%n", facts, seed,
                            java.time.Instant.now()));
                }
            }
            if (runs("queries") && last) {
                queries(db);
            }
        } finally {
            if (!keepDb) {
                Folders.delete(home);
            }
        }
    }

    private void ingest(EmbeddedNeo4j db, Path corpus) {
        System.gc();
        long started = System.nanoTime();
        WriteSummary summary;
        try (HeapMonitor heap = new HeapMonitor()) {
            long[] next = {100_000};
            summary = Loaders.diplograph(db, corpus, batch, pairs -> {
                if (pairs >= next[0]) {
                    // Every 100,000 facts the live set is measured after a full collection (its time is not counted).
                    long live = heap.liveAfterFullGc();
                    System.err.printf("  ingest: %,d facts, %.0f/s, peak heap after young collections %d MiB, live after a full collection %d MiB%n",
                            pairs, pairs / (seconds(started) - heap.excludedSeconds()), heap.peakLive() >> 20, live >> 20);
                    next[0] += 100_000;
                }
            });
            double s = seconds(started) - heap.excludedSeconds();
            loadRows.add(row("Diplograph ingest (`GraphWriter.writeAll`, " + batch + " facts/tx)", summary.meetingPairs(), s,
                    "all facts: " + summary.facts() + ", actor rows " + summary.actors() + ", merges " + summary.mergeCount()
                            + ", live after a full collection at most " + (heap.peakLiveAfterFullGc() >> 20) + " MiB", heap));
        }
        out.printf("Ingest summary: %,d FactSets, %,d actor rows, %,d roles, %,d meeting pairs, %,d partnerships, "
                + "%,d memberships, %,d spelling merges.%n%n", summary.factSets(), summary.actors(), summary.roles(),
                summary.meetingPairs(), summary.partnerships(), summary.memberships(), summary.mergeCount());
    }

    private void queries(EmbeddedNeo4j db) {
        QueryLatency.Ids ids = QueryLatency.Ids.of(db.driver());
        String begun = java.time.LocalTime.now().withNano(0) + " (load average " + loadAverage() + ")";
        List<QueryLatency.Latency> results;
        // The Explorer as the embedded default gives it (in process) and as a server gives it (through Bolt).
        try (Diplograph inProcess = Diplograph.using(db); Diplograph throughBolt = Diplograph.using(db.driver())) {
            Map<String, Explorer> explorers = new LinkedHashMap<>();
            explorers.put("Explorer, in process", inProcess.explorer());
            explorers.put("Explorer through Bolt", throughBolt.explorer());
            results = QueryLatency.measure(db.driver(), explorers, QueryLatency.probes(ids).stream()
                    .filter(p -> probes == null || probes.contains(p.method()) || p.method().startsWith("(floor")).toList(), calls, seed);
        }
        out.printf("## Query latency (%,d officials, %,d calls per probe after warm-up, one client thread)%n%n", ids.officials().size(), calls);
        out.printf("Measured from %s to %s (load average %s).%n%n", begun, java.time.LocalTime.now().withNano(0), loadAverage());
        out.println("| method | arguments | through | calls | median ms | p99 ms | rows/call | ÷ bare driver (median, p99) |");
        out.println("|---|---|---|---:|---:|---:|---:|---:|");
        QueryLatency.Latency bare = null;
        for (var r : results) {
            String ratio = "";
            if (r.how().equals(QueryLatency.BARE)) {
                bare = r;
            } else if (bare != null) {
                ratio = String.format(Locale.ROOT, "%.2f×, %.2f×", r.medianMs() / bare.medianMs(), r.p99Ms() / bare.p99Ms());
            }
            out.printf(Locale.ROOT, "| %s | %s | %s | %d | %.2f | %.2f | %.1f | %s |%n", r.method(), r.draw(), r.how(), r.calls(),
                    r.medianMs(), r.p99Ms(), r.meanRows(), ratio);
        }
        out.println();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private void loadCsv(Path csv) {
        Path home = fresh("db-loadcsv");
        try (EmbeddedNeo4j db = EmbeddedNeo4j.builder(home).csvImportFolder(csv).pageCache(pageCache()).start()) {
            prepareSchema(db);
            System.gc();
            long started = System.nanoTime();
            try (HeapMonitor heap = new HeapMonitor()) {
                Map<String, Double> perFile = Loaders.loadCsv(db.driver(), csv, batch);
                double s = seconds(started);
                long pairs = countRows(csv.resolve("meetings.csv"));
                StringBuilder split = new StringBuilder();
                perFile.forEach((file, secs) -> split.append(file).append(String.format(Locale.ROOT, " %.1f s; ", secs)));
                loadRows.add(row("LOAD CSV … CALL { … } IN TRANSACTIONS OF " + batch + " ROWS", pairs, s, split.toString(), heap));
                loadRows.add(row("  (its meetings.csv statement alone)", pairs, perFile.get("meetings"), "", null));
            }
        } finally {
            Folders.delete(home);
        }
    }

    private void single(Path csv) {
        Path home = fresh("db-single");
        try (EmbeddedNeo4j db = EmbeddedNeo4j.builder(home).csvImportFolder(csv).pageCache(pageCache()).start()) {
            prepareSchema(db);
            long started = System.nanoTime();
            try (HeapMonitor heap = new HeapMonitor()) {
                int rows = Loaders.singleMerges(db.driver(), csv, singleSample);
                double s = seconds(started);
                loadRows.add(row("One MERGE per auto-commit transaction (sample of " + rows + ", extrapolated)", rows, s,
                        String.format(Locale.ROOT, "%,d facts would take %.0f min", facts, facts / (rows / s) / 60), heap));
            }
        } finally {
            Folders.delete(home);
        }
    }

    private LoadRow row(String loader, long pairs, double s, String note, HeapMonitor heap) {
        LoadRow r = new LoadRow(round, loader, pairs, s, HeapFigures.of(heap), note);
        System.err.println("  | " + String.join(" | ", cells(r)) + " |");
        return r;
    }

    /** The table's cells of a row, its ratios against the ingest of its round (blank while that has not run). */
    private String[] cells(LoadRow r) {
        LoadRow ingest = loadRows.stream().filter(x -> x.round() == r.round() && x.isIngest()).findFirst()
                .orElse(r.isIngest() ? r : null);
        double rate = r.pairs() / r.seconds();
        String ratio = ingest == null ? "" : String.format(Locale.ROOT, "%.2f×", ingest.pairs() / ingest.seconds() / rate);
        HeapFigures heap = r.heap();
        String cpu = heap == null ? "" : String.format(Locale.ROOT, "%.1f", heap.cpuSeconds());
        String cpuRatio = heap == null || ingest == null ? ""
                : String.format(Locale.ROOT, "%.2f×", heap.cpuSeconds() / r.pairs() / (ingest.heap().cpuSeconds() / ingest.pairs()));
        String loader = rounds > 1 ? "round " + r.round() + ": " + r.loader() : r.loader();
        return new String[] {loader, String.format(Locale.ROOT, "%,d", r.pairs()), String.format(Locale.ROOT, "%.1f", r.seconds()),
                String.format(Locale.ROOT, "%,.0f", rate), ratio, cpu, cpuRatio,
                heap == null ? "" : String.valueOf(heap.peakLive() >> 20), heap == null ? "" : String.valueOf(heap.peakUsed() >> 20), r.note()};
    }

    private void printLoadTable() {
        if (loadRows.isEmpty()) {
            return;
        }
        out.println("## Bulk load (each into a fresh embedded database with the schema)\n");
        out.println("| loader | MET_WITH facts | s | facts/s | Diplograph ÷ this | CPU s | Diplograph ÷ this by CPU per fact | peak live heap MiB | peak used heap MiB | notes |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        for (LoadRow r : loadRows) {
            out.println("| " + String.join(" | ", cells(r)) + " |");
        }
        out.printf("%nJVM: %s%n%n", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
    }

    private static long countRows(Path file) {
        try (var lines = Files.lines(file)) {
            return lines.count() - 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opening a graph applies the schema: done for every loader before its clock starts. */
    private static void prepareSchema(EmbeddedNeo4j db) {
        Diplograph.using(db.driver()).close();
    }

    private Path fresh(String name) {
        Path home = work.resolve(name);
        Folders.delete(home);
        return home;
    }

    static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
