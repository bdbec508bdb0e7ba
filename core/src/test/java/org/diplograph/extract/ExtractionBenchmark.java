package org.diplograph.extract;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Articles per second on one thread, after warm-up: not a test, run it by hand.
 * <pre>{@code
 * mvn -o -q -pl core test-compile
 * java -cp core/target/classes:core/target/test-classes:<dependencies> org.diplograph.extract.ExtractionBenchmark
 * }</pre>
 * The corpus is the articles of both sets under {@code articles/} (tuning and test), each repeated to about 3 KB.
 */
public final class ExtractionBenchmark {

    private ExtractionBenchmark() {
    }

    /**
     * @param args nothing, or the path of a Phoenix dictionary for the extractor to know as well
     * @throws IOException        when the fixtures cannot be read
     * @throws URISyntaxException never
     */
    public static void main(String[] args) throws IOException, URISyntaxException {
        Path dir = Path.of(ExtractionBenchmark.class.getResource("/articles").toURI());
        Extractor extractor = Extractor.withBuiltInGazetteer().withUserGazetteer(dir.resolve("user-gazetteer.json"));
        if (args.length > 0) {
            extractor = extractor.withDictionary(org.diplograph.convert.phoenix.PhoenixDictionary.load(Path.of(args[0]), problem -> { }));
        }
        List<String> corpus = new ArrayList<>();
        List<Path> articles = new ArrayList<>();
        for (String set : List.of("tuning", "test")) {
            try (Stream<Path> files = Files.list(dir.resolve(set))) {
                articles.addAll(files.filter(f -> f.toString().endsWith(".txt")).sorted().toList());
            }
        }
        for (Path p : articles) {
            String text = Files.readString(p);
            int cut = text.indexOf('\n');
            String header = text.substring(0, cut + 1);
            StringBuilder body = new StringBuilder(text.substring(cut + 1));
            while (body.length() < 3000) {
                body.append("\n\n").append(text.substring(cut + 1));
            }
            corpus.add(header + body);
        }
        long bytes = corpus.stream().mapToLong(String::length).sum() / corpus.size();
        int facts = 0;
        for (int i = 0; i < 3_000; i++) {
            facts += extractor.extract(corpus.get(i % corpus.size()), "bench", null).factCount();
        }
        int rounds = 20_000;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            facts += extractor.extract(corpus.get(i % corpus.size()), "bench", null).factCount();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        // CPU time as well as wall time: on a shared machine the wall clock counts other people's work
        System.out.printf("%d articles of ~%d characters in %.2f s wall, %.2f s CPU: %.0f articles/s wall, %.0f articles/s "
                + "per CPU second, on one thread (%d facts)%n", rounds, bytes, seconds, cpuSeconds, rounds / seconds,
                rounds / cpuSeconds, facts);
    }
}
