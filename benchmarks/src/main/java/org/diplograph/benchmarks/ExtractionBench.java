package org.diplograph.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
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
 * {@code core/src/test/resources/articles}): how many articles the built-in extractor reads per second on one
 * thread (so per core), also with a Phoenix dictionary's 18,000 people loaded ({@code Extractor.withDictionary}), and
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
        out.println("| gazetteer | articles | avg KB | articles/s/core | KB/s/core | facts/article | gazetteer load s |");
        out.println("|---|---:|---:|---:|---:|---:|---:|");
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
        loop(extractor, articles, seconds / 5);  // warm-up
        long facts = 0;
        long rounds = 0;
        long started = System.nanoTime();
        while (Bench.seconds(started) < seconds) {
            for (int i = 0; i < articles.size(); i++) {
                facts += extractor.extract(articles.get(i), "a" + i, null).factCount();
            }
            rounds++;
        }
        double s = Bench.seconds(started);
        long count = rounds * articles.size();
        out.printf(Locale.ROOT, "| %s | %d articles of the tuning and test sets × %d rounds | %.1f | %,.0f | %,.0f | %.1f | %.2f |%n",
                label, articles.size(), rounds, bytes / 1024.0 / articles.size(), count / s, rounds * bytes / 1024.0 / s,
                (double) facts / count, gazetteer);
    }

    private static void loop(Extractor extractor, List<String> articles, double seconds) {
        long started = System.nanoTime();
        while (Bench.seconds(started) < seconds) {
            for (int i = 0; i < articles.size(); i++) {
                extractor.extract(articles.get(i), "w" + i, null);
            }
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
