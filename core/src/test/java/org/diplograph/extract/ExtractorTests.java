package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.diplograph.InvalidInputException;
import org.diplograph.json.FactSetJson;
import org.diplograph.model.ActorId;
import org.diplograph.model.FactSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExtractorTests {

    private static final Extractor EXTRACTOR = Extractor.withBuiltInGazetteer();

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} → {1}")
    @DisplayName("relative and partial dates resolve against the publication date 2020-02-11 (a Tuesday)")
    @CsvSource(delimiter = '|', textBlock = """
            On February 6, Defense Minister Zakir Hasanov of Azerbaijan met Defense Minister Hulusi Akar of Turkey.    | 2020-02-06
            Defense Minister Zakir Hasanov of Azerbaijan met Defense Minister Hulusi Akar of Turkey today.            | 2020-02-11
            Defense Minister Zakir Hasanov of Azerbaijan met Defense Minister Hulusi Akar of Turkey yesterday.        | 2020-02-10
            On Sunday, Defense Minister Zakir Hasanov of Azerbaijan met Defense Minister Hulusi Akar of Turkey.       | 2020-02-09
            Defense Minister Zakir Hasanov of Azerbaijan met Defense Minister Hulusi Akar of Turkey this week.        | 2020-02
            Defense Minister Zakir Hasanov of Azerbaijan met Defense Minister Hulusi Akar of Turkey in April.         | 2019-04
            Defense Minister Zakir Hasanov of Azerbaijan met Defense Minister Hulusi Akar of Turkey in 2018.         | 2018
            Defense Minister Zakir Hasanov of Azerbaijan met Defense Minister Hulusi Akar of Turkey on 7 September 17.| 2017-09-07
            Defense Minister Zakir Hasanov of Azerbaijan met Defense Minister Hulusi Akar of Turkey on 2019-12-30.    | 2019-12-30
            """)
    void dates(String sentence, String expected) {
        FactSet facts = EXTRACTOR.extract(sentence, "t", LocalDate.of(2020, 2, 11));
        assertThat(facts.meetings()).singleElement().satisfies(m -> assertThat(m.on()).hasToString(expected));
    }

    @Test
    @DisplayName("without a publication date, a date without its year stays unknown")
    void noPublicationDate() {
        FactSet facts = EXTRACTOR.extract("On February 6, Russian Defense Minister Sergei Shoigu met Turkish Defense Minister Hulusi Akar.", "t", null);
        assertThat(facts.meetings()).singleElement().satisfies(m -> assertThat(m.on()).isNull());
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("calls, future and hoped-for meetings are not meetings")
    @CsvSource(delimiter = '|', textBlock = """
            Russian Defense Minister Sergei Shoigu held a phone call with Turkish Defense Minister Hulusi Akar.
            Russian Defense Minister Sergei Shoigu will meet Turkish Defense Minister Hulusi Akar tomorrow.
            Russian Defense Minister Sergei Shoigu is expected to hold talks with Turkish Defense Minister Hulusi Akar.
            Russian Defense Minister Sergei Shoigu met Turkish Defense Minister Hulusi Akar by video link.
            Russian Defense Minister Sergei Shoigu hopes for a meeting with Turkish Defense Minister Hulusi Akar.
            """)
    void notMeetings(String sentence) {
        assertThat(EXTRACTOR.extract(sentence, "t", LocalDate.of(2020, 2, 11)).meetings()).isEmpty();
    }

    @Test
    @DisplayName("a place told of another time is not the meeting's, the place it is told of is, and so is the country a visit went to")
    void placeOfAnotherTime() {
        FactSet facts = EXTRACTOR.extract("Talks\n\nChinese President Xi Jinping held talks with Russian President Vladimir Putin in Astana on "
                + "Wednesday, their second meeting this year after Putin's state visit to Beijing in May.", "t", LocalDate.of(2024, 7, 4));
        assertThat(facts.meetings()).singleElement().satisfies(m -> assertThat(m.place()).isEqualTo("Astana"));
        facts = EXTRACTOR.extract("Talks\n\nChinese President Xi Jinping held talks with Russian President Vladimir Putin on Wednesday, "
                + "their second meeting this year after Putin's state visit to Beijing in May.", "t", LocalDate.of(2024, 7, 4));
        assertThat(facts.meetings()).singleElement().satisfies(m -> assertThat(m.place()).isNull());
        facts = EXTRACTOR.extract("Talks\n\nDuring his visit to Japan on Wednesday, Indian External Affairs Minister Ravi Kumar "
                + "called on Japanese Prime Minister Taro Sato.", "t", LocalDate.of(2024, 3, 6));
        assertThat(facts.meetings()).singleElement().satisfies(m -> assertThat(m.place()).isEqualTo("Japan"));
    }

    @Test
    @DisplayName("a user gazetteer's role holder resolves a bare title on the day")
    void roleHolder() throws IOException {
        Path gazetteer = dir.resolve("g.json");
        Files.writeString(gazetteer, """
                {"roles": [{"title": "SACEUR", "body": "NATO/shape", "holder": "USA/tod-wolters", "name": "Tod Wolters",
                            "from": "2019-05-03", "to": "2022-07-04"}]}
                """);
        FactSet facts = EXTRACTOR.withUserGazetteer(gazetteer)
                .extract("SACEUR met Georgian Defence Minister Irakli Garibashvili in Mons on 4 February.", "t", LocalDate.of(2020, 2, 11));
        assertThat(facts.meetings()).singleElement().satisfies(m -> assertThat(m.participants()).extracting(ActorId::value)
                .containsExactlyInAnyOrder("USA/tod-wolters", "GEO/irakli-garibashvili"));
        assertThat(facts.represents()).anySatisfy(r -> assertThat(r.who() + " " + r.body()).isEqualTo("USA/tod-wolters NATO/shape"));
        // the same title outside the holder's term resolves to no one
        FactSet later = EXTRACTOR.withUserGazetteer(gazetteer)
                .extract("SACEUR met Georgian Defence Minister Irakli Garibashvili in Mons on 4 February.", "t", LocalDate.of(2023, 2, 11));
        assertThat(later.meetings()).isEmpty();
    }

    @Test
    @DisplayName("a bad gazetteer names the file and the JSON path")
    void badGazetteer() throws IOException {
        Path gazetteer = dir.resolve("bad.json");
        Files.writeString(gazetteer, "{\"roles\": [{\"title\": \"SACEUR\", \"body\": \"NATO/shape\", \"holder\": \"nobody\", \"name\": \"X\"}]}");
        assertThatThrownBy(() -> EXTRACTOR.withUserGazetteer(gazetteer)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("bad.json").hasMessageContaining("$.roles[0].holder");
        Files.writeString(gazetteer, "{\"countries\": [{\"code\": \"AZE\", \"name\": \"Azerbaijan\", \"capital\": \"Baku\"}]}");
        assertThatThrownBy(() -> EXTRACTOR.withUserGazetteer(gazetteer)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("bad.json").hasMessageContaining("$.countries[0].capital");
    }

    @Test
    @DisplayName("empty, binary and non-UTF-8 files are refused with the file's name")
    void badFiles() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n");
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {'a', 0, 1, 2});
        Path latin1 = Files.write(dir.resolve("latin1.txt"), new byte[] {'I', 's', (byte) 0xFD, 'k'});
        for (Path p : new Path[] {empty, binary, latin1, dir.resolve("missing.txt")}) {
            assertThatThrownBy(() -> EXTRACTOR.extract(p)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining(p.getFileName().toString());
        }
    }

    @Test
    @DisplayName("the source id is the slug of the file name, and the FactSet survives a JSON round trip")
    void fileAndRoundTrip() throws IOException {
        Path article = Files.writeString(dir.resolve("Ankara Talks 2021.txt"), """
                date 2021-03-05 Desk

                Turkish Defense Minister Hulusi Akar received Georgian Defence Minister Juansher Burchuladze in Ankara on 3 March.
                Sargsyan and Akar met separately with Ilham Aliyev and Heydar Aliyev.
                """);
        FactSet facts = EXTRACTOR.extract(article);
        assertThat(facts.source().id()).isEqualTo("ankara-talks-2021");
        assertThat(FactSetJson.parse(FactSetJson.write(facts), "round trip")).isEqualTo(facts);
        assertThat(facts.actors().stream().map(a -> a.id().value()).collect(Collectors.toSet()))
                .contains("TUR/hulusi-akar", "GEO/juansher-burchuladze");
    }
}
