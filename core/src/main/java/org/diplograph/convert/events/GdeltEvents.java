package org.diplograph.convert.events;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.diplograph.InvalidInputException;
import org.diplograph.convert.Conversion;
import org.diplograph.convert.ConversionCounts;
import org.diplograph.convert.DataFiles;
import org.diplograph.convert.Fields;
import org.diplograph.convert.LineReader;
import org.diplograph.convert.Offices;
import org.diplograph.convert.PersonNames;
import org.diplograph.model.Source;

/**
 * GDELT event files as meetings: GDELT 1.0 (58 columns, 57 before April 2013) and 2.0 (61) as published,
 * tab-separated without a header, zipped or not; and the comma-separated form with a header that samples
 * of GDELT come in (columns found by name). Rows of CAMEO 040 and 042–046 between two named people become
 * {@code MET_WITH} facts, one FactSet per story ({@code SOURCEURL}); each side's role on the day is the
 * office its actor code names ({@code RUSGOVMIL} → {@code RUS/ministry-of-defense}, {@code IGOWSTNAT} →
 * {@code NATO}); a code that names no office ({@code USAELI}) gives the official but no role.
 *
 * <p>GDELT's actors are mostly countries and sectors ({@code UNITED STATES}, {@code PRIME MINISTER}); those
 * are skipped as {@code not a named person}, like telephone calls (041) and other events, each counted by
 * reason. The source of a story is {@code gdelt:} and a hash of its URL, with the URL, its host as the
 * publisher and the day GDELT added it (without a URL, before April 2013, each event is its own story);
 * the evidence is the sides and the code's description; the rule names the code ({@code gdelt:042}).
 * Memory stays flat: see {@link MeetingWindow} (GDELT files are in the order stories were added).
 */
public final class GdeltEvents extends EventConversion {

    /** The format's name, as {@code --from} takes it. */
    public static final String FORMAT = "gdelt";

    private static final Map<Integer, Columns> BY_COUNT = layouts();

    /** The columns this converter reads, found by name in each layout. */
    private static final class Layout {
        final int id;
        final int date;
        final int code1;
        final int name1;
        final int country1;
        final int code2;
        final int name2;
        final int country2;
        final int event;
        final int place;
        final int added;
        final int url;
        final int columns;

        Layout(Columns c) {
            id = c.find("GLOBALEVENTID");
            date = c.find("SQLDATE");
            code1 = c.find("Actor1Code");
            name1 = c.find("Actor1Name");
            country1 = c.find("Actor1CountryCode");
            code2 = c.find("Actor2Code");
            name2 = c.find("Actor2Name");
            country2 = c.find("Actor2CountryCode");
            event = c.find("EventCode");
            place = c.find("ActionGeo_FullName");
            added = c.find("DATEADDED");
            url = c.find("SOURCEURL");
            columns = c.count();
        }

        boolean complete() {
            return id >= 0 && date >= 0 && name1 >= 0 && name2 >= 0 && code1 >= 0 && code2 >= 0 && event >= 0;
        }
    }

    private final char delimiter;
    private final Layout headerLayout;
    private final Map<Integer, Layout> layouts = new HashMap<>();
    private final MessageDigest sha256;

