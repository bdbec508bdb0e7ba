package org.diplograph.extract.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.diplograph.InvalidInputException;
import org.diplograph.extract.Extractor;
import org.diplograph.model.FactSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionScorerTests {

    private static final String THREE = """
            official RUS/vladimir-putin
            official AZE/ilham-aliyev
            official ARM/nikol-pashinyan
            """;

    @TempDir
    Path dir;

    private static ArticleScore compare(FoundFacts found, String expected) {
        return ExtractionScorer.compare("article", found.build(), ExpectedFacts.parse(expected, "article.expected"));
    }

    @Test
    @DisplayName("a meeting of three is one fact: found as two bilateral meetings it is missing, and both are unexpected")
    void multiPartyMeetingIsOneFact() {
        ArticleScore score = compare(new FoundFacts()
                        .meeting("2021-01-11", "RUS/vladimir-putin", "AZE/ilham-aliyev")
                        .meeting("2021-01-11", "RUS/vladimir-putin", "ARM/nikol-pashinyan"),
                THREE + "meeting 2021-01-11 RUS/vladimir-putin AZE/ilham-aliyev ARM/nikol-pashinyan\n");

        assertThat(score.score(FactKind.MEETINGS)).isEqualTo(new KindScore(0, 2, 1));
        assertThat(score.differences()).anySatisfy(d -> assertThat(d)
                .startsWith("missing    meeting 2021-01-11 ARM/nikol-pashinyan AZE/ilham-aliyev RUS/vladimir-putin (found as"));

        ArticleScore whole = compare(new FoundFacts().meeting("2021-01-11", "ARM/nikol-pashinyan", "RUS/vladimir-putin", "AZE/ilham-aliyev"),
                THREE + "meeting 2021-01-11 RUS/vladimir-putin AZE/ilham-aliyev ARM/nikol-pashinyan\n");
        assertThat(whole.score(FactKind.MEETINGS)).isEqualTo(new KindScore(1, 0, 0));
    }

    @Test
    @DisplayName("the date is compared apart: a meeting with the wrong date or precision is found, but not rightly dated")
    void dateComparedApart() {
        ArticleScore score = compare(new FoundFacts()
                        .meeting("2022-04-12", "RUS/vladimir-putin", "AZE/ilham-aliyev")
                        .meeting(null, "RUS/vladimir-putin", "ARM/nikol-pashinyan"),
                THREE + """
                        meeting 2022-04 RUS/vladimir-putin AZE/ilham-aliyev
                        meeting ~2024-01-10 RUS/vladimir-putin ARM/nikol-pashinyan
                        """);

        assertThat(score.score(FactKind.MEETINGS)).isEqualTo(new KindScore(2, 0, 0));
        assertThat(score.datesRight()).isZero();
        assertThat(score.inferredDates()).isEqualTo(1);
        assertThat(score.inferredDatesRight()).isZero();
        assertThat(score.differences()).contains(
                "wrong date meeting AZE/ilham-aliyev RUS/vladimir-putin: expected 2022-04, found 2022-04-12  ← [meeting:test] \"They met.\"",
                "wrong date meeting ARM/nikol-pashinyan RUS/vladimir-putin: expected ~2024-01-10, found -  ← [meeting:test] \"They met.\"");
    }

    @Test
    @DisplayName("when the same people met twice, meetings pair up by equal dates first")
    void sameParticipantsTwice() {
        ArticleScore score = compare(new FoundFacts()
                        .meeting("2022-06-14", "NATO/jens-stoltenberg", "UKR/dmytro-kuleba")
                        .meeting("2022-06-14", "NATO/jens-stoltenberg", "UKR/dmytro-kuleba")
                        .meeting("2022-05", "NATO/jens-stoltenberg", "UKR/dmytro-kuleba"),
                """
                        official NATO/jens-stoltenberg
                        official UKR/dmytro-kuleba
                        meeting 2022-04 NATO/jens-stoltenberg UKR/dmytro-kuleba
                        meeting 2022-06-14 NATO/jens-stoltenberg UKR/dmytro-kuleba
                        """);

        assertThat(score.score(FactKind.MEETINGS)).isEqualTo(new KindScore(2, 0, 0));
        assertThat(score.datesRight()).isEqualTo(1);
    }

    @Test
    @DisplayName("an id the graph would merge with the expected one is right; a wrong scope is not, and counts against the meetings too")
    void officialIds() {
        ArticleScore merged = compare(new FoundFacts()
                        .official("USA/mark-t-esper", "Mark T. Esper", "Esper")
                        .meeting("2020-02-12", "USA/mark-t-esper", "NATO/jens-stoltenberg"),
                """
                        official USA/mark-esper
                        official NATO/jens-stoltenberg
                        meeting 2020-02-12 USA/mark-esper NATO/jens-stoltenberg
                        """);
        assertThat(merged.score(FactKind.OFFICIALS)).isEqualTo(new KindScore(2, 0, 0));
        assertThat(merged.score(FactKind.MEETINGS)).isEqualTo(new KindScore(1, 0, 0));

        ArticleScore wrongScope = compare(new FoundFacts()
                        .official("XXX/mark-esper", "Mark Esper")
                        .meeting("2020-02-12", "XXX/mark-esper", "NATO/jens-stoltenberg"),
                """
                        official USA/mark-esper
                        official NATO/jens-stoltenberg
                        meeting 2020-02-12 USA/mark-esper NATO/jens-stoltenberg
                        """);
        assertThat(wrongScope.score(FactKind.OFFICIALS)).isEqualTo(new KindScore(1, 1, 1));
        assertThat(wrongScope.score(FactKind.MEETINGS)).isEqualTo(new KindScore(0, 1, 1));
        assertThat(wrongScope.differences()).contains("wrong id   official XXX/mark-esper for USA/mark-esper [Mark Esper]");
        assertThat(wrongScope.meetingsByName()).isEqualTo(new KindScore(1, 0, 0));
        assertThat(wrongScope.duplicates()).isEmpty();
    }

    @Test
    @DisplayName("one expected person found under two ids is a duplicate; two people who share a surname are not")
    void duplicatePersons() {
        ArticleScore score = compare(new FoundFacts()
                        .official("USA/lloyd-austin", "Lloyd Austin")
                        .official("XXX/austin", "Austin")
                        .official("AZE/ilham-aliyev", "Ilham Aliyev", "Aliyev")
                        .official("AZE/heydar-aliyev", "Heydar Aliyev", "Aliyev"),
                """
                        official USA/lloyd-austin
                        official AZE/ilham-aliyev
                        official AZE/heydar-aliyev
                        """);

        assertThat(score.duplicates()).containsExactly("USA/lloyd-austin as USA/lloyd-austin, XXX/austin");
        assertThat(score.score(FactKind.OFFICIALS)).isEqualTo(new KindScore(3, 1, 0));
    }

    @Test
    @DisplayName("represents counts only officials' roles, by holder and body")
    void roles() {
        ArticleScore score = compare(new FoundFacts()
                        .role("USA/lloyd-austin", "USA/ministry-of-defense")
                        .role("ISR/benny-gantz", "ISR/ministry-of-defense")
                        .role("ISR/ministry-of-defense", "ISR"),
                """
                        official USA/lloyd-austin
                        official ISR/benny-gantz
                        represents USA/lloyd-austin USA/department-of-defense
                        represents ISR/benny-gantz ISR/ministry-of-defense
                        """);

        assertThat(score.score(FactKind.REPRESENTS)).isEqualTo(new KindScore(1, 1, 1));
    }

    @Test
    @DisplayName("a partnership is its pair, whatever kinds are found for it; the kind is right when one of them is the stated one")
    void partnerships() {
        ArticleScore score = compare(new FoundFacts()
                        .partnership("RUS", "CHN", "comprehensive strategic partnership")
                        .partnership("CHN", "RUS", "partnership")
                        .partnership("IND", "USA", "partnership")
                        .partnership("AZE", "GEO", "partnership"),
                """
                        partnership CHN RUS Comprehensive Strategic Partnership
                        partnership IND USA major defense partnership
                        partnership JPN USA alliance
                        """);

        assertThat(score.score(FactKind.PARTNERSHIPS)).isEqualTo(new KindScore(2, 1, 1));
        assertThat(score.kindsRight()).isEqualTo(1);
        assertThat(score.differences()).contains(
                "wrong kind partnership IND USA: expected major defense partnership, found partnership");
    }

    @Test
    @DisplayName("a trap is triggered by a found fact equal to it, * matching any date or kind")
    void traps() {
        ArticleScore score = compare(new FoundFacts()
                        .membership("UKR", "NATO")
                        .membership("ROU", "NATO")
                        .partnership("AUS", "JPN", "strategic partnership")
                        .meeting("2024-01-10", "POL/wladyslaw-kosiniak-kamysz", "LTU/arvydas-anusauskas"),
                """
                        official POL/wladyslaw-kosiniak-kamysz
                        official LTU/arvydas-anusauskas
                        meeting 2024-01-09 POL/wladyslaw-kosiniak-kamysz LTU/arvydas-anusauskas
                        membership ROU NATO
                        trap non-member membership UKR NATO
                        trap guest-member membership JPN NATO
                        trap third-party-partners partnership JPN AUS *
                        trap yesterday-as-today meeting 2024-01-10 POL/wladyslaw-kosiniak-kamysz LTU/arvydas-anusauskas
                        """);

        assertThat(score.traps()).hasSize(4);
        assertThat(score.trapsTriggered()).extracting(t -> t.kind().word())
                .containsExactly("non-member", "third-party-partners", "yesterday-as-today");
        assertThat(score.score(FactKind.MEMBERSHIPS)).isEqualTo(new KindScore(1, 1, 0));
    }

    @Test
    @DisplayName("a folder is scored article by article with the extractor, the publication date taken from the expected file")
    void scoresAFolder() throws IOException {
        Files.writeString(dir.resolve("kyiv.txt"), "Polish Defence Minister Wladyslaw Kosiniak-Kamysz met "
                + "Lithuanian Defence Minister Arvydas Anusauskas in Vilnius yesterday.\n");
        Files.writeString(dir.resolve("kyiv.expected"), """
                published 2024-02-14
                genre news-story
                official POL/wladyslaw-kosiniak-kamysz
                official LTU/arvydas-anusauskas
                represents POL/wladyslaw-kosiniak-kamysz POL/ministry-of-defense
                represents LTU/arvydas-anusauskas LTU/ministry-of-defense
                meeting 2024-02-13 POL/wladyslaw-kosiniak-kamysz LTU/arvydas-anusauskas
                trap yesterday-as-today meeting 2024-02-14 POL/wladyslaw-kosiniak-kamysz LTU/arvydas-anusauskas
                """);
        Files.writeString(dir.resolve("notes.md"), "not an article");

        ScoreReport report = new ExtractionScorer(Extractor.withBuiltInGazetteer()).scoreFolder("sample", dir);

        assertThat(report.articles()).extracting(ArticleScore::article).containsExactly("kyiv");
        assertThat(report.score(FactKind.MEETINGS)).isEqualTo(new KindScore(1, 0, 0));
        assertThat(report.meetingDateAccuracy()).isEqualTo(1.0);
        assertThat(report.trapsTriggered()).isEmpty();
        assertThat(report.format())
                .contains("Extraction quality, sample set: 1 articles")
                .contains("meetings             1      1      1      1.00    1.00   1.00")
                .contains("traps triggered: 0 of 1")
                .contains("news-story")
                .endsWith("differences:\n");
        Files.writeString(dir.resolve("kyiv.expected"), """
                published 2024-02-14
                official POL/wladyslaw-kosiniak-kamysz
                official LTU/arvydas-anusauskas
                meeting 2024-02-12 POL/wladyslaw-kosiniak-kamysz LTU/arvydas-anusauskas
                """);
        ScoreReport wrong = new ExtractionScorer(Extractor.withBuiltInGazetteer()).scoreFolder("sample", dir);
        assertThat(wrong.format()).contains("differences:\n  kyiv: wrong date meeting LTU/arvydas-anusauskas "
                + "POL/wladyslaw-kosiniak-kamysz: expected 2024-02-12, found 2024-02-13");
        assertThat(wrong.format(false)).contains("meetings with the right date: 0.00").doesNotContain("kyiv");
    }

    @Test
    @DisplayName("an article without an expected file, or without a publication date, is refused")
    void refusesIncompleteArticles() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Some text.\n");
        ExtractionScorer scorer = new ExtractionScorer(Extractor.withBuiltInGazetteer());
        assertThatThrownBy(() -> scorer.scoreFolder("s", dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("has no expected file");

        Files.writeString(dir.resolve("a.expected"), "genre readout\n");
        assertThatThrownBy(() -> scorer.scoreFolder("s", dir)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("states no publication date");

        Files.writeString(dir.resolve("a.txt"), "date 2024-02-14 Desk\n\nSome text.\n");
        assertThat(scorer.scoreFolder("s", dir).articles()).hasSize(1);
    }

    @Test
    @DisplayName("precision, recall and F1, with nothing found or nothing expected")
    void kindScore() {
        KindScore s = new KindScore(3, 1, 2);
        assertThat(s.precision()).isEqualTo(0.75);
        assertThat(s.recall()).isEqualTo(0.6);
        assertThat(s.f1()).isCloseTo(2 * 0.75 * 0.6 / 1.35, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(new KindScore(0, 0, 2).f1()).isZero();
        assertThat(KindScore.NONE.f1()).isEqualTo(1.0);
        FactSet none = new FoundFacts().build();
        assertThat(ExtractionScorer.compare("x", none, ExpectedFacts.parse("", "x")).score(FactKind.MEETINGS)).isEqualTo(KindScore.NONE);
    }
}
