package org.diplograph.convert.events;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.diplograph.InvalidInputException;
import org.diplograph.convert.Body;
import org.diplograph.convert.Conversion;
import org.diplograph.convert.ConversionCounts;
import org.diplograph.convert.Fields;
import org.diplograph.convert.LineReader;
import org.diplograph.model.Source;

/**
 * ICEWS coded events (tab-separated, with a header; one file per year, plain, {@code .gz} or {@code .zip})
 * as meetings: rows of CAMEO 040 and 042–046 between two named people become {@code MET_WITH} facts, one
 * FactSet per story ({@code Story ID}), with each side's role on the day from {@code Source/Target Country}
 * and the ministry its sectors name ({@code Foreign Ministry} → {@code RUS/ministry-of-foreign-affairs}).
 * Telephone calls (041), other events and generic actors ({@code Foreign Affairs (Bangladesh)}) are
 * skipped and counted by reason.
 * <pre>{@code
 * try (Conversion events = IcewsEvents.open(Path.of("events.2014.tab"))) {
 *     graph.writer().writeAll(events, progress -> {});   // a Diplograph; or FactSetJson.writeLine(facts) to review
 * }
 * }</pre>
 *
 * <p>The source of a story is {@code icews:<Story ID>} with the row's {@code Publisher}, published on
 * the event's day (ICEWS gives no story date, title or URL); the evidence of a meeting is its event text
 * and sides ({@code Sergey Lavrov – Make a visit – Wang Yi}); its rule names the code ({@code icews:042}).
 * Memory stays flat: see {@link MeetingWindow} for the ordering this assumes.
 */
public final class IcewsEvents extends EventConversion {

    /** The format's name, as {@code --from} takes it. */
    public static final String FORMAT = "icews";

    private static final java.util.regex.Pattern STORY_ID = java.util.regex.Pattern.compile("[A-Za-z0-9._-]{1,150}");
    private static final java.util.regex.Pattern NOT_ID = java.util.regex.Pattern.compile("[^A-Za-z0-9._-]");
    private static final String[] REQUIRED = {"Event Date", "Source Name", "Source Country", "CAMEO Code", "Target Name", "Target Country"};

    private final int eventId;
    private final int date;
    private final int sourceName;
    private final int sourceSectors;
    private final int sourceCountry;
    private final int eventText;
    private final int code;
    private final int targetName;
    private final int targetSectors;
    private final int targetCountry;
    private final int storyId;
    private final int publisher;
    private final int city;
    private final int province;
    private final int country;
    private final int columns;

    private IcewsEvents(ConversionCounts counts, LineReader lines, Columns header) {
        super(counts, lines);
        this.eventId = header.find("Event ID");
        this.date = header.find("Event Date");
        this.sourceName = header.find("Source Name");
        this.sourceSectors = header.find("Source Sectors");
        this.sourceCountry = header.find("Source Country");
        this.eventText = header.find("Event Text");
        this.code = header.find("CAMEO Code");
        this.targetName = header.find("Target Name");
        this.targetSectors = header.find("Target Sectors");
        this.targetCountry = header.find("Target Country");
        this.storyId = header.find("Story ID");
        this.publisher = header.find("Publisher");
        this.city = header.find("City");
        this.province = header.find("Province");
        this.country = header.find("Country");
        this.columns = header.count();
    }

    /**
     * @param file an ICEWS events file
     * @return its meetings, one FactSet per story; problems are logged
     * @throws InvalidInputException when the file is not an ICEWS events file (its header lacks ICEWS's columns)
     */
    public static Conversion open(Path file) {
        return open(file, null);
    }

    /**
     * @param file     an ICEWS events file
     * @param problems told of every row that cannot be read, with its line
     * @return its meetings, one FactSet per story
     * @throws InvalidInputException when the file is not an ICEWS events file (its header lacks ICEWS's columns)
     */
    public static Conversion open(Path file, Consumer<InvalidInputException> problems) {
        return openWith(file, FORMAT, problems, (lines, first, counts) -> {
            Columns header = new Columns(Fields.split(first == null ? "" : first, '\t'));
            List<String> missing = new ArrayList<>();
            for (String name : REQUIRED) {
                if (header.find(name) < 0) {
                    missing.add(name);
                }
            }
            if (!missing.isEmpty()) {
                throw notThisFormat(file.toString(), 1, "This is not an ICEWS events file: its first line should be ICEWS's "
                        + "tab-separated header (Event ID, Event Date, Source Name, …), but it lacks " + String.join(", ", missing)
                        + ". Is it another format? Choose it with --from (icews, polecat, gdelt, phoenix or ftm).");
            }
            return new IcewsEvents(counts, lines, header);
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
        int found = Fields.countTabbed(line);
        if (found != columns) {
            badRow("The row has " + found + " tab-separated columns; the header names " + columns + ".");
            return true;
        }
        // a row is split only when its code is a meeting's: most are skipped by the code alone
        String cameo = MeetingCodes.normal(Fields.tabbed(line, code));
        switch (MeetingCodes.kind(cameo)) {
            case OTHER -> counts.skip(NOT_A_MEETING);
            case PHONE -> counts.skip(TELEPHONE);
            case MEETING -> readSafely(() -> readMeeting(Fields.split(line, '\t'), cameo));
        }
        return true;
    }

    private void readMeeting(List<String> row, String cameo) {
        LocalDate day = day(Columns.get(row, date));
        if (day == null) {
            badRow("\"" + Columns.get(row, date) + "\" in Event Date is not a day (YYYY-MM-DD).");
            return;
        }
        String story = Columns.get(row, storyId);
        String sourceId = STORY_ID.matcher(story).matches() ? "icews:" + story
                : "icews:event:" + NOT_ID.matcher(Columns.get(row, eventId)).replaceAll("") + ":" + day;
        Source source = new Source(sourceId, null, orNull(Columns.get(row, publisher)), null, day);
        Party a = party(Columns.get(row, sourceName), Columns.get(row, sourceCountry), Columns.get(row, sourceSectors));
        Party b = party(Columns.get(row, targetName), Columns.get(row, targetCountry), Columns.get(row, targetSectors));
        String place = orNull(Columns.get(row, city));
        place = place != null ? place : orNull(Columns.get(row, province));
        place = place != null ? place : orNull(Columns.get(row, country));
        String text = orNull(Columns.get(row, eventText));
        String evidence = a.name() + " – " + (text != null ? text : MeetingCodes.description(cameo)) + " – " + b.name();
        meeting(FORMAT + ":" + cameo, day, a, b, new Story(source, day), place, evidence);
    }

    private Party party(String name, String countryName, String sectors) {
        Optional<String> iso3 = offices.countries().byName(countryName);
        if (iso3.isEmpty()) {
            return new Party(name, null, null, null);
        }
        Body body = null;
        for (String sector : sectors.split(",")) {
            Optional<Body> ministry = offices.ministryNamedBy(iso3.get(), sector);
            if (ministry.isPresent()) {
                body = ministry.get();
                break;
            }
        }
        return new Party(name, iso3.get(), body != null ? body : offices.country(iso3.get()), null);
    }
}
