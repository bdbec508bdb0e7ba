package org.diplograph.cypher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.diplograph.InvalidInputException;
import org.diplograph.json.FactSetJson;
import org.diplograph.model.FactSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

@ExtendWith(Neo4jExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings("unchecked")
class GraphWriterIT {

    /** Source A: Sadikov meets Gerasimov in Baku, AZE and RUS are strategic partners. */
    static final String SOURCE_A = """
            {"format": "diplograph/facts@1",
             "source": {"id": "source-a", "title": "Talks in Baku", "published": "2020-02-11"},
             "actors": [
               {"id": "AZE/najmeddin-sadikov", "kind": "official", "name": "Najmeddin Sadikov", "aliases": ["Sadikov"]},
               {"id": "RUS/valery-gerasimov", "kind": "official", "name": "Valery Gerasimov"},
               {"id": "AZE/general-staff", "kind": "ministry", "name": "General Staff of Azerbaijan"},
               {"id": "AZE", "kind": "country", "name": "Azerbaijan"},
               {"id": "RUS", "kind": "country", "name": "Russia"},
               {"id": "CSTO", "kind": "alliance", "name": "Collective Security Treaty Organization"}
             ],
             "represents": [
               {"who": "AZE/najmeddin-sadikov", "body": "AZE/general-staff", "title": "Chief of the General Staff", "from": "2018-01"},
               {"who": "AZE/general-staff", "body": "AZE"}
             ],
             "meetings": [{"participants": ["AZE/najmeddin-sadikov", "RUS/valery-gerasimov"], "on": "2020-02-06",
                           "precision": "day", "place": "Baku", "evidence": "Sadikov received Gerasimov in Baku."}],
             "partnerships": [{"between": ["RUS", "AZE"], "kind": "Strategic partnership", "evidence": "They are strategic partners."}],
             "memberships": [{"member": "RUS", "alliance": "CSTO", "since": "1992"}]}
            """;

    /** Source B: the same meeting, other spellings and other ids for both men. */
    static final String SOURCE_B = """
            {"format": "diplograph/facts@1",
             "source": {"id": "source-b", "title": "Gerasimov in Azerbaijan"},
             "actors": [
               {"id": "AZE/najmeddin-sadikhov", "kind": "official", "name": "Najmeddin Sadikhov"},
               {"id": "RUS/valeriy-gerasimov", "kind": "official", "name": "Valeriy Gerasimov"},
               {"id": "AZE", "kind": "country", "name": "Azerbaijan"},
               {"id": "RUS", "kind": "country", "name": "Russia"}
             ],
             "meetings": [{"participants": ["RUS/valeriy-gerasimov", "AZE/najmeddin-sadikhov"], "on": "2020-02-06",
                           "precision": "day", "place": "Baku", "evidence": "Gerasimov and Sadikhov talked on Thursday."}],
             "partnerships": [{"between": ["AZE", "RUS"], "kind": "strategic partnership", "evidence": "Strategic partners, both said."}]}
            """;

    /** Father and son: one surname, two people. */
    static final String ALIYEVS = """
            {"format": "diplograph/facts@1",
             "source": {"id": "aliyevs"},
             "actors": [
               {"id": "AZE/heydar-aliyev", "kind": "official", "name": "Heydar Aliyev", "aliases": ["Aliyev"]},
               {"id": "AZE/ilham-aliyev", "kind": "official", "name": "Ilham Aliyev", "aliases": ["Aliyev", "Ilham Heydar oglu Aliyev"]}
             ],
             "meetings": [{"participants": ["AZE/heydar-aliyev", "AZE/ilham-aliyev"], "on": "2001", "precision": "year"}]}
            """;

    Driver driver;
    Diplograph graph;

    @BeforeAll
    void open(Driver driver) {
        this.driver = driver;
        this.graph = Diplograph.using(driver);
    }

    @BeforeEach
    void empty() {
        GraphDump.clear(driver);
    }

    @Test
    void writingTheSameFactSetTwiceChangesNothing() {
        FactSet a = FactSetJson.parse(SOURCE_A, "a.json");
        graph.writer().write(a);
        List<String> once = GraphDump.lines(driver);
        WriteSummary again = graph.writer().write(a);
        assertThat(GraphDump.lines(driver)).isEqualTo(once);
        assertThat(again.meetingPairs()).isEqualTo(1);
        assertThat(graph.summary().officials()).isEqualTo(2);
        assertThat(graph.summary().meetings()).isEqualTo(1);
    }

    @Test
    void twoSourcesOfOneMeetingAreOneEdgeWithBothSourcesAndBothSpellingsOneNode() {
        graph.writer().write(FactSetJson.parse(SOURCE_A, "a.json"));
        WriteSummary b = graph.writer().write(FactSetJson.parse(SOURCE_B, "b.json"));

        assertThat(b.merges()).extracting(m -> m.incoming().value() + "=" + m.known().value())
                .containsExactlyInAnyOrder("AZE/najmeddin-sadikhov=AZE/najmeddin-sadikov",
                        "RUS/valeriy-gerasimov=RUS/valery-gerasimov");
        Map<String, Object> sadikov = GraphDump.one(driver,
                "MATCH (a:Actor {id: 'AZE/najmeddin-sadikov'}) RETURN a.aliases AS aliases, a.mergedIds AS ids, a.merges AS merges", Map.of());
        assertThat((List<Object>) sadikov.get("aliases")).contains("Najmeddin Sadikov", "Najmeddin Sadikhov");
        assertThat((List<Object>) sadikov.get("ids")).containsExactly("AZE/najmeddin-sadikhov");
        assertThat((List<Object>) sadikov.get("merges")).singleElement().asString()
                .contains("folded-full-name").contains("source-b");

        Map<String, Object> edge = GraphDump.one(driver, """
                MATCH (:Official {id: 'AZE/najmeddin-sadikov'})-[m:MET_WITH]-(:Official {id: 'RUS/valery-gerasimov'})
                RETURN count(m) AS edges, collect(m.sources)[0] AS sources, collect(m.evidence)[0] AS evidence""", Map.of());
        assertThat(edge.get("edges")).isEqualTo(1L);
        assertThat((List<Object>) edge.get("sources")).containsExactly("source-a", "source-b");
        assertThat((List<Object>) edge.get("evidence")).hasSize(2);
        assertThat(graph.summary().officials()).isEqualTo(2);
        assertThat(graph.summary().partnerships()).isEqualTo(1);
    }

    @Test
    void oneBatchResolvesSpellingsAcrossItsFactSetsLikeSeparateWritesDo() {
        graph.writer().write(FactSetJson.parse(SOURCE_A, "a.json"));
        graph.writer().write(FactSetJson.parse(SOURCE_B, "b.json"));
        List<String> separately = GraphDump.lines(driver);
        GraphDump.clear(driver);

        graph.writer().writeAll(List.of(FactSetJson.parse(SOURCE_A, "a.json"), FactSetJson.parse(SOURCE_B, "b.json")));
        assertThat(GraphDump.lines(driver)).isEqualTo(separately);
    }

    @Test
    void peopleWhoShareASurnameStayTwo() {
        graph.writer().write(FactSetJson.parse(ALIYEVS, "aliyevs.json"));
        assertThat(graph.summary().officials()).isEqualTo(2);
        assertThat(graph.summary().meetings()).isEqualTo(1);
    }

    @Test
    void aFactSetWithOneBadFactWritesNothingAndNamesThePlace() {
        graph.writer().write(FactSetJson.parse(SOURCE_A, "a.json"));
        List<String> before = GraphDump.lines(driver);

        String lastMeetingUnknown = SOURCE_B.replace("\"AZE/najmeddin-sadikhov\"], \"on\"", "\"AZE/someone-else\"], \"on\"");
        assertThatThrownBy(() -> graph.writer().write(FactSetJson.parse(lastMeetingUnknown, "b.json")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("b.json, $.meetings[0].participants[1]: \"AZE/someone-else\" is not declared");

        // Valid on its own, but it contradicts the graph: everything before the clash is rolled back.
        String contradicts = SOURCE_B.replace("{\"id\": \"RUS\", \"kind\": \"country\", \"name\": \"Russia\"}",
                "{\"id\": \"RUS\", \"kind\": \"country\", \"name\": \"Russia\"},"
                        + " {\"id\": \"AZE/general-staff\", \"kind\": \"official\", \"name\": \"General Staff\"}");
        assertThatThrownBy(() -> graph.writer().write(FactSetJson.parse(contradicts, "c.json")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("\"AZE/general-staff\" is a ministry in the graph");
        assertThat(GraphDump.lines(driver)).isEqualTo(before);
    }

    @Test
    void hostileNamesAreStoredAsPlainText() {
        String hostile = "Valery'}) DETACH DELETE n // \\\" \\\\ $param `tick` MATCH (x) SET x.owned = true";
        graph.writer().write(FactSetJson.parse(SOURCE_A.replace("\"Valery Gerasimov\"", "\"" + hostile + "\""), "h.json"));
        Map<String, Object> row = GraphDump.one(driver,
                "MATCH (a:Actor {id: 'RUS/valery-gerasimov'}) RETURN a.name AS name, count { MATCH (n) WHERE n.owned } AS owned",
                Map.of());
        assertThat(row.get("name")).isEqualTo("Valery'}) DETACH DELETE n // \" \\ $param `tick` MATCH (x) SET x.owned = true");
        assertThat(row.get("owned")).isEqualTo(0L);
        assertThat(graph.summary().officials()).isEqualTo(2);
    }

    @Test
    void smallBatchesWriteTheSameGraphAsOneBigOne() {
        List<FactSet> corpus = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            corpus.add(FactSetJson.parse(SOURCE_A.replace("source-a", "source-a-" + i)
                    .replace("2020-02-06", "2020-02-" + String.format("%02d", 1 + i % 28)), "a.json"));
        }
        Diplograph.using(driver, DiplographConfig.builder().batchFacts(1_000_000).build()).writer().writeAll(corpus);
        List<String> oneBatch = GraphDump.lines(driver);
        GraphDump.clear(driver);

        List<Long> batches = new ArrayList<>();
        WriteSummary summary = Diplograph.using(driver, DiplographConfig.builder().batchFacts(7).build()).writer()
                .writeAll(corpus.iterator(), total -> batches.add(total.factSets()));
        assertThat(GraphDump.lines(driver)).isEqualTo(oneBatch);
        assertThat(batches).hasSizeGreaterThan(5).isSorted().last().isEqualTo(30L);
        assertThat(summary.meetingPairs()).isEqualTo(30);
        assertThat(graph.summary().meetings()).isEqualTo(28);
    }

    @Test
    void reportsOfOneEdgeInOneBatchWriteWhatTheyWriteOneByOne() {
        // A batch writes each edge once, with all its reports' sources, sentences and dates (EdgeRows):
        // ties between dates of different precision, missing dates, places and sentences, and titles
        // that fold to one key must come out as when each report is its own transaction.
        String[] from = {null, "2018-01", "2018", "2018-01-01", "2017-12", "2019", "2017-12-01"};
        String[] to = {null, "2021", "2021-12", "2021-12-31", "2022-01", null};
        String[] since = {null, "2010", "2009-05", "2009", "2009-05-01"};
        String[] place = {null, null, "Baku", "Ganja"};
        String[] evidence = {null, "They met.", "They talked.", "They met."};
        List<FactSet> reports = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            reports.add(FactSetJson.parse("""
                    {"format": "diplograph/facts@1", "source": {"id": "report-%d"},
                     "actors": [
                       {"id": "AZE/najmeddin-sadikov", "kind": "official", "name": "Najmeddin Sadikov"},
                       {"id": "RUS/valery-gerasimov", "kind": "official", "name": "Valery Gerasimov"},
                       {"id": "AZE/general-staff", "kind": "ministry", "name": "General Staff of Azerbaijan"},
                       {"id": "AZE", "kind": "country", "name": "Azerbaijan"},
                       {"id": "RUS", "kind": "country", "name": "Russia"},
                       {"id": "CSTO", "kind": "alliance", "name": "Collective Security Treaty Organization"}
                     ],
                     "represents": [{"who": "AZE/najmeddin-sadikov", "body": "AZE/general-staff", "title": "%s"%s%s%s}],
                     "meetings": [{"participants": ["AZE/najmeddin-sadikov", "RUS/valery-gerasimov"], "on": "2020-02-06",
                                   "precision": "day"%s%s}],
                     "partnerships": [{"between": ["RUS", "AZE"], "kind": "strategic partnership"%s%s}],
                     "memberships": [{"member": "RUS", "alliance": "CSTO"%s%s%s}]}
                    """.formatted(i, i % 2 == 0 ? "Chief of the General Staff" : "chief of the general staff",
                    field("from", from[i % from.length]), field("to", to[i % to.length]), field("evidence", evidence[i % evidence.length]),
                    field("place", place[i % place.length]), field("evidence", evidence[(i + 1) % evidence.length]),
                    field("since", since[i % since.length]), field("evidence", evidence[(i + 2) % evidence.length]),
                    field("since", since[(i + 3) % since.length]), field("to", to[(i + 1) % to.length]),
                    field("evidence", evidence[(i + 3) % evidence.length])), "report-" + i + ".json"));
        }
        Diplograph.using(driver, DiplographConfig.builder().batchFacts(1).build()).writer().writeAll(reports);
        List<String> oneByOne = GraphDump.lines(driver);
        GraphDump.clear(driver);

        GraphWriter oneBatch = Diplograph.using(driver, DiplographConfig.builder().batchFacts(1_000).build()).writer();
        WriteSummary summary = oneBatch.writeAll(reports);
        assertThat(GraphDump.lines(driver)).isEqualTo(oneByOne);
        assertThat(summary.roles()).isEqualTo(24);
        assertThat(summary.meetingPairs()).isEqualTo(24);
        assertThat(summary.partnerships()).isEqualTo(24);
        assertThat(summary.memberships()).isEqualTo(24);
        // Again, now that every source is in the graph: the lists are checked for repeats and stay as they are.
        oneBatch.writeAll(reports);
        assertThat(GraphDump.lines(driver)).isEqualTo(oneByOne);
        Map<String, Object> role = GraphDump.one(driver,
                "MATCH (:Official)-[r:REPRESENTS]->(:Ministry) RETURN r.title AS title, r.from AS from, r.fromPrecision AS precision, size(r.sources) AS sources",
                Map.of());
        assertThat(role).containsEntry("title", "Chief of the General Staff").containsEntry("precision", "month")
                .containsEntry("from", java.time.LocalDate.of(2017, 12, 1)).containsEntry("sources", 24L);
    }

    private static String field(String name, String value) {
        return value == null ? "" : ", \"" + name + "\": \"" + value + "\"";
    }

    @Test
    void anActorDeletedByAnotherClientDuringALoadIsWrittenAgainNotLost() {
        // Later batches of one writeAll do not look up actors an earlier batch saw; when another client
        // deletes one in between, the statements that need it match fewer rows, and the batch is written
        // again after looking every actor up.
        List<FactSet> corpus = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            corpus.add(FactSetJson.parse(SOURCE_A.replace("source-a", "source-a-" + i)
                    .replace("2020-02-06", "2020-02-0" + (1 + i)), "a.json"));
        }
        List<Long> batches = new ArrayList<>();
        WriteSummary summary = Diplograph.using(driver, DiplographConfig.builder().batchFacts(5).build()).writer()
                .writeAll(corpus.iterator(), total -> {
                    batches.add(total.factSets());
                    if (batches.size() == 1) {
                        try (var session = driver.session()) {
                            session.run("MATCH (a:Actor {id: 'RUS/valery-gerasimov'}) DETACH DELETE a").consume();
                        }
                    }
                });

        assertThat(batches).hasSize(4);
        assertThat(summary.meetingPairs()).isEqualTo(4);
        // Gerasimov is back with the three meetings and sources written after the deletion.
        Map<String, Object> gerasimov = GraphDump.one(driver, """
                MATCH (g:Actor {id: 'RUS/valery-gerasimov'})
                RETURN g.sources AS sources, COUNT { (g)-[:MET_WITH]-() } AS meetings""", Map.of());
        assertThat((List<Object>) gerasimov.get("sources")).containsExactly("source-a-1", "source-a-2", "source-a-3");
        assertThat(gerasimov.get("meetings")).isEqualTo(3L);
        assertThat(graph.summary().meetings()).isEqualTo(3);
    }

    @Test
    void openingAGraphAgainKeepsTheSchema() {
        Diplograph.using(driver);
        Diplograph.using(driver);
        Map<String, Object> schema = GraphDump.one(driver,
                "SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names", Map.of());
        assertThat((List<Object>) schema.get("names")).contains("actor_id_unique", "source_id_unique");
    }
}