    private GdeltEvents(ConversionCounts counts, LineReader lines, char delimiter, Layout headerLayout) {
        super(counts, lines);
        this.delimiter = delimiter;
        this.headerLayout = headerLayout;
        BY_COUNT.forEach((count, columns) -> layouts.put(count, new Layout(columns)));
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Java lacks SHA-256.", e);
        }
    }

    /**
     * @param file a GDELT events file: {@code .export.CSV} (tab-separated), {@code .zip} of one, or a CSV with a header
     * @return its meetings, one FactSet per story; problems are logged
     * @throws InvalidInputException when the file is not a GDELT events file
     */
    public static Conversion open(Path file) {
        return open(file, null);
    }

    /**
     * @param file     a GDELT events file
     * @param problems told of every row that cannot be read, with its line
     * @return its meetings, one FactSet per story
     * @throws InvalidInputException when the file is not a GDELT events file (a header without GDELT's columns,
     *     or a first row of another number of columns than 57, 58 or 61)
     */
    public static Conversion open(Path file, Consumer<InvalidInputException> problems) {
        return openWith(file, FORMAT, problems, (lines, first, counts) -> {
            if (first == null) {
                throw notThisFormat(file.toString(), 1, "The file is empty; a GDELT events file has one event per line.");
            }
            if (first.contains("GLOBALEVENTID")) {
                char delimiter = Fields.delimiterOf(first);
                Layout layout = new Layout(new Columns(Fields.split(first, delimiter)));
                if (!layout.complete()) {
                    throw notThisFormat(file.toString(), 1, "This is not a GDELT events file: its header lacks some of "
                            + "GLOBALEVENTID, SQLDATE, Actor1Code, Actor1Name, Actor2Code, Actor2Name, EventCode.");
                }
                return new GdeltEvents(counts, lines, delimiter, layout);
            }
            int columns = Fields.split(first, '\t').size();
            if (!BY_COUNT.containsKey(columns)) {
                throw notThisFormat(file.toString(), 1, "This is not a GDELT events file: its first line has " + columns
                        + " tab-separated columns, where GDELT 1.0 events have 57 or 58 and GDELT 2.0 events 61. "
                        + "Is it another format? Choose it with --from (icews, polecat, gdelt, phoenix or ftm).");
            }
            GdeltEvents events = new GdeltEvents(counts, lines, '\t', null);
            events.pending = first;
            return events;
        });
    }

    /** The first data line of a file without a header, read to recognise the format. */
    private String pending;

    @Override
    boolean readLine() {
        String line = pending != null ? pending : lines.next();
        pending = null;
        if (line == null) {
            return false;
        }
        if (line.isBlank()) {
            return true;
        }
        counts.read();
        // tab-separated rows are split only when their code is a meeting's: most are skipped by the code alone
        boolean tabs = delimiter == '\t';
        List<String> split = tabs ? null : Fields.split(line, delimiter);
        int columns = tabs ? Fields.countTabbed(line) : split.size();
        Layout layout = headerLayout != null ? headerLayout : layouts.get(columns);
        if (layout == null || columns != layout.columns) {
            badRow("The row has " + columns + " columns; GDELT events have "
                    + (headerLayout != null ? headerLayout.columns + " in this file." : "57, 58 or 61."));
            return true;
        }
        String cameo = MeetingCodes.normal(tabs ? Fields.tabbed(line, layout.event) : Columns.get(split, layout.event));
        switch (MeetingCodes.kind(cameo)) {
            case OTHER -> counts.skip(NOT_A_MEETING);
            case PHONE -> counts.skip(TELEPHONE);
            case MEETING -> readSafely(() -> readMeeting(tabs ? Fields.split(line, '\t') : split, layout, cameo));
        }
        return true;
    }

    private void readMeeting(List<String> row, Layout layout, String cameo) {
        LocalDate day = day(Columns.get(row, layout.date));
        if (day == null) {
            badRow("\"" + Columns.get(row, layout.date) + "\" in SQLDATE is not a day (YYYYMMDD).");
            return;
        }
        LocalDate added = day(Columns.get(row, layout.added));
        LocalDate clock = added != null ? added : day;
        String url = orNull(Columns.get(row, layout.url));
        Source source = url != null
                ? new Source("gdelt:" + hash(url), null, host(url), url, clock)
                : new Source("gdelt:event:" + Columns.get(row, layout.id).replaceAll("[^0-9]", ""), null, null, null, clock);
        Party a = party(Columns.get(row, layout.name1), Columns.get(row, layout.code1), Columns.get(row, layout.country1));
        Party b = party(Columns.get(row, layout.name2), Columns.get(row, layout.code2), Columns.get(row, layout.country2));
        String evidence = PersonNames.display(a.name()) + " – " + MeetingCodes.description(cameo) + " – " + PersonNames.display(b.name());
        meeting(FORMAT + ":" + cameo, day, a, b, new Story(source, clock), orNull(Columns.get(row, layout.place)), evidence);
    }

    private Party party(String name, String code, String countryCode) {
        Offices.CameoActor actor = offices.cameo(code);
        if (actor.scope() != null) {
            return new Party(name, actor.scope(), actor.body(), null);
        }
        Optional<String> iso3 = offices.countries().byCameo(countryCode);
        return new Party(name, iso3.orElse(null), null, null);
    }

    private String hash(String url) {
        return HexFormat.of().formatHex(Arrays.copyOf(sha256.digest(url.getBytes(StandardCharsets.UTF_8)), 10));
    }

    private static String host(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Map<Integer, Columns> layouts() {
        Map<Integer, Columns> layouts = new HashMap<>();
        for (String line : DataFiles.lines(GdeltEvents.class, "gdelt-columns.txt")) {
            List<String> names = Arrays.asList(line.split("\\s+"));
            List<String> columns = names.subList(1, names.size());
            layouts.put(columns.size(), new Columns(columns));
            if ("1.0".equals(names.get(0))) {
                layouts.put(columns.size() - 1, new Columns(columns.subList(0, columns.size() - 1)));
            }
        }
        return layouts;
    }
}
