package org.diplograph.convert.phoenix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.diplograph.InvalidInputException;
import org.diplograph.convert.Conversion;
import org.diplograph.convert.ConversionSummary;
import org.diplograph.model.FactSet;
import org.diplograph.model.PartialDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A Phoenix dictionary as officials with dated roles; its defects reported by line and read around. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhoenixDictionaryTests {

    Path file;
    PhoenixDictionary dictionary;
    Map<String, PhoenixDictionary.Person> people;
    List<InvalidInputException> problems = new ArrayList<>();

    @BeforeAll
    void load() throws URISyntaxException {
        file = Path.of(getClass().getResource("test.actors.txt").toURI());
        dictionary = PhoenixDictionary.load(file, problems::add);
        people = dictionary.people().stream().collect(Collectors.toMap(p -> p.id().value(), Function.identity()));
    }

    static String role(PhoenixDictionary.Role r) {
        return r.body().id() + " " + r.title() + " " + r.from() + ".." + r.to();
    }

    @Test
    @DisplayName("a person with dated codes is an official of his country, with his synonyms as aliases and a role per dated code")
    void lavrov() {
        PhoenixDictionary.Person lavrov = people.get("RUS/sergey-lavrov");
        assertThat(lavrov.name()).isEqualTo("Sergey Lavrov");
        assertThat(lavrov.aliases()).containsExactly("Sergey Viktorovich Lavrov", "Lavrov");
        assertThat(lavrov.roles()).extracting(PhoenixDictionaryTests::role).containsExactly(
                "RUS Amb. to UN 1994-09-22..2004-07-11",
                "RUS Foreign Minister 2004-03-09..null");
        assertThat(lavrov.roles().get(0).written()).isEqualTo("[RUSGOV 19940922-20040712] # Amb. to UN");
    }

    @Test
    @DisplayName("sector suffixes name ministries, IGO codes organisations; ELI and undated codes are no roles; a lone role takes its title "
            + "from a synonym, one without any the code's label")
    void bodies() {
        assertThat(people.get("RUS/tatyana-golikova").roles()).extracting(PhoenixDictionaryTests::role)
                .containsExactly("RUS/ministry-of-development Government 2007-10-01..null");
        assertThat(people.get("RUS/sergey-shoigu").roles()).extracting(PhoenixDictionaryTests::role)
                .containsExactly("RUS/ministry-of-defense Defense Minister 2012-11-06..null");
        assertThat(people.get("KOR/ban-ki-moon").name()).as("the primary phrase holds a title: the first synonym names him").isEqualTo("Ban Ki-Moon");
        assertThat(people.get("KOR/ban-ki-moon").roles()).extracting(PhoenixDictionaryTests::role)
                .containsExactly("UN Secretary-General 2007-01-01..null");
        assertThat(people.get("EU/javier-solana").roles()).extracting(PhoenixDictionaryTests::role)
                .containsExactly("EU EU 1995-07-01..1995-12-30", "NATO NATO 1995-12-05..1999-10-05");
        assertThat(people.get("USA/old-timer").roles()).extracting(PhoenixDictionaryTests::role).containsExactly("USA Government null..1979-12-31");
        assertThat(people.get("DNK/elite-only").roles()).isEmpty();
        assertThat(people).doesNotContainKeys("RUS", "FRA/bad-date-only");
    }

    @Test
    @DisplayName("defects are reported with their lines and read around; the summary counts them")
    void defects() {
        assertThat(problems).extracting(Throwable::getMessage).containsExactly(
                file + ", line 21: \"[KORGOVBUS 2004017-20061201]\": \"2004017-20061201\" is not a date range (YYMMDD-YYMMDD, >YYMMDD or "
                        + "<YYMMDD, or the same with YYYYMMDD); the code is left out.",
                file + ", line 26: \"LEONID_ILYICH_BREZHNEV\" has no + before it, yet follows the names of \"LEONID_BREZHNEV_\" (line 25) "
                        + "before its codes; it is read as one of its synonyms.",
                file + ", line 28: The record \"NO_CODES_HERE_\" has no code; it is left out.",
                file + ", line 33: \"[FRAGOV 2001-0101]\": \"2001-0101\" is not a date range (YYMMDD-YYMMDD, >YYMMDD or <YYMMDD, or the same "
                        + "with YYYYMMDD); the code is left out.");
        assertThat(people.get("RUS/leonid-brezhnev").aliases()).containsExactly("Leonid Ilyich Brezhnev");
        ConversionSummary summary = dictionary.summary();
        assertThat(summary.read()).isEqualTo(13);
        assertThat(summary.used()).isEqualTo(people.size()).isEqualTo(10);
        assertThat(summary.skipped(DictionaryPeople.NO_DATED_CODE)).as("RUSSIA_, BAD_DATE_ONLY_").isEqualTo(2);
        assertThat(summary.skipped(DictionaryPeople.NO_CODE)).isEqualTo(1);
        assertThat(summary.read()).isEqualTo(summary.used() + summary.skippedTotal());
        assertThat(summary.ignored()).containsEntry("code: ELI is not an office", 1L).containsEntry("undated code (the default)", 1L)
                .containsEntry("malformed date", 1L);
        assertThat(summary.defects()).isEqualTo(4);
    }

    @Test
    @DisplayName("as FactSets: one per person, naming the dictionary as source; ministries represent their country")
    void factSets() {
        List<FactSet> facts = new ArrayList<>();
        try (Conversion conversion = PhoenixDictionary.open(file, problem -> { })) {
            conversion.forEachRemaining(facts::add);
            assertThat(conversion.summary().factSets()).isEqualTo(10);
            assertThat(conversion.summary().roles()).isEqualTo(11);
        }
        assertThat(facts).extracting(f -> f.source().id()).containsOnly("phoenix:test-actors");
        FactSet golikova = facts.get(1);
        assertThat(golikova.represents()).extracting(r -> r.who() + " -> " + r.body() + " " + r.provenance().rule())
                .containsExactly("RUS/ministry-of-development -> RUS null", "RUS/tatyana-golikova -> RUS/ministry-of-development phoenix:RUSGOVDEV");
    }

    @Test
    @DisplayName("two terms of one office are one role from the first start to the last end, open when either is")
    void termsOfOneOffice() {
        assertThat(people.get("CHN/yang-jiechi").roles()).singleElement().satisfies(r -> {
            assertThat(role(r)).isEqualTo("CHN Government 2003-01-01..null");
            assertThat(r.written()).isEqualTo("[CHNGOV 030101-050731]; [CHNGOV >070601]");
            assertThat(r.titled()).isFalse();
        });
        assertThat(people.get("RUS/sergey-lavrov").roles()).allMatch(PhoenixDictionary.Role::titled);
    }

    @ParameterizedTest(name = "[{0}] is {1} to {2}")
    @CsvSource(textBlock = """
            RUSGOV 100101-110101,     2010-01-01, 2010-12-31
            RUSGOV 300101-310101,     2030-01-01, 1930-12-31
            RUSGOV 19940922-20040712, 1994-09-22, 2004-07-11
            RUSGOV > 130701,          2013-07-01,
            RUSGOV <800101,           ,           1979-12-31
            USAGOV 291231-20300102,   2029-12-31, 2030-01-01
            """)
    @DisplayName("dates: start inclusive, end exclusive; YY up to 30 is 20YY; eight digits; > and < open ends")
    void dates(String code, LocalDate from, LocalDate to, @TempDir Path tmp) throws IOException {
        Path one = tmp.resolve("one.actors.txt");
        Files.writeString(one, "SOME_ONE_\n\t[" + code + "]\n");
        List<InvalidInputException> found = new ArrayList<>();
        PhoenixDictionary read = PhoenixDictionary.load(one, found::add);
        if (to != null && from != null && to.isBefore(from)) {
            assertThat(found).singleElement().extracting(Throwable::getMessage).asString().contains("before it begins");
            return;
        }
        assertThat(found).isEmpty();
        PhoenixDictionary.Role role = read.people().get(0).roles().get(0);
        assertThat(role.from()).isEqualTo(from == null ? null : PartialDate.ofDay(from));
        assertThat(role.to()).isEqualTo(to == null ? null : PartialDate.ofDay(to));
    }
}
