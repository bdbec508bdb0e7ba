package org.diplograph.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.diplograph.convert.phoenix.PhoenixDictionary;
import org.diplograph.extract.Extractor;
import org.diplograph.extract.evaluation.ExtractionScorer;
import org.diplograph.extract.evaluation.ScoreReport;

/**
 * Extraction speed and quality on the articles of the two quality sets ({@code tuning/} and {@code test/} under
 * {@code core/src/test/resources/articles}): how many articles the built-in extractor reads per second of CPU on one
 * thread (so per core) once the JIT has compiled it, and in its first seconds, also with a Phoenix dictionary's 18,000 people loaded ({@code Extractor.withDictionary}), and
 * beside it the {@link ExtractionScorer} report on each set: the tuning set with its differences article by article, the
 * test set by its figures alone.
 */
final class ExtractionBench {

    private static final String[] SETS = {"tuning", "test"};

    private ExtractionBench() {
    }

    /**
     * @param dictionary a Phoenix dictionary to measure the extractor with as well (its 18,000 people beside the built-in
     *     gazetteer), when the file exists
     */
    static void run(PrintStream out, double seconds, Path articleSets, Path dictionary) {
        out.println("## Extraction (one thread)\n");
        if (!Files.isDirectory(articleSets.resolve(SETS[0])) || !Files.isDirectory(articleSets.resolve(SETS[1]))) {
            out.printf("No tuning/ and test/ under %s; give the folder with --articles.%n%n", articleSets.toAbsolutePath().normalize());
            return;
        }
        List<String> articles = new ArrayList<>();
        for (String set : SETS) {
            articles.addAll(read(articleSets.resolve(set)));
        }
        long started = System.nanoTime();
        Extractor extractor = Extractor.withBuiltInGazetteer();
        double gazetteer = Bench.seconds(started);
        out.println("| gazetteer | articles × rounds | avg KB | articles per CPU-second (warm) | articles/s wall | KB per CPU-second "
                + "| articles per CPU-second in the first 5 s (cold) | KB allocated/article | facts/article | warm-up s | gazetteer load s |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        speed(out, extractor, "built-in", gazetteer, articles, seconds);
        if (dictionary != null && Files.exists(dictionary)) {
            started = System.nanoTime();
            Extractor withDictionary = extractor.withDictionary(PhoenixDictionary.load(dictionary, problem -> { }));
            speed(out, withDictionary, "built-in + " + dictionary.getFileName(), Bench.seconds(started), articles, seconds);
        }
        out.println();

        Path gazetteerFile = articleSets.resolve("user-gazetteer.json");
        ExtractionScorer scorer = new ExtractionScorer(Files.isRegularFile(gazetteerFile)
                ? extractor.withUserGazetteer(gazetteerFile) : extractor);
        for (String set : SETS) {
            started = System.nanoTime();
            ScoreReport report = scorer.scoreFolder(set, articleSets.resolve(set));
            // the test set by its figures alone: rules are never tuned on its articles
            out.printf(Locale.ROOT, "Quality on the %s set (ExtractionScorer, %.1f s):%n%n```%n%s```%n%n", set,
                    Bench.seconds(started), report.format(set.equals("tuning")));
        }
    }

    private static void speed(PrintStream out, Extractor extractor, String label, double gazetteer, List<String> articles, double seconds) {
        long bytes = articles.stream().mapToLong(a -> a.getBytes(StandardCharsets.UTF_8).length).sum();
        // The JIT takes 30-50 s to compile the extractor's larger methods: a rate taken earlier measures the compilers too.
        // Warm up in windows of 5 s until one is no more than 3 % faster than the best before it (at least 40 s, at
        // most two minutes).
        Rate cold = Rate.of(extractor, articles, WINDOW_SECONDS);
        double best = cold.perCpuSecond();
        double warming = WINDOW_SECONDS;
        while (warming < MAX_WARM_UP_SECONDS) {
            double next = Rate.of(extractor, articles, WINDOW_SECONDS).perCpuSecond();
            warming += WINDOW_SECONDS;
            if (warming >= MIN_WARM_UP_SECONDS && next <= 1.03 * best) {
                break;
            }
            best = Math.max(best, next);
        }
        Rate warm = Rate.of(extractor, articles, seconds);
        out.printf(Locale.ROOT, "| %s | %d × %d | %.1f | %,.0f | %,.0f | %,.0f | %,.0f | %.0f | %.1f | %.0f | %.2f |%n",
                label, articles.size(), warm.rounds, bytes / 1024.0 / articles.size(), warm.perCpuSecond(),
                warm.perSecond(), warm.perCpuSecond() * bytes / 1024.0 / articles.size(), cold.perCpuSecond(),
                warm.allocated / 1024.0 / warm.articles, (double) warm.facts / warm.articles, warming, gazetteer);
    }

    private static final double WINDOW_SECONDS = 5;
    private static final double MAX_WARM_UP_SECONDS = 120;
    private static final double MIN_WARM_UP_SECONDS = 40;

    /** Whole rounds over the articles for at least {@code seconds}, timed by the wall clock and by this thread's CPU. */
    private record Rate(long rounds, long articles, long facts, double wall, double cpu, long allocated) {

        private static final com.sun.management.ThreadMXBean THREADS =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

        static Rate of(Extractor extractor, List<String> articles, double seconds) {
            long thread = Thread.currentThread().getId();
            long allocated = THREADS.getThreadAllocatedBytes(thread);
            long cpu = THREADS.getCurrentThreadCpuTime();
            long started = System.nanoTime();
            long facts = 0;
            long rounds = 0;
            while (Bench.seconds(started) < seconds) {
                for (int i = 0; i < articles.size(); i++) {
                    facts += extractor.extract(articles.get(i), "a" + i, null).factCount();
                }
                rounds++;
            }
            return new Rate(rounds, rounds * articles.size(), facts, Bench.seconds(started),
                    (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9, THREADS.getThreadAllocatedBytes(thread) - allocated);
        }

        /** Per second of this thread's CPU: on a shared machine the wall clock counts other people's work too. */
        double perCpuSecond() {
            return articles / cpu;
        }

        double perSecond() {
            return articles / wall;
        }
    }

    private static List<String> read(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<String> texts = new ArrayList<>();
            for (Path file : files.filter(p -> p.toString().endsWith(ExtractionScorer.ARTICLE_SUFFIX)).sorted().toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
