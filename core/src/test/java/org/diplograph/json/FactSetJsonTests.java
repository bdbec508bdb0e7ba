package org.diplograph.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.diplograph.InvalidInputException;
import org.diplograph.model.ActorId;
import org.diplograph.model.DatePrecision;
import org.diplograph.model.FactSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FactSetJsonTests {

    static final String VALID = """
            {
              "format": "diplograph/facts@1",
              "source": {"id": "s-1", "title": "Two generals", "publisher": null, "url": null, "published": "2020-02-11"},
              "actors": [
                {"id": "AZE/najmeddin-sadikov", "kind": "official", "name": "Najmeddin Sadikov", "aliases": ["Sadikhov"], "rank": "Colonel General"},
                {"id": "RUS/valery-gerasimov", "kind": "official", "name": "Valery Gerasimov"},
                {"id": "AZE/ministry-of-defense", "kind": "ministry", "name": "Ministry of Defense"},
                {"id": "AZE", "kind": "country", "name": "Azerbaijan"},
                {"id": "RUS", "kind": "country", "name": "Russia"},
                {"id": "NATO", "kind": "alliance", "name": "NATO"}
              ],
              "represents": [{"who": "AZE/najmeddin-sadikov", "body": "AZE/ministry-of-defense", "title": "Deputy Minister", "from": "2018", "to": null}],
              "meetings": [{"participants": ["AZE/najmeddin-sadikov", "RUS/valery-gerasimov"], "on": "2020-02-06", "precision": "day", "place": "Baku", "evidence": "They met."}],
              "partnerships": [{"between": ["AZE", "RUS"], "kind": "strategic partnership", "since": null, "evidence": "Partners."}],
              "memberships": []
            }
            """;

    @TempDir
    Path dir;

    @Test
    void readsEveryPartOfTheFormat() {
        FactSet facts = FactSetJson.parse(VALID, "valid.json");
        assertThat(facts.source().id()).isEqualTo("s-1");
        assertThat(facts.actors()).hasSize(6);
        assertThat(facts.actor(ActorId.of("AZE/najmeddin-sadikov")).orElseThrow().aliases()).containsExactly("Sadikhov");
        assertThat(facts.meetings().get(0).on().precision()).isEqualTo(DatePrecision.DAY);
        assertThat(facts.represents().get(0).from().precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(facts.partnerships().get(0).kind()).isEqualTo("strategic partnership");
    }

    @Test
    void writingAndReadingAgainGivesTheSameFactSet() {
        FactSet facts = FactSetJson.parse(VALID, null);
        assertThat(FactSetJson.parse(FactSetJson.write(facts), null)).isEqualTo(facts);
        assertThat(FactSetJson.parse(FactSetJson.writeLine(facts), null)).isEqualTo(facts);
        assertThat(FactSetJson.writeLine(facts)).doesNotContain("\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown field         | "memberships": []                          | "memberships": [], "extra": 1                          | $.extra                       | "extra" is not a field
            unknown nested field  | "name": "Azerbaijan"}                      | "name": "Azerbaijan", "capital": "Baku"}               | $.actors[3].capital           | "capital" is not a field
            impossible date       | "on": "2020-02-06"                         | "on": "2020-02-30"                                     | $.meetings[0].on              | not a real date
            precision mismatch    | "precision": "day"                         | "precision": "month"                                   | $.meetings[0].on              | precision says month
            wrong type            | "place": "Baku"                            | "place": 42                                            | $.meetings[0].place           | expected a string
            undeclared actor      | "RUS/valery-gerasimov"], "on"              | "RUS/sergey-shoigu"], "on"                             | $.meetings[0].participants[1] | not declared in "actors"
            wrong kind            | "body": "AZE/ministry-of-defense"          | "body": "RUS/valery-gerasimov"                         | $.represents[0].body          | cannot be represented
            bad id                | "id": "AZE", "kind"                        | "id": "Azerbaijan", "kind"                             | $.actors[3].id                | is not an actor id
            bad format            | diplograph/facts@1                         | diplograph/facts@9                                     | $.format                      | not a format this version reads
            role dates reversed   | "from": "2018", "to": null                 | "from": "2018", "to": "2017-05"                        | $.represents[0]               | is after its "to"
            one participant       | "RUS/valery-gerasimov"], "on"              | "AZE/najmeddin-sadikov"], "on"                         | $.meetings[0]                 | two distinct participants
            """)
    void namesThePlaceOfEachError(String what, String find, String replace, String path, String problem) {
        String broken = VALID.replace(find, replace);
        assertThat(broken).isNotEqualTo(VALID);
        assertThatThrownBy(() -> FactSetJson.parse(broken, "broken.json"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.path()).contains(path);
                    assertThat(e.file()).contains("broken.json");
                    assertThat(e.getMessage()).contains(problem).startsWith("broken.json");
                });
    }

    @Test
    void malformedJsonNamesTheLine() {
        String truncated = VALID.substring(0, VALID.indexOf("\"meetings\""));
        assertThatThrownBy(() -> FactSetJson.parse(truncated, "cut.json"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.line()).isPresent();
                    assertThat(e.getMessage()).startsWith("cut.json, line");
                });
    }

    @Test
    void duplicateKeysAreAnError() {
        String doubled = VALID.replace("\"place\": \"Baku\"", "\"place\": \"Baku\", \"place\": \"Moscow\"");
        assertThatThrownBy(() -> FactSetJson.parse(doubled, "dup.json")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("place");
    }

    @Test
    void jsonLinesStreamFactSetsAndNameTheLineOfABadOne() throws IOException {
        String line = FactSetJson.writeLine(FactSetJson.parse(VALID, null));
        Path file = dir.resolve("corpus.jsonl");
        Files.writeString(file, line + "\n\n" + line.replace("s-1", "s-2") + "\n" + line.replace("2020-02-06", "2020-02-31") + "\n");
        try (FactSetReader reader = FactSetJson.open(file)) {
            assertThat(reader.next().source().id()).isEqualTo("s-1");
            assertThat(reader.next().source().id()).isEqualTo("s-2");
            assertThat(reader.line()).isEqualTo(3);
            assertThatThrownBy(reader::next).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                assertThat(e.line()).contains(4);
                assertThat(e.path()).contains("$.meetings[0].on");
                assertThat(e.getMessage()).startsWith(file + ", line 4, $.meetings[0].on:");
            });
        }
    }

    @Test
    void aJsonFileMayHoldAnArrayOfFactSets() throws IOException {
        Path file = dir.resolve("two.json");
        Files.writeString(file, "[" + VALID + ",\n" + VALID.replace("s-1", "s-2") + "]");
        assertThat(FactSetJson.readAll(file)).extracting(f -> f.source().id()).containsExactly("s-1", "s-2");
    }

    @Test
    void emptyAndBinaryFilesAreClearErrors() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
        assertThatThrownBy(() -> FactSetJson.readAll(empty)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("holds no FactSet");
        Path emptyJson = Files.writeString(dir.resolve("empty.json"), "  \n");
        assertThatThrownBy(() -> FactSetJson.readAll(emptyJson)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("holds no FactSet");
        Path binary = Files.write(dir.resolve("binary.jsonl"), new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, 0x00, 0x10});
        assertThatThrownBy(() -> FactSetJson.readAll(binary)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not valid UTF-8").hasMessageContaining("line 1");
        Path latin1 = Files.write(dir.resolve("latin1.json"), VALID.replace("Baku", "Bakü").getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> FactSetJson.readAll(latin1)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("latin1.json");
    }

    @Test
    void deepNestingAndHugeStringsAreRefused() {
        String deep = VALID.replace("\"memberships\": []", "\"memberships\": " + "[".repeat(5000) + "]".repeat(5000));
        assertThatThrownBy(() -> FactSetJson.parse(deep, "deep.json")).isInstanceOf(InvalidInputException.class);
        String huge = VALID.replace("They met.", "x".repeat(30_000));
        assertThatThrownBy(() -> FactSetJson.parse(huge, "huge.json")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("$.meetings[0]").hasMessageContaining("at most");
    }

    @Test
    void hostileStringsAreKeptAsPlainText() {
        String name = "Robert'); DROP \\\"x\\\" }) DETACH DELETE n //";
        FactSet facts = FactSetJson.parse(VALID.replace("Valery Gerasimov", name), null);
        assertThat(facts.actor(ActorId.of("RUS/valery-gerasimov")).orElseThrow().name())
                .isEqualTo("Robert'); DROP \"x\" }) DETACH DELETE n //");
        assertThat(List.of(FactSetJson.writeLine(facts))).allSatisfy(json ->
                assertThat(FactSetJson.parse(json, null)).isEqualTo(facts));
    }
}
