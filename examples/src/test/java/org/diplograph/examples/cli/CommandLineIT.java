package org.diplograph.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in this JVM against an embedded database in a temporary folder. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommandLineIT {

    static final Path SAMPLE = Cli.SAMPLE;

    Path tmp;
    Path db;

    static Cli.Run run(String... args) {
        return Cli.run(args);
    }

    @BeforeAll
    void ingestTheSample(@TempDir Path dir) {
        tmp = dir;
        db = tmp.resolve("graph");
        Cli.Run ingest = run("ingest", SAMPLE.toString(), "--db", db.toString());
        assertThat(ingest.code()).as(ingest.err()).isZero();
        assertThat(ingest.out()).contains("Ingested 9 of 9 files: 9 FactSets");
    }

    @Test
    void cypherAnswersAsCsv() {
        Cli.Run count = run("cypher", "MATCH (n:Official) RETURN count(n) AS n", "--db", db.toString(), "--format", "csv");
        assertThat(count.code()).as(count.err()).isZero();
        assertThat(count.out()).isEqualTo("n\n14\n");
    }

    @Test
    void cypherTakesParametersAndPrintsJson() {
        Cli.Run met = run("cypher", "MATCH (:Official {id: $id})-[m:MET_WITH]-(c) RETURN c.id AS id, m.on AS on ORDER BY id",
                "--param", "id=AZE/najmeddin-sadikov", "--db", db.toString(), "--format", "json");
        assertThat(met.code()).as(met.err()).isZero();
        assertThat(met.out()).contains("\"id\" : \"RUS/valery-gerasimov\"", "\"on\" : \"2020-02-06\"");
    }

    @Test
    void writingCypherIsRefusedAndWritesNothing() {
        for (String write : new String[] {"CREATE (n:Intruder) RETURN n", "MATCH (n) DETACH DELETE n",
                "MATCH (n:Official) SET n.name = 'x'", "CALL db.createLabel('Intruder')",
                "CREATE INDEX intruder FOR (n:Intruder) ON (n.x)"}) {
            Cli.Run refused = run("cypher", write, "--db", db.toString());
            assertThat(refused.code()).as(write).isEqualTo(Main.BAD_INPUT);
            assertThat(refused.err()).startsWith("diplograph: Only read-only Cypher").doesNotContain("\tat ");
        }
        Cli.Run count = run("cypher", "MATCH (n:Official) RETURN count(n) AS n", "--db", db.toString(), "--format", "csv");
        assertThat(count.out()).isEqualTo("n\n14\n");
    }

    @Test
    void aBadFileWritesNothingAndSaysWhereTheErrorIs() throws IOException {
        String good = Files.readString(SAMPLE.resolve("baku-2020-02-11.json"));
        Path bad = Files.writeString(tmp.resolve("bad.json"),
                good.replace("baku-2020-02-11\"", "bad-source\"").replace("\"2020-02-06\", \"precision\": \"day\", \"place\": \"Baku\", \"evidence\": \"Later",
                        "\"2020-02-30\", \"precision\": \"day\", \"place\": \"Baku\", \"evidence\": \"Later"));
        Cli.Run ingest = run("ingest", bad.toString(), "--db", db.toString());
        assertThat(ingest.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(ingest.err()).contains("bad.json", "$.meetings[1].on", "2020-02-30", "Nothing from this file was written")
                .doesNotContain("\tat ");
        Cli.Run sources = run("cypher", "MATCH (s:Source {id: 'bad-source'}) RETURN count(s) AS n", "--db", db.toString(), "--format", "csv");
        assertThat(sources.out()).isEqualTo("n\n0\n");
    }

    @Test
    void aServerThatDoesNotAnswerIsAClearErrorWithItsOwnExitCode() throws IOException {
        Path password = Files.writeString(tmp.resolve("password"), "secret\n");
        Cli.Run down = run("cypher", "RETURN 1", "--uri", "bolt://127.0.0.1:9", "--password-file", password.toString());
        assertThat(down.code()).isEqualTo(Main.UNAVAILABLE);
        assertThat(down.err()).startsWith("diplograph: Neo4j did not answer").doesNotContain("secret");
    }

    @Test
    void exportWritesEveryFormat() throws Exception {
        Path html = tmp.resolve("graph.html");
        Cli.Run page = run("export", "--format", "html", "--output", html.toString(), "--db", db.toString());
        assertThat(page.code()).as(page.err()).isZero();
        assertThat(page.err()).contains("Wrote 33 actors and 61 edges");
        assertThat(Files.readString(html)).contains("\"Najmeddin Sadikov\"", "vis.Network");

        Cli.Run graphml = run("export", "--format", "graphml", "--db", db.toString());
        assertThat(graphml.out()).startsWith("<?xml").contains("<node id=\"AZE/najmeddin-sadikov\">");
        Cli.Run dot = run("export", "--format", "dot", "--around", "RUS/valery-gerasimov", "--hops", "1",
                "--from", "2020-01-01", "--to", "2020-12-31", "--db", db.toString());
        assertThat(dot.out()).contains("\"AZE/najmeddin-sadikov\" -> \"RUS/valery-gerasimov\" [label=\"2020-02-06\"")
                .doesNotContain("TUR/hulusi-akar");
        Cli.Run timeline = run("export", "--format", "timeline", "--around", "AZE/najmeddin-sadikov", "--db", db.toString());
        assertThat(timeline.out()).contains("Meetings of Najmeddin Sadikov", "Valery Gerasimov", "2020-07");
        Cli.Run unknown = run("export", "--format", "dot", "--around", "XYZ/nobody", "--db", db.toString());
        assertThat(unknown.code()).isEqualTo(Main.NOT_FOUND);
    }

    @Test
    void datesAreShownAtThePrecisionTheFactsHaveInEveryFormat() {
        for (String format : new String[] {"table", "csv", "json"}) {
            Cli.Run counterparts = run("query", "counterparts", "--official", "Najmeddin Sadikov", "--db", db.toString(), "--format", format);
            assertThat(counterparts.code()).as(counterparts.err()).isZero();
            assertThat(counterparts.out()).as(format).contains("2020-07").doesNotContain("2020-07-01");
        }
        Cli.Run timeline = run("query", "timeline", "--actor", "Najmeddin Sadikov", "--db", db.toString(), "--format", "csv");
        assertThat(timeline.out()).contains("2020-07").doesNotContain("2020-07-01");
    }

    @Test
    void queryAnswersTheIssuesQuestionsByMethodName() {
        Cli.Run between = run("query", "meetings-between", "--a", "AZE", "--b", "RUS", "--db", db.toString(), "--format", "json");
        assertThat(between.code()).as(between.err()).isZero();
        assertThat(between.out()).contains("\"date\" : \"2020-02-06\"", "\"place\" : \"Baku\"",
                "\"baku-2020-02-11\"", "\"mod-russia-2020-02-06\"");

        Cli.Run brokers = run("query", "brokers", "--a", "RUS", "--b", "NATO", "--db", db.toString());
        assertThat(brokers.out()).contains("Najmeddin Sadikov").contains("rows)");

        Cli.Run chain = run("query", "shortest-chain", "--a", "Gerasimov", "--b", "Wolters", "--db", db.toString(), "--format", "csv");
        assertThat(chain.out().lines()).hasSize(3);
        assertThat(chain.out()).contains("Valery Gerasimov,Najmeddin Sadikov,2020-02-06").contains("Najmeddin Sadikov,Tod Wolters,2020-02-06");

        Cli.Run inside = run("query", "roles-on", "--official", "Tod Wolters", "--date", "2020-02-06", "--db", db.toString());
        Cli.Run outside = run("query", "roles-on", "--official", "Wolters", "--date", "2023-01-01", "--db", db.toString());
        assertThat(inside.out()).contains("Supreme Allied Commander Europe");
        assertThat(outside.out()).doesNotContain("Supreme Allied Commander Europe").contains("Commander");
    }

    @Test
    void queryMistakesAreOneLineErrorsWithTheirOwnExitCodes() {
        Cli.Run typo = run("query", "meetings-betwen", "--a", "AZE", "--b", "RUS", "--db", db.toString());
        assertThat(typo.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(typo.err()).contains("did you mean meetings-between").doesNotContain("\tat ");
        Cli.Run missing = run("query", "meetings-between", "--a", "AZE", "--db", db.toString());
        assertThat(missing.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(missing.err()).contains("needs --b");
        Cli.Run unknown = run("query", "meetings-of", "--official", "Sadikoff", "--db", db.toString());
        assertThat(unknown.code()).isEqualTo(Main.NOT_FOUND);
        assertThat(unknown.err()).startsWith("diplograph: No actor is called \"Sadikoff\"").contains("Sadikov");
        Cli.Run oneSide = run("query", "brokers", "--a", "RUS", "--b", "Russia", "--db", db.toString());
        assertThat(oneSide.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(oneSide.err()).contains("two different sides");
    }

    @Test
    void aCappedNeighbourhoodSaysSo() {
        Cli.Run capped = run("query", "neighbourhood", "--actor", "Sadikov", "--hops", "1", "--max-actors", "2", "--db", db.toString());
        assertThat(capped.code()).as(capped.err()).isZero();
        assertThat(capped.out()).contains("The nearest 2 actors only", "--max-actors");
        Cli.Run whole = run("query", "neighbourhood", "--actor", "Sadikov", "--hops", "1", "--db", db.toString());
        assertThat(whole.out()).doesNotContain("The nearest");
    }

    @Test
    void extractPrintsAReviewableFactSet() {
        Cli.Run extract = run("extract", SAMPLE.resolve("articles/brussels-2019-12-05.txt").toString());
        assertThat(extract.code()).as(extract.err()).isZero();
        assertThat(extract.out()).contains("\"format\" : \"diplograph/facts@1\"", "\"NATO/jens-stoltenberg\"",
                "\"AZE/ilham-aliyev\"", "\"on\" : \"2019-12-04\"", "\"rule\" : \"meeting:");
    }

    @Test
    void unknownCommandsAndOptionsAreUsageErrors() {
        assertThat(run("frobnicate").code()).isEqualTo(2);
        assertThat(run("cypher", "RETURN 1", "--password", "x").code()).isEqualTo(2);
    }
}
