package org.diplograph.convert.events;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import org.diplograph.InvalidInputException;
import org.diplograph.convert.Body;
import org.diplograph.convert.Conversion;
import org.diplograph.convert.ConversionCounts;
import org.diplograph.convert.Fields;
import org.diplograph.convert.LineReader;
import org.diplograph.model.Source;
import org.diplograph.names.NameKeys;

/**
 * POLECAT events (the PLOVER ontology; tab- or comma-separated with a header) as meetings: events of type
 * {@code CONSULT} in mode {@code visit}, {@code third-party} or {@code multilateral} between two named people
 * become {@code MET_WITH} facts; mode {@code phone} is a telephone call, skipped and counted like every
 * other event. The columns are found by header, through the mapping in {@code polecat-columns.properties}
 * (data, since POLECAT's column list has changed between releases).
 *
 * <p>Each side's role on the day is the ministry its title or sector names ({@code Foreign Minister} →
 * {@code RUS/ministry-of-foreign-affairs}) or else its country, with POLECAT's title. The source of a story
 * is {@code polecat:<Story ID>} when the file has story ids, else one per publisher and publication day
 * ({@code polecat:<publisher>:<day>}); the evidence is the event text where the file has one; the rule
 * names type and mode ({@code polecat:consult:visit}). Memory stays flat: see {@link MeetingWindow}.
 */
public final class PolecatEvents extends EventConversion {

    /** The format's name, as {@code --from} takes it. */
    public static final String FORMAT = "polecat";

    private static final Map<String, String[]> MAPPING = mapping();
    private static final List<String> REQUIRED = List.of("date", "type", "actorName", "recipientName");
    private static final Set<String> MEETING_MODES = Set.of("visit", "third-party", "thirdparty", "third party", "multilateral");

    private final char delimiter;
    private final Map<String, Integer> at = new LinkedHashMap<>();
    private final int columns;

    private PolecatEvents(ConversionCounts counts, LineReader lines, char delimiter, Columns header) {
        super(counts, lines);
        this.delimiter = delimiter;
        MAPPING.forEach((field, names) -> at.put(field, header.find(names)));
        this.columns = header.count();
    }

    /**
     * @param file a POLECAT events file
     * @return its meetings, one FactSet per story; problems are logged
     * @throws InvalidInputException when the header lacks POLECAT's columns
     */
    public static Conversion open(Path file) {
        return open(file, null);
    }

    /**
     * @param file     a POLECAT events file
     * @param problems told of every row that cannot be read, with its line
     * @return its meetings, one FactSet per story
     * @throws InvalidInputException when the header lacks POLECAT's columns (event date and type, actor and recipient names)
     */
    public static Conversion open(Path file, Consumer<InvalidInputException> problems) {
        return openWith(file, FORMAT, problems, (lines, first, counts) -> {
            String header = first == null ? "" : first;
            char delimiter = Fields.delimiterOf(header);
            Columns columns = new Columns(Fields.split(header, delimiter));
            List<String> missing = new ArrayList<>();
            for (String field : REQUIRED) {
                if (columns.find(MAPPING.get(field)) < 0) {
                    missing.add(MAPPING.get(field)[0]);
                }
            }
            if (!missing.isEmpty()) {
                throw notThisFormat(file.toString(), 1, "This is not a POLECAT events file: its first line should be a header "
                        + "naming POLECAT's columns, but it lacks " + String.join(", ", missing)
                        + " (header names are mapped in polecat-columns.properties). Is it another format? "
                        + "Choose it with --from (icews, polecat, gdelt, phoenix or ftm).");
            }
            return new PolecatEvents(counts, lines, delimiter, columns);
        });
    }

    @Override
    boolean readLine() {
        String line = lines.next();
        if (line == null) {
            return false;
        }
        if (line.isBlank()) {
            return true;
        }
        counts.read();
        List<String> row = Fields.split(line, delimiter);
        if (row.size() != columns) {
            badRow("The row has " + row.size() + " columns; the header names " + columns + ".");
            return true;
        }
        String type = field(row, "type").toLowerCase(Locale.ROOT);
        String mode = field(row, "mode").toLowerCase(Locale.ROOT);
        if (!type.equals("consult")) {
            counts.skip(NOT_A_MEETING);
        } else if (mode.equals("phone")) {
            counts.skip(TELEPHONE);
        } else if (!MEETING_MODES.contains(mode)) {
            counts.skip(NOT_A_MEETING);
        } else {
            readSafely(() -> readMeeting(row, mode));
        }
        return true;
    }

    private void readMeeting(List<String> row, String mode) {
        LocalDate day = day(field(row, "date"));
        if (day == null) {
            badRow("\"" + field(row, "date") + "\" in the event date is not a day (YYYY-MM-DD).");
            return;
        }
        LocalDate published = day(field(row, "published"));
        String publisher = orNull(field(row, "source"));
        String story = field(row, "storyId");
        String sourceId = !story.isEmpty() ? "polecat:" + NameKeys.slug(story)
                : "polecat:" + (publisher == null ? "unknown" : NameKeys.slug(publisher)) + ":" + (published != null ? published : day);
        Source source = new Source(sourceId, null, publisher, orNull(field(row, "url")), published);
        Party a = party(field(row, "actorName"), field(row, "actorCountry"), field(row, "actorTitle"), field(row, "actorSector"));
        Party b = party(field(row, "recipientName"), field(row, "recipientCountry"), field(row, "recipientTitle"),
                field(row, "recipientSector"));
        String place = orNull(field(row, "city"));
        place = place != null ? place : orNull(field(row, "placename"));
        place = place != null ? place : orNull(field(row, "province"));
        place = place != null ? place : orNull(field(row, "country"));
        String text = orNull(field(row, "text"));
        String evidence = text != null ? text : a.name() + " – consult (" + mode + ") – " + b.name();
        meeting(FORMAT + ":consult:" + mode, day, a, b, new Story(source, published != null ? published : day), place, evidence);
    }

    private Party party(String name, String country, String title, String sector) {
        Optional<String> iso3 = offices.countries().byName(country);
        if (iso3.isEmpty()) {
            return new Party(name, null, null, orNull(title));
        }
        Optional<Body> ministry = offices.ministryNamedBy(iso3.get(), title);
        if (ministry.isEmpty()) {
            ministry = offices.ministryNamedBy(iso3.get(), sector);
        }
        return new Party(name, iso3.get(), ministry.orElseGet(() -> offices.country(iso3.get())), orNull(title));
    }

    private String field(List<String> row, String field) {
        return Columns.get(row, at.get(field));
    }

    private static Map<String, String[]> mapping() {
        Properties properties = new Properties();
        try (InputStream in = PolecatEvents.class.getResourceAsStream("polecat-columns.properties")) {
            if (in == null) {
                throw new IllegalStateException("The converter data file polecat-columns.properties is missing from the class path.");
            }
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("polecat-columns.properties cannot be read: " + e.getMessage(), e);
        }
        Map<String, String[]> mapping = new LinkedHashMap<>();
        for (String field : properties.stringPropertyNames()) {
            mapping.put(field, properties.getProperty(field).split("\\|"));
        }
        return mapping;
    }
}
