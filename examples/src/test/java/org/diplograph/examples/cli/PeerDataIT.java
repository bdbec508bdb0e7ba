package org.diplograph.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tech.followthemoney.entity.ValueEntity;
import tech.followthemoney.model.Model;

/**
 * Peers' data in the graph, through the command line: the Phoenix excerpt, then ICEWS, GDELT and POLECAT rows and a
 * FollowTheMoney PEP extract, all ingested into one database. Meetings get their sources and their sides on the day,
 * the dictionary's dated roles answer {@code roles-on} and place ICEWS's officials on a side by date, {@code import
 * --from} gives the graph {@code ingest --from} gives, and {@code export --format ftm} reads back into the same meetings.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeerDataIT {

    static final Path PEERS = PeerFormatsIT.PEERS;
    static final ObjectMapper JSON = new ObjectMapper();

    Path tmp;
    String db;

    @BeforeAll
    void ingest(@TempDir Path dir) {
        tmp = dir;
        db = dir.resolve("graph").toString();
        for (String[] input : new String[][] {{"phoenix", "phoenix/phoenix-excerpt.actors.txt"}, {"icews", "icews/icews-sample.tsv"},
                {"gdelt", "gdelt/20170502-sample.export.CSV"}, {"polecat", "polecat/polecat-sample.tsv"}, {"ftm", "ftm/peps-sample.ftm.json"}}) {
            Cli.Run run = Cli.run("ingest", "--from", input[0], PEERS.resolve(input[1]).toString(), "--db", db);
            assertThat(run.code()).as(run.err()).isZero();
            assertThat(run.out()).startsWith("Ingested 1 of 1 files: ");
            assertThat(run.err()).contains(PEERS.resolve(input[1]) + " (" + input[0] + "): ");
        }
    }

    static JsonNode json(Cli.Run run) {
        assertThat(run.code()).as(run.err()).isZero();
        try {
            return JSON.readTree(run.out());
        } catch (IOException e) {
            throw new AssertionError(run.out(), e);
        }
    }

    static List<String> texts(JsonNode rows, String format) {
        List<String> texts = new ArrayList<>();
        rows.forEach(r -> texts.add(format.formatted(
                r.at("/meeting/counterpart/name").asText(r.at("/counterpart/name").asText(r.at("/body/id").asText())),
                r.at("/meeting/date").asText(r.at("/date").asText(r.at("/role/title").asText())),
                r.at("/meeting/sources").toString().equals("") ? r.at("/sources").toString() : r.at("/meeting/sources").toString())));
        return texts;
    }

    static List<String> roles(Cli.Run run) {
        List<String> roles = new ArrayList<>();
        json(run).forEach(r -> roles.add(r.at("/body/id").asText() + " " + r.at("/title").asText() + " " + r.at("/from").asText()
                + " " + r.at("/fromPrecision").asText() + ".." + r.at("/to").asText() + " " + r.at("/toPrecision").asText()));
        return roles;
    }

    @Test
    @DisplayName("one meeting, coded three times in one story and again in another: one MET_WITH edge listing both stories")
    void oneEdgeWithEverySource() {
        JsonNode meetings = json(Cli.run("query", "meetings-of", "--official", "Sergey Lavrov", "--db", db, "--format", "json"));
        assertThat(texts(meetings, "%s %s %s")).contains(
                "Yang Jiechi 2010-01-20 [\"icews:44001001\",\"icews:44001077\"]",
                "Hillary Clinton 2010-03-18 [\"icews:44002010\"]");
        JsonNode merkel = json(Cli.run("query", "meetings-of", "--official", "Angela Merkel", "--db", db, "--format", "json"));
        assertThat(merkel).singleElement().satisfies(m -> {
            assertThat(m.at("/counterpart/id").asText()).isEqualTo("RUS/vladimir-putin");
            assertThat(m.at("/place").asText()).isEqualTo("Sochi, Krasnodar, Russia");
            assertThat(m.at("/sources")).hasSize(2).allSatisfy(s -> assertThat(s.asText()).startsWith("gdelt:"));
        });
    }

    @Test
    @DisplayName("a meeting's sides are roles on its day: the ministry the row names, held that day only")
    void sidesOnTheDay() {
        JsonNode on = json(Cli.run("query", "roles-on", "--official", "Yang Jiechi", "--date", "2010-01-20", "--db", db, "--format", "json"));
        assertThat(texts(on, "%s")).contains("CHN/ministry-of-foreign-affairs", "CHN");
        JsonNode after = json(Cli.run("query", "roles-on", "--official", "Yang Jiechi", "--date", "2010-01-21", "--db", db, "--format", "json"));
        assertThat(texts(after, "%s")).containsExactly("CHN").as("the day after, only the dictionary's role");
        JsonNode secretaries = json(Cli.run("query", "meetings-between", "--a", "RUS/ministry-of-foreign-affairs", "--b", "USA/department-of-state",
                "--db", db, "--format", "json"));
        // Clinton's side from ICEWS's sectors on the day; Blinken's from POLECAT's title and the PEP extract's occupancy
        assertThat(texts(secretaries, "%s %s")).containsExactly("Hillary Clinton 2010-03-18", "Antony Blinken 2023-03-02");
    }

    @Test
    @DisplayName("roles-on answers from the dictionary: Lavrov was Foreign Minister on 2010-01-01, no longer ambassador to the UN")
    void rolesOnFromTheDictionary() {
        Cli.Run run = Cli.run("query", "roles-on", "--official", "Lavrov", "--date", "2010-01-01", "--db", db);
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Sergey Lavrov", "Foreign Minister", "2004-03-09", "phoenix:phoenix-excerpt-actors")
                .doesNotContain("Amb. to UN");
        Cli.Run before = Cli.run("query", "roles-on", "--official", "Lavrov", "--date", "2000-01-01", "--db", db);
        assertThat(before.out()).contains("Amb. to UN").doesNotContain("Foreign Minister");
    }

    @Test
    @DisplayName("ICEWS meetings get their sides by date from the dictionary: Golikova's 2010 meeting is her ministry's, her 2006 one is not")
    void sidesByDateFromTheDictionary() {
        JsonNode ministry = json(Cli.run("query", "meetings-between", "--a", "RUS/ministry-of-development", "--b", "CHN",
                "--db", db, "--format", "json"));
        assertThat(texts(ministry, "%s %s")).containsExactly("Chen Zhu 2010-04-07");
        assertThat(ministry.get(0).at("/viaA").toString()).isEqualTo("[\"RUS/ministry-of-development\"]");
        JsonNode russia = json(Cli.run("query", "meetings-between", "--a", "RUS", "--b", "CHN", "--db", db, "--format", "json"));
        assertThat(texts(russia, "%s %s")).contains("Chen Zhu 2010-04-07", "Jin Renqing 2006-06-14");
    }

    @Test
    @DisplayName("import --from gives the graph ingest --from gives")
    void importGivesTheIngestGraph() {
        Path icews = PEERS.resolve("icews/icews-sample.tsv");
        Path ingested = tmp.resolve("ingested");
        Path imported = tmp.resolve("imported");
        assertThat(Cli.run("ingest", "--from", "icews", icews.toString(), "--db", ingested.toString()).code()).isZero();
        Cli.Run run = Cli.run("import", "--from", "icews", icews.toString(), "--db", imported.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Imported 1 files into ").contains("6 FactSets");
        List<String> dump = ImportCommandIT.dump(ingested);
        assertThat(dump).anyMatch(l -> l.startsWith("edge MET_WITH"));
        assertThat(ImportCommandIT.dump(imported)).containsExactlyElementsOf(dump);
    }

    @Test
    @DisplayName("export --format ftm writes valid FollowTheMoney entities that read back into the same meetings and roles")
    void followTheMoneyRoundTrip() throws IOException, tech.followthemoney.exc.SchemaException {
        Path file = tmp.resolve("graph.ftm.json");
        Cli.Run export = Cli.run("export", "--format", "ftm", "--output", file.toString(), "--db", db);
        assertThat(export.code()).as(export.err()).isZero();
        Model model = Model.loadDefault();
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSizeGreaterThan(30);
        for (String line : lines) {
            ValueEntity entity = ValueEntity.fromJson(model, JSON.readTree(line));
            assertThat(entity.getSchema().getRequiredProperties()).allSatisfy(p -> assertThat(entity.getValues(p)).as(line).isNotEmpty());
        }
        String copy = tmp.resolve("from-ftm").toString();
        Cli.Run ingest = Cli.run("ingest", "--from", "ftm", file.toString(), "--db", copy);
        assertThat(ingest.code()).as(ingest.err()).isZero();
        for (String official : List.of("Sergey Lavrov", "Angela Merkel", "Tatyana Golikova")) {
            assertThat(Cli.run("query", "meetings-of", "--official", official, "--db", copy, "--format", "json").out())
                    .isEqualTo(Cli.run("query", "meetings-of", "--official", official, "--db", db, "--format", "json").out());
            // the roles come back with their bodies, titles and dates; their sources are the FtM file now
            assertThat(roles(Cli.run("query", "roles-of", "--official", official, "--db", copy, "--format", "json"))).as(official)
                    .isEqualTo(roles(Cli.run("query", "roles-of", "--official", official, "--db", db, "--format", "json")))
                    .isNotEmpty();
        }
    }
}
