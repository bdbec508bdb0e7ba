package org.diplograph.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.diplograph.cypher.GraphDump;
import org.diplograph.cypher.embedded.EmbeddedNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** {@code diplograph import}: the first load of an empty database gives ingest's graph, and refuses anything else. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportCommandIT {

    static final Path SAMPLE = Cli.SAMPLE;

    Path tmp;
    Path ingested;
    List<String> ingestedDump;

    @BeforeAll
    void ingestTheSample(@TempDir Path dir) {
        tmp = dir;
        ingested = tmp.resolve("ingested");
        Cli.Run ingest = Cli.run("ingest", SAMPLE.toString(), "--db", ingested.toString());
        assertThat(ingest.code()).as(ingest.err()).isZero();
        ingestedDump = dump(ingested);
    }

    static List<String> dump(Path db) {
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(db, 0)) {
            return GraphDump.lines(neo4j.driver());
        }
    }

    @Test
    @DisplayName("import of the sample corpus (FactSets and articles) gives the graph ingest gives, line by line")
    void importGivesTheIngestGraph() {
        Path db = tmp.resolve("imported");
        Cli.Run imported = Cli.run("import", SAMPLE.toString(), "--db", db.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("Imported 9 files into ").contains("9 FactSets");
        assertThat(ingestedDump).isNotEmpty();
        assertThat(dump(db)).containsExactlyElementsOf(ingestedDump);

        Cli.Run query = Cli.run("query", "meetings-between", "--a", "AZE", "--b", "RUS", "--db", db.toString(), "--format", "json");
        assertThat(query.code()).as(query.err()).isZero();
        assertThat(query.out()).contains("\"date\" : \"2020-02-06\"", "\"place\" : \"Baku\"");
    }

    @Test
    @DisplayName("a database that already holds data is refused with one line, and left as it was")
    void aDatabaseWithDataIsRefused() {
        Cli.Run refused = Cli.run("import", SAMPLE.toString(), "--db", ingested.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).startsWith("diplograph: The database in").contains("already holds a graph", "ingest")
                .doesNotContain("\tat ");
        assertThat(refused.err().lines()).hasSize(1);
        assertThat(dump(ingested)).containsExactlyElementsOf(ingestedDump);
    }

    @Test
    @DisplayName("bad input is refused with file and JSON path before anything is written")
    void badInputWritesNothing() throws IOException {
        Path input = Files.createDirectories(tmp.resolve("bad-input"));
        Files.copy(SAMPLE.resolve("ankara-2020-07.json"), input.resolve("a-good.json"));
        String good = Files.readString(SAMPLE.resolve("baku-2020-02-11.json"));
        Files.writeString(input.resolve("b-bad.json"), good.replace("\"2020-02-06\", \"precision\": \"day\", \"place\": \"Baku\", \"evidence\": \"Later",
                "\"2020-02-30\", \"precision\": \"day\", \"place\": \"Baku\", \"evidence\": \"Later"));
        Path db = tmp.resolve("never-written");
        Cli.Run refused = Cli.run("import", input.toString(), "--db", db.toString());
        assertThat(refused.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(refused.err()).contains("b-bad.json", "$.meetings[1].on", "2020-02-30", "Nothing was imported")
                .doesNotContain("\tat ");
        assertThat(db.resolve("data/databases/neo4j")).doesNotExist();
    }
}
