package org.diplograph.convert.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.diplograph.InvalidInputException;
import org.diplograph.convert.Conversion;
import org.diplograph.convert.ConversionSummary;
import org.diplograph.model.ActorId;
import org.diplograph.model.FactSet;
import org.diplograph.model.Meeting;
import org.diplograph.model.PartialDate;
import org.diplograph.model.Representation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ICEWS rows to meetings: which rows count, one meeting per story however often it is coded, sides, provenance, bad rows. */
class IcewsEventsTests {

    static final String HEADER = "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code\tIntensity\t"
            + "Target Name\tTarget Sectors\tTarget Country\tStory ID\tSentence Number\tPublisher\tCity\tDistrict\tProvince\tCountry\tLatitude\tLongitude";

    static final String FM = "Executive,Foreign Ministry,Government";

    @TempDir
    Path tmp;

    /** Rows written with | for tabs; the columns are ICEWS's 20. */
    Path icews(String rows) throws IOException {
        Path file = tmp.resolve("events.tab");
        Files.writeString(file, HEADER + "\n" + rows.replace('|', '\t'));
        return file;
    }

    record Read(List<FactSet> factSets, ConversionSummary summary, List<InvalidInputException> problems) {
        List<Meeting> meetings() {
            return factSets.stream().flatMap(f -> f.meetings().stream()).toList();
        }
    }

    static Read read(Path file) {
        List<InvalidInputException> problems = new ArrayList<>();
        List<FactSet> facts = new ArrayList<>();
        try (Conversion events = IcewsEvents.open(file, problems::add)) {
            events.forEachRemaining(facts::add);
            return new Read(facts, events.summary(), problems);
        }
    }

    @Test
    @DisplayName("only meetings of named people count; calls, other events and generic actors are skipped and counted by reason")
    void onlyMeetingsOfNamedPeople() throws IOException {
        Read read = read(icews("""
                1|2014-04-15|Sergey Lavrov|%1$s|Russian Federation|Make a visit|042|1.9|Wang Yi|%1$s|China|101|1|Xinhua|Beijing||Beijing|China|39.9|116.4
                2|2014-04-15|Sergey Lavrov|%1$s|Russian Federation|Discuss by telephone|041|1.0|John Kerry|%1$s|United States|102|1|Reuters|||||0|0
                3|2014-04-15|Foreign Affairs (Bangladesh)|Government|Bangladesh|Make a visit|042|1.9|Sergey Lavrov|%1$s|Russian Federation|103|1|AFP|||||0|0
                4|2014-04-15|Sergey Lavrov|%1$s|Russian Federation|Praise or endorse|051|3.4|Wang Yi|%1$s|China|104|1|AFP|||||0|0
                5|2014-04-15|Sergey Lavrov|%1$s|Russian Federation|Make a visit|042|1.9|China|Government|China|105|1|AFP|||||0|0
                6|2014-04-15|Mike Pompeo|%1$s|Atlantis|Make a visit|042|1.9|Wang Yi|%1$s|China|106|1|AFP|||||0|0
                """.formatted(FM)));

        assertThat(read.meetings()).hasSize(1);
        ConversionSummary summary = read.summary();
        assertThat(summary.read()).isEqualTo(6);
        assertThat(summary.used()).isEqualTo(1);
        assertThat(summary.skipped(EventConversion.TELEPHONE)).isEqualTo(1);
        assertThat(summary.skipped(EventConversion.NOT_A_MEETING)).isEqualTo(1);
        assertThat(summary.skipped(EventConversion.NOT_A_PERSON)).isEqualTo(2);
        assertThat(summary.skipped(EventConversion.NO_COUNTRY)).isEqualTo(1);
        assertThat(summary.read()).isEqualTo(summary.used() + summary.skippedTotal());
        assertThat(summary.describe()).contains("6 rows read", "1 telephone call", "2 not a named person on both sides");
    }

