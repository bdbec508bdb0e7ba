package org.diplograph.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code ./diplograph convert --from FORMAT}: the peers' real files bundled in {@code examples/peers/} give the counts
 * printed here (rows read, used, skipped by reason), bad rows are one line each and never stop a file, and a wrong
 * format is one line and exit code 3. No database: convert writes FactSet JSON Lines for review.
 */
class PeerFormatsIT {

    static final Path PEERS = Path.of("peers");

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            phoenix | phoenix/Phoenix.Countries.actors.txt.gz      | 18028 | Phoenix.Countries.actors.txt.gz (phoenix): 18,355 records read; 18,028 used: 18,028 officials, 20,554 roles in 18,028 FactSets; 327 skipped: 316 no dated code (not a person with dated roles), 9 no known country or organisation in its codes, 2 record without codes; left out of used records: 3,150 code: ELI is not an office, 1,960 undated code (the default), 60 code: no role code, 13 code: UNR is not an office, 10 code: OPP is not an office, 6 code: REB is not an office, 6 malformed date, 5 code: OCC is not an office, 4 empty or reversed dates, 2 code: no country in code, 1 code: INS is not an office, 1 code: SRP is not an office, 1 code: UNO is not an office; 52 defects reported by line.
            phoenix | phoenix/Phoenix.International.actors.txt.gz |   328 | Phoenix.International.actors.txt.gz (phoenix): 7,841 records read; 328 used: 328 officials, 336 roles in 328 FactSets; 7,513 skipped: 7,419 no dated code (not a person with dated roles), 91 no known country or organisation in its codes, 3 record without codes; left out of used records: 17 undated code (the default), 2 malformed code, 1 code: OPP is not an office, 1 code: organisation code not known, 1 malformed date; 28 defects reported by line.
            gdelt   | gdelt/events-2017-05-01-and-06-01.csv.gz     |     0 | events-2017-05-01-and-06-01.csv.gz (gdelt): 4,498 rows read; 0 used: 0 meetings, 0 officials, 0 roles in 0 FactSets; 4,498 skipped: 3,427 not a meeting, 1,034 not a named person on both sides, 37 telephone call.
            """)
    @DisplayName("the real files give these counts, printed on standard error; one FactSet per line on standard output")
    void countsOnTheRealFiles(String format, String file, int factSets, String summary) {
        Cli.Run run = Cli.run("convert", "--from", format, PEERS.resolve(file).toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err().lines().filter(l -> !l.startsWith("diplograph: "))).containsExactly(PEERS.resolve(file).getParent() + "/" + summary);
        assertThat(run.out().lines()).hasSize(factSets).allMatch(l -> l.startsWith("{\"format\":\"diplograph/facts@1\""));
    }

    @Test
    @DisplayName("defects of the real dictionary are one line each with file and line (the first 20), the rest counted")
    void dictionaryDefectsByLine() {
        Path file = PEERS.resolve("phoenix/Phoenix.Countries.actors.txt.gz");
        Cli.Run run = Cli.run("convert", "--from", "phoenix", file.toString());
        assertThat(run.err().lines().filter(l -> l.startsWith("diplograph: " + file + ", line "))).hasSize(20)
                .contains("diplograph: " + file + ", line 2039: \"[ARMUNR 9008223-911221]\": \"9008223-911221\" is not a date range "
                        + "(YYMMDD-YYMMDD, >YYMMDD or <YYMMDD, or the same with YYYYMMDD); the code is left out.");
        assertThat(run.err()).contains("diplograph: " + file + ": 32 more problems like these (the summary counts them all).");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            icews   | icews/icews-sample.tsv                 | 6 | 16 rows read; 9 used: 6 meetings, 12 officials, 12 roles in 6 FactSets; 7 skipped: 3 not a named person on both sides, 2 bad row, 1 not a meeting, 1 telephone call; 2 defects reported by line.
            polecat | polecat/polecat-sample.tsv             | 2 | 7 rows read; 4 used: 3 meetings, 5 officials, 5 roles in 2 FactSets; 3 skipped: 1 not a meeting, 1 not a named person on both sides, 1 telephone call.
            gdelt   | gdelt/20170502-sample.export.CSV       | 2 | 8 rows read; 4 used: 3 meetings, 6 officials, 6 roles in 2 FactSets; 4 skipped: 2 not a named person on both sides, 1 not a meeting, 1 telephone call.
            phoenix | phoenix/phoenix-excerpt.actors.txt     | 7 | 7 records read; 7 used: 7 officials, 9 roles in 7 FactSets; 0 skipped; left out of used records: 3 code: ELI is not an office, 2 undated code (the default); 4 defects reported by line.
            ftm     | ftm/peps-sample.ftm.json               | 4 | 17 entities read; 16 used: 1 meetings, 5 officials, 5 roles in 4 FactSets; 1 skipped: 1 body no position names.
            """)
    @DisplayName("each bundled sample of the README converts, with its summary")
    void samples(String format, String file, int factSets, String summary) {
        Cli.Run run = Cli.run("convert", "--from", format, PEERS.resolve(file).toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains(PEERS.resolve(file) + " (" + format + "): " + summary);
        assertThat(run.out().lines()).hasSize(factSets);
    }

    @Test
    @DisplayName("a bad row is one line with file and line number, and the rows after it are still read")
    void badRows() {
        Path file = PEERS.resolve("icews/icews-sample.tsv");
        Cli.Run run = Cli.run("convert", "--from", "icews", file.toString());
        assertThat(run.err().lines().filter(l -> l.startsWith("diplograph: "))).containsExactly(
                "diplograph: " + file + ", line 16: \"2010-02-30\" in Event Date is not a day (YYYY-MM-DD).",
                "diplograph: " + file + ", line 17: The row has 4 tab-separated columns; the header names 20.");
        assertThat(run.out()).contains("\"id\":\"icews:46001001\"").as("the row after the bad ones is read too");
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(delimiter = '|', textBlock = """
            icews   | gdelt/20170502-sample.export.CSV   | This is not an ICEWS events file
            gdelt   | icews/icews-sample.tsv             | This is not a GDELT events file: its first line has 20 tab-separated columns
            polecat | gdelt/20170502-sample.export.CSV   | This is not a POLECAT events file
            ftm     | icews/icews-sample.tsv             | This is not a FollowTheMoney file
            phoenix | ftm/peps-sample.ftm.json           | This is not a Phoenix actor dictionary
            """)
    @DisplayName("the wrong --from is one line naming the file, exit code 3, for convert, ingest and import")
    void wrongFormat(String format, String file, String message, @TempDir Path tmp) {
        for (String command : new String[] {"convert", "ingest", "import"}) {
            Cli.Run run = command.equals("convert") ? Cli.run(command, "--from", format, PEERS.resolve(file).toString())
                    : Cli.run(command, "--from", format, PEERS.resolve(file).toString(), "--db", tmp.resolve(command).toString());
            assertThat(run.code()).as(command + ": " + run.err()).isEqualTo(Main.BAD_INPUT);
            assertThat(run.err().lines().filter(l -> l.startsWith("diplograph: ")).toList()).singleElement().asString()
                    .startsWith("diplograph: " + PEERS.resolve(file)).contains(message, "--from").doesNotContain("\tat ");
        }
    }

    @Test
    @DisplayName("an unknown --from is one line listing the formats, exit code 3")
    void unknownFormat() {
        Cli.Run run = Cli.run("convert", "--from", "acled", PEERS.resolve("icews/icews-sample.tsv").toString());
        assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("diplograph: \"acled\" is not a format Diplograph reads; use --from icews, polecat, gdelt, phoenix, ftm.");
    }
}
