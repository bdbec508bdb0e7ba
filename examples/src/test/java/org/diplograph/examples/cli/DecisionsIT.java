package org.diplograph.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analyst's decisions from the command line: {@code decide} records one in a decisions file, the next
 * {@code ingest --decisions} applies it; and an input whose ids name another kind of actor than the graph's
 * is refused whole.
 */
class DecisionsIT {

    static final String LJUBLJANA = """
            {"format": "diplograph/facts@1", "source": {"id": "ljubljana"},
             "actors": [{"id": "USA/george-w-bush", "kind": "official", "name": "George W. Bush"},
                        {"id": "RUS/vladimir-putin", "kind": "official", "name": "Vladimir Putin"}],
             "meetings": [{"participants": ["USA/george-w-bush", "RUS/vladimir-putin"], "on": "2001-06-16", "precision": "day",
                           "evidence": "Bush and Putin met in Ljubljana."}]}
            """;
    static final String MALTA = """
            {"format": "diplograph/facts@1", "source": {"id": "malta"},
             "actors": [{"id": "USA/george-bush", "kind": "official", "name": "George Bush"},
                        {"id": "SUN/mikhail-gorbachev", "kind": "official", "name": "Mikhail Gorbachev"}],
             "meetings": [{"participants": ["USA/george-bush", "SUN/mikhail-gorbachev"], "on": "1989-12-02", "precision": "day",
                           "evidence": "Bush and Gorbachev met off Malta."}]}
            """;

    @Test
    void decideThenIngestSplitsAWrongMerge(@TempDir Path dir) throws IOException {
        Path db = dir.resolve("graph");
        Files.writeString(dir.resolve("ljubljana.json"), LJUBLJANA);
        Files.writeString(dir.resolve("malta.json"), MALTA);
        assertThat(Cli.run("ingest", dir.resolve("ljubljana.json").toString(), dir.resolve("malta.json").toString(),
                "--db", db.toString()).out()).contains("1 spellings merged");

        Path decisions = dir.resolve("decisions.jsonl");
        Cli.Run decide = Cli.run("decide", "different", "USA/george-w-bush", "USA/george-bush", "--note", "Malta was the father",
                "--decisions", decisions.toString());
        assertThat(decide.code()).as(decide.err()).isZero();
        assertThat(Files.readString(decisions)).isEqualTo(
                "{\"different\":[\"USA/george-w-bush\",\"USA/george-bush\"],\"note\":\"Malta was the father\"}\n");

        Cli.Run apply = Cli.run("ingest", "--decisions", decisions.toString(), "--db", db.toString());
        assertThat(apply.code()).as(apply.err()).isZero();
        assertThat(apply.out()).contains("Applied 1 decisions from " + decisions + ": 0 actors merged, 1 split.");
        Cli.Run met = Cli.run("query", "meetings-of", "--official", "USA/george-bush", "--db", db.toString(), "--format", "csv");
        assertThat(met.out()).contains("Mikhail Gorbachev,1989-12-02").doesNotContain("Putin");

        Cli.Run unknown = Cli.run("decide", "maybe", "USA/a-b", "USA/c-d", "--decisions", decisions.toString());
        assertThat(unknown.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(unknown.err()).isEqualTo("diplograph: \"maybe\" is not a decision: say same or different.\n");
        Files.writeString(dir.resolve("bad-decisions.jsonl"), "{\"same\": [\"USA/george-w-bush\"]}\n");
        Cli.Run bad = Cli.run("ingest", "--decisions", dir.resolve("bad-decisions.jsonl").toString(), "--db", db.toString());
        assertThat(bad.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(bad.err()).contains("bad-decisions.jsonl, line 1, $.same: A decision names exactly two ids.");
    }

    @Test
    void anIdOfAnotherKindThanTheGraphsIsRefusedBeforeAnythingOfTheFileIsWritten(@TempDir Path dir) throws IOException {
        Path db = dir.resolve("graph");
        Files.writeString(dir.resolve("ljubljana.json"), LJUBLJANA);
        Cli.run("ingest", dir.resolve("ljubljana.json").toString(), "--db", db.toString());
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 10_050; i++) { // more than one batch of ingest (10,000): the conflict is in the second
            lines.append("{\"format\": \"diplograph/facts@1\", \"source\": {\"id\": \"s").append(i).append("\"}, \"actors\": [")
                    .append("{\"id\": \"USA/office-").append(i).append("\", \"kind\": \"ministry\", \"name\": \"Office ").append(i).append("\"}")
                    .append(i == 10_049 ? ", {\"id\": \"USA/george-w-bush\", \"kind\": \"ministry\", \"name\": \"Bush Office\"}" : "")
                    .append("]}\n");
        }
        Files.writeString(dir.resolve("offices.jsonl"), lines);

        Cli.Run ingest = Cli.run("ingest", dir.resolve("offices.jsonl").toString(), "--db", db.toString());

        assertThat(ingest.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(ingest.err()).contains("\"USA/george-w-bush\" is an official in the graph, but the input declares it a ministry;",
                "Nothing from this file was written.");
        Cli.Run count = Cli.run("cypher", "MATCH (m:Ministry) RETURN count(m) AS n", "--db", db.toString(), "--format", "csv");
        assertThat(count.out()).isEqualTo("n\n0\n");
    }
}
