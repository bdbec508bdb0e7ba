package org.diplograph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.diplograph.convert.phoenix.PhoenixDictionary;
import org.diplograph.model.FactSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A Phoenix dictionary as the extractor's gazetteer: a person's country, and who held a titled office on the day. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExtractorDictionaryTests {

    Extractor plain;
    Extractor withDictionary;

    @BeforeAll
    void load() throws URISyntaxException {
        plain = Extractor.withBuiltInGazetteer();
        Path file = Path.of(PhoenixDictionary.class.getResource("test.actors.txt").toURI());
        withDictionary = plain.withDictionary(PhoenixDictionary.load(file, problem -> { }));
    }

    @Test
    @DisplayName("a person the article gives no country gets the dictionary's id, and with it his country")
    void countryFromTheDictionary() {
        String article = "Sergey Lavrov met Leonid Brezhnev in Moscow on Tuesday.";
        FactSet without = plain.extract(article, "a", LocalDate.of(2014, 4, 15));
        FactSet with = withDictionary.extract(article, "a", LocalDate.of(2014, 4, 15));
        // the built-in gazetteer knows Sergey Lavrov, not Leonid Brezhnev (its table of the Phoenix dictionary's people
        // leaves out those whose roles ended before 1995): a bare name nothing places is no official
        assertThat(without.meetings()).isEmpty();
        assertThat(without.actors()).extracting(a -> a.id().value()).doesNotContain("XXX/leonid-brezhnev");
        assertThat(with.meetings().get(0).participants()).extracting(Object::toString)
                .containsExactlyInAnyOrder("RUS/sergey-lavrov", "RUS/leonid-brezhnev");
    }

    @Test
    @DisplayName("a title without a name is its holder on the meeting's day")
    void holderOnTheDay() {
        FactSet facts = withDictionary.extract("On Tuesday the Chinese Foreign Minister met Sergey Lavrov in Beijing.", "b",
                LocalDate.of(2014, 4, 16));
        assertThat(facts.meetings()).singleElement().satisfies(m -> assertThat(m.participants()).extracting(Object::toString)
                .containsExactlyInAnyOrder("CHN/wang-yi", "RUS/sergey-lavrov"));
        FactSet before = withDictionary.extract("On Tuesday the Chinese Foreign Minister met Sergey Lavrov in Beijing.", "c",
                LocalDate.of(2010, 4, 14));
        assertThat(before.actors()).extracting(a -> a.id().value()).doesNotContain("CHN/wang-yi");
    }

    @Test
    @DisplayName("the bundled record of blocs' members names known states and blocs, each period in order")
    void bundledBlocMembers() throws IOException {
        Gazetteer g = Gazetteer.builtIn();
        int rows = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                BlocMembers.class.getResourceAsStream("bloc-members.tsv"), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                assertThat(g.isAlliance(cells[0])).as(line).isTrue();
                assertThat(g.isCountry(cells[1])).as(line).isTrue();
                assertThat(cells[3].isEmpty() || LocalDate.parse(cells[3]).isAfter(LocalDate.parse(cells[2]))).as(line).isTrue();
                rows++;
            }
        }
        assertThat(rows).isGreaterThan(100);
        assertThat(BlocMembers.builtIn().contradicts("GBR", "EU", LocalDate.of(2021, 1, 1))).isTrue();
        assertThat(BlocMembers.builtIn().contradicts("GBR", "EU", LocalDate.of(2019, 1, 1))).isFalse();
        assertThat(BlocMembers.builtIn().contradicts("UKR", "OSCE", LocalDate.of(2023, 1, 1))).isFalse();
    }

    @Test
    @DisplayName("the bundled table of people's countries is derived from the bundled Phoenix dictionary, without former states")
    void bundledCountriesTable() throws IOException {
        // the working directory is the module's; both files are the repository's own
        Path source = Path.of("..", "examples", "peers", "phoenix", "Phoenix.Countries.actors.txt.gz");
        Path bundled = Path.of("src", "main", "resources", "org", "diplograph", "extract", PeopleCountries.PHOENIX_TABLE);
        List<String> derived = PeopleCountries.table(PhoenixDictionary.load(source, problem -> { }));
        if (Boolean.getBoolean("diplograph.regenerate")) {
            try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(bundled)), StandardCharsets.UTF_8)) {
                for (String line : derived) {
                    w.write(line + "\n");
                }
            }
        }
        List<String> read;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(bundled)), StandardCharsets.UTF_8))) {
            read = r.lines().toList();
        }
        assertThat(read.equals(derived))
                .as("%s is not the derivation of %s; regenerate it with -Ddiplograph.regenerate=true", bundled, source).isTrue();
        assertThat(derived).hasSizeGreaterThan(16_000)
                .noneMatch(line -> PeopleCountries.FORMER_STATES.contains(line.substring(0, 3)))
                .anyMatch(line -> line.startsWith("UGA\tYoweri Museveni"));
    }
}