    @Test
    @DisplayName("a meeting coded twice in a story (swapped, 042 with its 043, several sentences) is one meeting; another story is another source")
    void oneMeetingPerStoryAndDay() throws IOException {
        Read read = read(icews("""
                1|2014-04-15|Sergey Lavrov|%1$s|Russian Federation|Make a visit|042|1.9|Wang Yi|%1$s|China|101|1|Xinhua|Beijing||Beijing|China|39.9|116.4
                2|2014-04-15|Wang Yi|%1$s|China|Host a visit|043|2.8|Sergey Lavrov|%1$s|Russian Federation|101|1|Xinhua|Beijing||Beijing|China|39.9|116.4
                3|2014-04-15|Sergey Lavrov|%1$s|Russian Federation|Consult|40|1.0|Wang Yi|%1$s|China|101|4|Xinhua|Beijing||Beijing|China|39.9|116.4
                4|2014-04-15|Wang Yi|%1$s|China|Meet at third location|044|2.5|Sergey Lavrov|%1$s|Russian Federation|202|2|Interfax|Beijing||Beijing|China|39.9|116.4
                """.formatted(FM)));

        assertThat(read.factSets()).hasSize(2);
        FactSet xinhua = read.factSets().stream().filter(f -> f.source().id().equals("icews:101")).findFirst().orElseThrow();
        FactSet interfax = read.factSets().stream().filter(f -> f.source().id().equals("icews:202")).findFirst().orElseThrow();
        assertThat(xinhua.meetings()).hasSize(1);
        assertThat(interfax.meetings()).hasSize(1);
        assertThat(xinhua.meetings().get(0).pairs()).isEqualTo(interfax.meetings().get(0).pairs())
                .containsExactly(List.of(ActorId.of("CHN/wang-yi"), ActorId.of("RUS/sergey-lavrov")));
        assertThat(read.summary().used()).isEqualTo(4);
        assertThat(read.summary().meetings()).isEqualTo(2);
    }

    @Test
    @DisplayName("sides: the country and the ministry the sectors name, as roles valid on the event day; ids as everywhere")
    void sidesAreRolesOnTheDay() throws IOException {
        Read read = read(icews("""
                1|2014-01-13|John Kerry|%1$s|United States|Meet at third location|044|2.5|Sergey Lavrov|%1$s|Russian Federation|301|1|AP|Paris||Ile-de-France|France|48.8|2.3
                2|2014-06-02|Sergey Shoigu|Executive,Defense / Security Ministry,Government|Russian Federation|Host a visit|043|2.8|Zakir Hasanov|Defense / Security Ministry,Military|Azerbaijan|302|1|AP|Moscow||Moscow|Russian Federation|55.7|37.6
                3|2014-06-03|Ilham Aliyev|Executive,Government|Azerbaijan|Engage in negotiation|046|3.5|Sergey Lavrov|%1$s|Russian Federation|303|1|AP||||Azerbaijan|0|0
                """.formatted(FM)));

        List<Representation> roles = read.factSets().stream().flatMap(f -> f.represents().stream()).toList();
        PartialDate jan13 = PartialDate.ofDay(LocalDate.of(2014, 1, 13));
        assertThat(roles).contains(
                new Representation(ActorId.of("USA/john-kerry"), ActorId.of("USA/department-of-state"), null, jan13, jan13, roles.get(1).provenance()),
                new Representation(ActorId.of("RUS/sergey-lavrov"), ActorId.of("RUS/ministry-of-foreign-affairs"), null, jan13, jan13,
                        roles.get(1).provenance()));
        assertThat(roles).extracting(r -> r.who() + " -> " + r.body()).contains(
                "RUS/sergey-shoigu -> RUS/ministry-of-defense", "AZE/zakir-hasanov -> AZE/ministry-of-defense",
                "RUS/ministry-of-defense -> RUS", "AZE/ilham-aliyev -> AZE");
        FactSet paris = read.factSets().get(0);
        assertThat(paris.source().publisher()).isEqualTo("AP");
        assertThat(paris.source().published()).isEqualTo(LocalDate.of(2014, 1, 13));
        Meeting meeting = paris.meetings().get(0);
        assertThat(meeting.place()).isEqualTo("Paris");
        assertThat(meeting.on()).isEqualTo(jan13);
        assertThat(meeting.provenance().rule()).isEqualTo("icews:044");
        assertThat(meeting.provenance().evidence()).isEqualTo("John Kerry – Meet at third location – Sergey Lavrov");
        assertThat(read.factSets().get(2).meetings().get(0).place()).as("no city: the country").isEqualTo("Azerbaijan");
    }

