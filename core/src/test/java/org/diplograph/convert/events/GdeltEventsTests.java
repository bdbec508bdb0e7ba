package org.diplograph.convert.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.diplograph.InvalidInputException;
import org.diplograph.convert.Conversion;
import org.diplograph.convert.ConversionSummary;
import org.diplograph.model.FactSet;
import org.diplograph.model.Meeting;
import org.diplograph.model.PartialDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GDELT 1.0 and 2.0 rows (and the CSV-with-header samples) to meetings. */
class GdeltEventsTests {

    static final List<String> GDELT2 = columns("2.0");
    static final List<String> GDELT1 = columns("1.0");

    @TempDir
    Path tmp;

    static List<String> columns(String version) {
        return org.diplograph.convert.DataFiles.lines(GdeltEvents.class, "gdelt-columns.txt").stream()
                .filter(l -> l.startsWith(version + " ")).map(l -> Arrays.asList(l.split("\\s+")).subList(1, l.split("\\s+").length))
                .findFirst().orElseThrow();
    }

    /** One tab-separated row of the given layout, the named columns set and every other empty. */
    static String row(List<String> layout, Map<String, String> values) {
        return String.join("\t", layout.stream().map(c -> values.getOrDefault(c, "")).toList());
    }

    static Map<String, String> event(String id, String code, String name1, String code1, String name2, String code2, String url) {
        return Map.of("GLOBALEVENTID", id, "SQLDATE", "20170601", "EventCode", code, "Actor1Name", name1, "Actor1Code", code1,
                "Actor2Name", name2, "Actor2Code", code2, "ActionGeo_FullName", "Berlin, Berlin, Germany",
                "DATEADDED", "20170601234500", "SOURCEURL", url);
    }

    static List<FactSet> read(Conversion events) {
        List<FactSet> facts = new ArrayList<>();
        events.forEachRemaining(facts::add);
        return facts;
    }

