package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.diplograph.model.ActorId;
import org.diplograph.model.ActorKind;
import org.diplograph.model.FactSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Runs every fixture article under {@code src/test/resources/articles} (our own texts) and compares
 * the facts with its {@code .expected} file, then prints precision and recall and holds them above
 * the figures reached, so that a regression fails.
 *
 * <p>An {@code .expected} file has one fact per line ({@code #} starts a comment):
 * <pre>
 * official AZE/zakir-hasanov
 * meeting 2021-11-24 AZE/zakir-hasanov TUR/hulusi-akar     (date YYYY-MM-DD, YYYY-MM, YYYY or - for none)
 * partnership AZE TUR strategic partnership                (the pair in any order, then the kind)
 * membership KAZ CSTO
 * </pre>
 * All articles are read with {@code articles/user-gazetteer.json} added.
 */
class ExtractionQualityTests {

    private static final String[] KINDS = {"meeting", "official", "partnership", "membership"};

    private static final Map<String, int[]> COUNTS = new LinkedHashMap<>();
    private static final List<String> DIFFERENCES = new ArrayList<>();
    private static int articles;

    @BeforeAll
    static void runAll() throws IOException, URISyntaxException {
        Path dir = Path.of(ExtractionQualityTests.class.getResource("/articles").toURI());
        Extractor extractor = Extractor.withBuiltInGazetteer().withUserGazetteer(dir.resolve("user-gazetteer.json"));
        for (String kind : KINDS) {
            COUNTS.put(kind, new int[3]);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path article : files) {
            String base = article.getFileName().toString().replaceFirst("\\.txt$", "");
            Path expectedFile = article.resolveSibling(base + ".expected");
            Set<String> expected = expected(expectedFile);
            Set<String> actual = facts(extractor.extract(article));
            articles++;
            for (String kind : KINDS) {
                int[] c = COUNTS.get(kind);
                for (String fact : actual) {
                    if (fact.startsWith(kind + " ")) {
                        if (expected.contains(fact)) {
                            c[0]++;
                        } else {
                            c[1]++;
                            DIFFERENCES.add(base + ": unexpected " + fact);
                        }
                    }
                }
                for (String fact : expected) {
                    if (fact.startsWith(kind + " ") && !actual.contains(fact)) {
                        c[2]++;
                        DIFFERENCES.add(base + ": missing    " + fact);
                    }
                }
            }
        }
        StringBuilder report = new StringBuilder("\nExtraction quality on " + articles + " fixture articles\n");
        report.append(String.format("%-12s %6s %6s %6s %9s %7s%n", "facts", "right", "extra", "missed", "precision", "recall"));
        for (String kind : KINDS) {
            int[] c = COUNTS.get(kind);
            report.append(String.format("%-12s %6d %6d %6d %9.3f %7.3f%n", kind, c[0], c[1], c[2], precision(kind), recall(kind)));
        }
        DIFFERENCES.forEach(d -> report.append("  ").append(d).append('\n'));
        // the report is the point of this test; surefire keeps it in target/surefire-reports
        System.out.println(report);
    }

    static double precision(String kind) {
        int[] c = COUNTS.get(kind);
        return c[0] + c[1] == 0 ? 1.0 : (double) c[0] / (c[0] + c[1]);
    }

    static double recall(String kind) {
        int[] c = COUNTS.get(kind);
        return c[0] + c[2] == 0 ? 1.0 : (double) c[0] / (c[0] + c[2]);
    }

    private static Set<String> expected(Path file) {
        try {
            Set<String> facts = new HashSet<>();
            for (String line : Files.readAllLines(file)) {
                String fact = line.replaceFirst("#.*", "").strip();
                if (fact.isEmpty()) {
                    continue;
                }
                String[] w = fact.split("\\s+");
                switch (w[0]) {
                    case "meeting" -> facts.add("meeting " + w[1] + " " + new TreeSet<>(List.of(w).subList(2, w.length)));
                    case "partnership" -> facts.add("partnership " + new TreeSet<>(List.of(w[1], w[2])) + " "
                            + String.join(" ", List.of(w).subList(3, w.length)));
                    default -> facts.add(fact);
                }
            }
            return facts;
        } catch (IOException e) {
            throw new UncheckedIOException("Every fixture article needs an .expected file: " + file, e);
        }
    }

    private static Set<String> facts(FactSet facts) {
        Set<String> out = new HashSet<>();
        facts.actors().stream().filter(a -> a.kind() == ActorKind.OFFICIAL).forEach(a -> out.add("official " + a.id()));
        facts.meetings().forEach(m -> out.add("meeting " + (m.on() == null ? "-" : m.on()) + " "
                + m.participants().stream().map(ActorId::value).collect(Collectors.toCollection(TreeSet::new))));
        facts.partnerships().forEach(p -> out.add("partnership "
                + p.between().stream().map(ActorId::value).collect(Collectors.toCollection(TreeSet::new)) + " " + p.kind()));
        facts.memberships().forEach(m -> out.add("membership " + m.member() + " " + m.alliance()));
        return out;
    }

    @Test
    @DisplayName("there are at least 25 fixture articles")
    void enoughArticles() {
        assertThat(articles).isGreaterThanOrEqualTo(25);
    }

    @Test
    @DisplayName("meetings (participants and date): precision and recall hold their level")
    void meetings() {
        assertThat(precision("meeting")).isGreaterThanOrEqualTo(0.85);
        assertThat(recall("meeting")).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    @DisplayName("officials: precision and recall hold their level")
    void officials() {
        assertThat(precision("official")).isGreaterThanOrEqualTo(0.85);
        assertThat(recall("official")).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    @DisplayName("partnerships and memberships: precision and recall hold their level")
    void partnerships() {
        assertThat(precision("partnership")).isGreaterThanOrEqualTo(0.8);
        assertThat(recall("partnership")).isGreaterThanOrEqualTo(0.8);
        assertThat(precision("membership")).isGreaterThanOrEqualTo(0.66);
        assertThat(recall("membership")).isGreaterThanOrEqualTo(0.66);
    }
}