    @Test
    @DisplayName("a bad row is one line-numbered problem and the file goes on")
    void badRowsAreReportedAndSkipped() throws IOException {
        Read read = read(icews("""
                1|2014-04-15|Sergey Lavrov|%1$s|Russian Federation|Make a visit|042|1.9|Wang Yi|%1$s|China|101|1|Xinhua|Beijing||Beijing|China|39.9|116.4
                2|2014-02-30|Sergey Lavrov|%1$s|Russian Federation|Make a visit|042|1.9|Wang Yi|%1$s|China|102|1|Xinhua|Beijing||Beijing|China|39.9|116.4
                3|2014-04-16|Sergey Lavrov|only a few columns
                4|2014-04-17|Wang Yi|%1$s|China|Make a visit|042|1.9|Sergey Lavrov|%1$s|Russian Federation|104|1|Xinhua|Moscow||Moscow|Russia|0|0
                """.formatted(FM)));

        assertThat(read.meetings()).hasSize(2);
        assertThat(read.problems()).extracting(Throwable::getMessage).containsExactly(
                tmp.resolve("events.tab") + ", line 3: \"2014-02-30\" in Event Date is not a day (YYYY-MM-DD).",
                tmp.resolve("events.tab") + ", line 4: The row has 4 tab-separated columns; the header names 20.");
        assertThat(read.summary().skipped(EventConversion.BAD_ROW)).isEqualTo(2);
        assertThat(read.summary().defects()).isEqualTo(2);
    }

    @Test
    @DisplayName("a file of another format is one clear error naming the file, before anything is read")
    void anotherFormatIsRefused() throws IOException {
        Path gdelt = tmp.resolve("20170601.export.CSV");
        Files.writeString(gdelt, String.join("\t", java.util.Collections.nCopies(61, "x")) + "\n");
        assertThatThrownBy(() -> IcewsEvents.open(gdelt)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(gdelt + ", line 1: This is not an ICEWS events file")
                .hasMessageContaining("--from");
    }

    @Test
    @DisplayName("stories stream out as the input moves on; a story seen again later makes a second FactSet of the same source")
    void storiesStreamAndLateRowsStayCorrect() throws IOException {
        StringBuilder rows = new StringBuilder();
        LocalDate day = LocalDate.of(2014, 1, 1);
        for (int i = 0; i < 200; i++) {
            rows.append("%d|%s|Sergey Lavrov|%s|Russian Federation|Make a visit|042|1.9|Wang Yi|%s|China|%d|1|Xinhua|||||0|0%n"
                    .formatted(i, day.plusDays(i), FM, FM, 1000 + i));
        }
        // story 1000 again, 200 days after it was handed out
        rows.append("900|2014-01-01|Wang Yi|%s|China|Host a visit|043|2.8|Sergey Lavrov|%s|Russian Federation|1000|3|Xinhua|||||0|0%n"
                .formatted(FM, FM));
        Path file = icews(rows.toString());
        try (Conversion events = IcewsEvents.open(file)) {
            FactSet first = events.next();
            assertThat(first.source().id()).isEqualTo("icews:1000");
            assertThat(events.summary().read()).as("the first story came out long before the end of the file").isLessThan(10);
            List<FactSet> rest = new ArrayList<>();
            events.forEachRemaining(rest::add);
            assertThat(rest).hasSize(200);
            FactSet again = rest.get(rest.size() - 1);
            assertThat(again.source().id()).isEqualTo("icews:1000");
            assertThat(again.meetings().get(0).pairs()).isEqualTo(first.meetings().get(0).pairs());
        }
    }
}