    @Test
    @DisplayName("GDELT 2.0, zipped: named people meet; the visit coded as 042 and 043 is one meeting; countries, calls and sectors are skipped by reason")
    void gdelt2Zipped() throws IOException {
        String url = "https://news.example.org/2017/06/01/merkel-putin";
        String rows = String.join("\n",
                row(GDELT2, event("1", "042", "ANGELA MERKEL", "DEUGOV", "VLADIMIR PUTIN", "RUSGOV", url)),
                row(GDELT2, event("2", "043", "VLADIMIR PUTIN", "RUSGOV", "ANGELA MERKEL", "DEUGOV", url)),
                row(GDELT2, event("3", "041", "ANGELA MERKEL", "DEUGOV", "DONALD TRUMP", "USAGOV", url)),
                row(GDELT2, event("4", "042", "GERMANY", "DEU", "RUSSIA", "RUS", url)),
                row(GDELT2, event("5", "043", "DEFENSE MINIST", "GOVMIL", "SERGEY SHOIGU", "RUSGOVMIL", url)),
                row(GDELT2, event("6", "190", "ANGELA MERKEL", "DEUGOV", "VLADIMIR PUTIN", "RUSGOV", url)),
                row(GDELT2, event("7", "044", "SERGEY SHOIGU", "RUSGOVMIL", "JENS STOLTENBERG", "IGOWSTNAT", "https://other.example.com/a")));
        Path zip = tmp.resolve("20170601234500.export.CSV.zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            out.putNextEntry(new ZipEntry("20170601234500.export.CSV"));
            out.write(rows.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        try (Conversion events = GdeltEvents.open(zip)) {
            List<FactSet> facts = read(events);
            assertThat(facts).hasSize(2);
            FactSet story = facts.stream().filter(f -> url.equals(f.source().url())).findFirst().orElseThrow();
            assertThat(story.source().id()).startsWith("gdelt:").hasSize("gdelt:".length() + 20);
            assertThat(story.source().publisher()).isEqualTo("news.example.org");
            assertThat(story.source().published()).isEqualTo(LocalDate.of(2017, 6, 1));
            assertThat(story.meetings()).hasSize(1);
            Meeting meeting = story.meetings().get(0);
            assertThat(meeting.participants()).extracting(Object::toString).containsExactlyInAnyOrder("DEU/angela-merkel", "RUS/vladimir-putin");
            assertThat(meeting.on()).isEqualTo(PartialDate.ofDay(LocalDate.of(2017, 6, 1)));
            assertThat(meeting.place()).isEqualTo("Berlin, Berlin, Germany");
            assertThat(meeting.provenance().rule()).isEqualTo("gdelt:042");
            assertThat(meeting.provenance().evidence()).isEqualTo("Angela Merkel – Make a visit – Vladimir Putin");
            assertThat(story.actor(org.diplograph.model.ActorId.of("DEU/angela-merkel")).orElseThrow().name()).isEqualTo("Angela Merkel");

            FactSet other = facts.stream().filter(f -> !url.equals(f.source().url())).findFirst().orElseThrow();
            assertThat(other.represents()).extracting(r -> r.who() + " -> " + r.body())
                    .contains("RUS/sergey-shoigu -> RUS/ministry-of-defense", "NATO/jens-stoltenberg -> NATO");

            ConversionSummary summary = events.summary();
            assertThat(summary.read()).isEqualTo(7);
            assertThat(summary.used()).isEqualTo(3);
            assertThat(summary.skipped(EventConversion.TELEPHONE)).isEqualTo(1);
            assertThat(summary.skipped(EventConversion.NOT_A_MEETING)).isEqualTo(1);
            assertThat(summary.skipped(EventConversion.NOT_A_PERSON)).isEqualTo(2);
        }
    }

    @Test
    @DisplayName("GDELT 1.0: 58 columns, and 57 before April 2013 (no URL: each event its own story); a row of another width is a bad row")
    void gdelt1() throws IOException {
        Path file = tmp.resolve("20130101.export.CSV");
        List<String> before2013 = GDELT1.subList(0, 57);
        Files.writeString(file, String.join("\n",
                row(GDELT1, event("1", "042", "ANGELA MERKEL", "DEUGOV", "VLADIMIR PUTIN", "RUSGOV", "https://a.example/1")),
                row(before2013, event("2", "044", "ANGELA MERKEL", "DEUGOV", "VLADIMIR PUTIN", "RUSGOV", "")),
                "3\t20170601\tonly\tthree") + "\n");
        List<InvalidInputException> problems = new ArrayList<>();
        try (Conversion events = GdeltEvents.open(file, problems::add)) {
            List<FactSet> facts = read(events);
            assertThat(facts).extracting(f -> f.source().id()).contains("gdelt:event:2");
            assertThat(facts).hasSize(2);
            assertThat(events.summary().skipped(EventConversion.BAD_ROW)).isEqualTo(1);
            assertThat(problems).singleElement().extracting(Throwable::getMessage)
                    .isEqualTo(file + ", line 3: The row has 4 columns; GDELT events have 57, 58 or 61.");
        }
    }

    @Test
    @DisplayName("the comma-separated sample with a header (and an extra column) is read by column name: its visits are between countries, not people")
    void csvWithHeader() throws URISyntaxException {
        Path sample = Path.of(getClass().getResource("gdelt-sample-excerpt.csv").toURI());
        try (Conversion events = GdeltEvents.open(sample)) {
            assertThat(read(events)).isEmpty();
            ConversionSummary summary = events.summary();
            assertThat(summary.read()).isEqualTo(40);
            assertThat(summary.skipped(EventConversion.NOT_A_MEETING)).isEqualTo(23);
            assertThat(summary.skipped(EventConversion.NOT_A_PERSON)).isEqualTo(17);
        }
    }

    @Test
    @DisplayName("an ICEWS file given as GDELT is one clear error: the first row has the wrong number of columns")
    void anotherFormatIsRefused() throws IOException {
        Path icews = tmp.resolve("events.2014.tab");
        Files.writeString(icews, IcewsEventsTests.HEADER + "\n");
        assertThatThrownBy(() -> GdeltEvents.open(icews)).isInstanceOf(InvalidInputException.class)
                .hasMessage(icews + ", line 1: This is not a GDELT events file: its first line has 20 tab-separated columns, where GDELT 1.0 "
                        + "events have 57 or 58 and GDELT 2.0 events 61. Is it another format? Choose it with --from (icews, polecat, gdelt, phoenix or ftm).");
    }
}
