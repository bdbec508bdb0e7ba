package org.diplograph.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.diplograph.convert.phoenix.PhoenixDictionary;
import org.diplograph.extract.Extractor;

/**
 * Extraction throughput: the sample articles through the built-in extractor, and through one that also knows a Phoenix
 * dictionary's 18,000 people, on one thread (so per core).
 */
final class ExtractionBench {

    private static final String FOLDER = "/org/diplograph/examples/sample/";

    private ExtractionBench() {
    }

    /**
     * @param dictionary a Phoenix dictionary to measure the extractor with as well (beside the built-in gazetteer), if the file exists
     */
    static void run(PrintStream out, double seconds, java.nio.file.Path dictionary) {
        out.println("## Extraction throughput (one thread)\n");
        out.println("| gazetteer | articles | avg KB | articles/s/core | KB/s/core | facts/article | gazetteer load s |");
        out.println("|---|---:|---:|---:|---:|---:|---:|");
        run(out, seconds, null, "built-in");
        if (dictionary != null && java.nio.file.Files.exists(dictionary)) {
            run(out, seconds, dictionary, "built-in + " + dictionary.getFileName());
        }
        out.println();
    }

    private static void run(PrintStream out, double seconds, java.nio.file.Path dictionary, String label) {
        List<String> names = read("corpus.index").lines().map(String::strip).filter(l -> l.endsWith(".txt")).toList();
        List<String> articles = names.stream().map(ExtractionBench::read).toList();
        long bytes = articles.stream().mapToLong(a -> a.getBytes(StandardCharsets.UTF_8).length).sum();
        long started = System.nanoTime();
        Extractor extractor = Extractor.withBuiltInGazetteer();
        if (dictionary != null) {
            extractor = extractor.withDictionary(PhoenixDictionary.load(dictionary, problem -> { }));
        }
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
        out.printf(Locale.ROOT, "| %s | %d sample articles × %d rounds | %.1f | %,.0f | %,.0f | %.1f | %.2f |%n", label, articles.size(), rounds,
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

    /** The sample corpus in the examples module's sources: benchmarks do not depend on examples, and bench runs in benchmarks/. */
    private static final java.nio.file.Path SAMPLE = java.nio.file.Path.of("../examples/src/main/resources" + FOLDER);

    private static String read(String file) {
        try (InputStream in = ExtractionBench.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                if (java.nio.file.Files.exists(SAMPLE.resolve(file))) {
                    return java.nio.file.Files.readString(SAMPLE.resolve(file));
                }
                throw new IllegalStateException("The sample file " + file + " is neither on the classpath nor in " + SAMPLE + ".");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
