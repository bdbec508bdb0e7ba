package org.diplograph.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.diplograph.extract.Extractor;

/** Extraction throughput: the sample articles through the built-in extractor, on one thread (so per core). */
final class ExtractionBench {

    private static final String FOLDER = "/org/diplograph/examples/sample/";

    private ExtractionBench() {
    }

    static void run(PrintStream out, double seconds) {
        List<String> names = read("corpus.index").lines().map(String::strip).filter(l -> l.endsWith(".txt")).toList();
        List<String> articles = names.stream().map(ExtractionBench::read).toList();
        long bytes = articles.stream().mapToLong(a -> a.getBytes(StandardCharsets.UTF_8).length).sum();
        long started = System.nanoTime();
        Extractor extractor = Extractor.withBuiltInGazetteer();
        double gazetteer = Bench.seconds(started);
        loop(extractor, articles, seconds / 5);  // warm-up
        long facts = 0;
        long rounds = 0;
        started = System.nanoTime();
        while (Bench.seconds(started) < seconds) {
            for (int i = 0; i < articles.size(); i++) {
                facts += extractor.extract(articles.get(i), "a" + i, null).factCount();
            }
            rounds++;
        }
        double s = Bench.seconds(started);
        long count = rounds * articles.size();
        out.println("## Extraction throughput (one thread)\n");
        out.println("| articles | avg KB | articles/s/core | KB/s/core | facts/article | gazetteer load s |");
        out.println("|---:|---:|---:|---:|---:|---:|");
        out.printf(Locale.ROOT, "| %d sample articles × %d rounds | %.1f | %,.0f | %,.0f | %.1f | %.2f |%n%n", articles.size(), rounds,
                bytes / 1024.0 / articles.size(), count / s, rounds * bytes / 1024.0 / s, (double) facts / count, gazetteer);
    }

    private static void loop(Extractor extractor, List<String> articles, double seconds) {
        long started = System.nanoTime();
        while (Bench.seconds(started) < seconds) {
            for (int i = 0; i < articles.size(); i++) {
                extractor.extract(articles.get(i), "w" + i, null);
            }
        }
    }

    private static String read(String file) {
        try (InputStream in = ExtractionBench.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("The sample file " + FOLDER + file + " is missing from the classpath.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
