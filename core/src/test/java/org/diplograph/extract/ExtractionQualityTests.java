package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.diplograph.extract.evaluation.ArticleScore;
import org.diplograph.extract.evaluation.ExtractionScorer;
import org.diplograph.extract.evaluation.FactKind;
import org.diplograph.extract.evaluation.KindScore;
import org.diplograph.extract.evaluation.ScoreReport;
import org.diplograph.extract.evaluation.TrapKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Measures the extractor on the two sets of articles under {@code src/test/resources/articles} (see the
 * README there): the tuning set, which rules may be written against, and the test set, which they
 * never are. Prints both reports (surefire keeps them in {@code target/surefire-reports}) and holds every
 * figure at the level the extractor reaches, less {@value #TOLERANCE}, so that a regression fails.
 * When the rules get better, raise the figures here to what the reports print.
 *
 * <p>The test set is reported by its figures alone, so that its articles do not leak into the rules.
 * Whoever maintains the articles (not whoever writes rules) sees its differences with
 * {@code -Ddiplograph.showTestDifferences=true}.
 */
class ExtractionQualityTests {

    private static final double TOLERANCE = 0.01;
    private static final String SHOW_TEST_DIFFERENCES = "diplograph.showTestDifferences";

    /** What the extractor reached on the tuning set (2,647 articles). */
    private static final Figures TUNING = new Figures(Map.of(
            FactKind.MEETINGS, new Level(0.850, 0.698, 0.767),
            FactKind.OFFICIALS, new Level(0.964, 0.962, 0.963),
            FactKind.REPRESENTS, new Level(0.914, 0.894, 0.904),
            FactKind.PARTNERSHIPS, new Level(0.904, 0.644, 0.752),
            FactKind.MEMBERSHIPS, new Level(0.982, 0.534, 0.692)),
            0.923, 0.936, 0, 13);

    /** What the extractor reached on the test set (92 articles). */
    private static final Figures TEST = new Figures(Map.of(
            FactKind.MEETINGS, new Level(0.904, 0.812, 0.856),
            FactKind.OFFICIALS, new Level(0.978, 0.982, 0.980),
            FactKind.REPRESENTS, new Level(0.944, 0.933, 0.938),
            FactKind.PARTNERSHIPS, new Level(0.950, 0.805, 0.872),
            FactKind.MEMBERSHIPS, new Level(0.983, 0.550, 0.705)),
            0.920, 0.965, 0, 0);

    private static final Set<String> GENRES = Set.of("readout", "transcript", "news-story", "joint-statement", "feature",
            "call-readout", "visit-announcement", "summit-report", "meeting-page");

    private static Path articles;
    private static ScoreReport tuning;
    private static ScoreReport test;

    /**
     * One kind's precision, recall and F1.
     *
     * @param precision the precision reached
     * @param recall    the recall reached
     * @param f1        the F1 reached
     */
    record Level(double precision, double recall, double f1) {
    }

    /**
     * Every figure of a set's report.
     *
     * @param kinds            precision, recall and F1 per kind of fact
     * @param meetingDates     the share of found meetings with the right date
     * @param partnershipKinds the share of found partnerships of the stated kind
     * @param duplicatePersons at most this many duplicate persons
     * @param trapsTriggered   at most this many traps triggered
     */
    record Figures(Map<FactKind, Level> kinds, double meetingDates, double partnershipKinds, int duplicatePersons,
                   int trapsTriggered) {
    }

    @BeforeAll
    static void scoreBothSets() throws URISyntaxException {
        articles = Path.of(ExtractionQualityTests.class.getResource("/articles").toURI());
        ExtractionScorer scorer = new ExtractionScorer(
                Extractor.withBuiltInGazetteer().withUserGazetteer(articles.resolve("user-gazetteer.json")));
        tuning = scorer.scoreFolder("tuning", articles.resolve("tuning"));
        test = scorer.scoreFolder("test", articles.resolve("test"));
        // the reports are the point of this test; the test set's differences only for whoever maintains the articles
        System.out.println(tuning.format());
        System.out.println(test.format(Boolean.getBoolean(SHOW_TEST_DIFFERENCES)));
    }

    @Test
    @DisplayName("the tuning set holds the 30 first fixtures and at least 30 more; the test set at least 50 other articles")
    void setSizes() throws IOException {
        assertThat(tuning.articles()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(tuning.articles()).filteredOn(a -> a.article().matches("a\\d\\d-.*")).hasSize(30);
        assertThat(test.articles()).hasSizeGreaterThanOrEqualTo(50);
        Set<String> tuningNames = names(tuning);
        assertThat(names(test)).doesNotContainAnyElementsOf(tuningNames);
        Set<String> tuningTexts = texts("tuning");
        assertThat(texts("test")).doesNotContainAnyElementsOf(tuningTexts);
    }

    @Test
    @DisplayName("both sets cover every genre and every kind of trap")
    void genresAndTrapsInBothSets() {
        for (ScoreReport set : new ScoreReport[] {tuning, test}) {
            assertThat(set.articles()).extracting(ArticleScore::genre).as(set.setName() + " genres")
                    .containsAll(GENRES).allMatch(GENRES::contains);
            for (TrapKind kind : TrapKind.values()) {
                assertThat(set.traps(kind)[0]).as(set.setName() + " traps of kind " + kind.word()).isGreaterThanOrEqualTo(2);
            }
        }
    }

    @Test
    @DisplayName("tuning set: every figure holds the level the extractor reaches")
    void tuningFigures() {
        holds(tuning, TUNING);
    }

    @Test
    @DisplayName("test set: every figure holds the level the extractor reaches")
    void testFigures() {
        holds(test, TEST);
    }

    private static void holds(ScoreReport report, Figures reached) {
        SoftAssertions soft = new SoftAssertions();
        for (FactKind kind : FactKind.values()) {
            KindScore score = report.score(kind);
            Level level = reached.kinds().get(kind);
            String what = report.setName() + " " + kind.word();
            soft.assertThat(score.precision()).as(what + " precision").isGreaterThanOrEqualTo(level.precision() - TOLERANCE);
            soft.assertThat(score.recall()).as(what + " recall").isGreaterThanOrEqualTo(level.recall() - TOLERANCE);
            soft.assertThat(score.f1()).as(what + " F1").isGreaterThanOrEqualTo(level.f1() - TOLERANCE);
        }
        soft.assertThat(report.meetingDateAccuracy()).as(report.setName() + " meetings with the right date")
                .isGreaterThanOrEqualTo(reached.meetingDates() - TOLERANCE);
        soft.assertThat(report.partnershipKindAccuracy()).as(report.setName() + " partnerships of the stated kind")
                .isGreaterThanOrEqualTo(reached.partnershipKinds() - TOLERANCE);
        soft.assertThat(report.duplicatePersons()).as(report.setName() + " duplicate persons")
                .hasSizeLessThanOrEqualTo(reached.duplicatePersons());
        soft.assertThat(report.trapsTriggered()).as(report.setName() + " traps triggered")
                .hasSizeLessThanOrEqualTo(reached.trapsTriggered());
        soft.assertAll();
    }

    private static Set<String> names(ScoreReport report) {
        return report.articles().stream().map(ArticleScore::article).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> texts(String set) throws IOException {
        try (Stream<Path> files = Files.list(articles.resolve(set))) {
            Set<String> texts = new TreeSet<>();
            for (Path file : files.filter(p -> p.toString().endsWith(ExtractionScorer.ARTICLE_SUFFIX)).toList()) {
                texts.add(Files.readString(file).strip());
            }
            return texts;
        }
    }
}
