package org.diplograph.convert.events;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;
import org.diplograph.InvalidInputException;
import org.diplograph.convert.Conversion;
import org.diplograph.convert.ConversionCounts;
import org.diplograph.convert.ConversionSummary;
import org.diplograph.convert.Fields;
import org.diplograph.convert.LineReader;
import org.diplograph.convert.Offices;
import org.diplograph.convert.PersonNames;
import org.diplograph.model.ActorId;
import org.diplograph.model.FactSet;
import org.diplograph.model.Official;
import org.diplograph.model.Provenance;

/**
 * What the event converters share: rows read one at a time, each a meeting of two named people or
 * skipped with a reason, and meetings collected per story by a {@link MeetingWindow}. A subclass reads
 * its format's rows and hands each meeting row to {@link #meeting}.
 */
abstract class EventConversion implements Conversion {

    /** A row whose event is not a meeting. */
    static final String NOT_A_MEETING = "not a meeting";
    /** A telephone call (CAMEO 041, PLOVER CONSULT by phone): not a MET_WITH. */
    static final String TELEPHONE = "telephone call";
    /** A side that is a generic actor ("Foreign Affairs (Bangladesh)", "PRESIDENT", a country) or missing. */
    static final String NOT_A_PERSON = "not a named person on both sides";
    /** A side whose country (or organisation) the row does not give, or gives in a form we do not know. */
    static final String NO_COUNTRY = "country unknown";
    /** Both sides are one person. */
    static final String SAME_PERSON = "same person on both sides";
    /** A row that cannot be read (columns, date); reported with its line. */
    static final String BAD_ROW = "bad row";

    /** How many days past a story the input may still bring rows of it (see {@link MeetingWindow}). */
    static final int WINDOW_DAYS = 2;
    /** How many stories may be open at once (see {@link MeetingWindow}). */
    static final int MAX_OPEN_STORIES = 20_000;

    final ConversionCounts counts;
    final LineReader lines;
    final Offices offices = Offices.builtIn();
    final PersonNames names = PersonNames.builtIn();
    private final MeetingWindow window = new MeetingWindow(WINDOW_DAYS, MAX_OPEN_STORIES);
    private final ArrayDeque<FactSet> ready = new ArrayDeque<>();
    private final Consumer<FactSet> done;
    private boolean ended;

    /** What a format makes of its file's first line ({@code null} when the file is empty): its conversion, or a refusal. */
    interface FirstLine {
        EventConversion read(LineReader lines, String first, ConversionCounts counts);
    }

    /** Opens the file and hands its first line to the format; the file is closed again when the format refuses it. */
    static Conversion openWith(Path file, String format, Consumer<InvalidInputException> problems, FirstLine reader) {
        LineReader lines = LineReader.open(file);
        try {
            return reader.read(lines, lines.next(), new ConversionCounts(file.toString(), format, "rows", problems));
        } catch (RuntimeException e) {
            lines.close();
            throw e;
        }
    }

    EventConversion(ConversionCounts counts, LineReader lines) {
        this.counts = counts;
        this.lines = lines;
        this.done = facts -> ready.add(counts.made(facts));
    }

    /**
     * Reads the next line: counts it and hands a meeting to {@link #meeting}, or skips it with a reason.
     *
     * @return false at the end of the file
     */
    abstract boolean readLine();

    @Override
    public final boolean hasNext() {
        while (ready.isEmpty() && !ended) {
            if (!readLine()) {
                window.flush(done);
                ended = true;
            }
        }
        return !ready.isEmpty();
    }

    @Override
    public final FactSet next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
    }

    @Override
    public final ConversionSummary summary() {
        return counts.summary();
    }

    @Override
    public final void close() {
        lines.close();
    }

    /**
     * A row that codes a meeting: it becomes one when both sides are named people in a known country.
     *
     * @param rule       dataset and code, like {@code icews:042}
     * @param day        the meeting's day
     * @param a          one side
     * @param b          the other
     * @param story      the story
     * @param place      where, or {@code null}
     * @param evidence   the event text, or {@code null}
     */
    final void meeting(String rule, LocalDate day, Party a, Party b, Story story, String place, String evidence) {
        if (!names.isNamedPerson(a.name()) || !names.isNamedPerson(b.name())) {
            counts.skip(NOT_A_PERSON);
            return;
        }
        if (a.scope() == null || b.scope() == null) {
            counts.skip(NO_COUNTRY);
            return;
        }
        Optional<Official> first = official(a);
        Optional<Official> second = official(b);
        if (first.isEmpty() || second.isEmpty()) {
            counts.skip(NOT_A_PERSON);
            return;
        }
        if (first.get().id().equals(second.get().id())) {
            counts.skip(SAME_PERSON);
            return;
        }
        counts.used();
        window.add(new MeetingWindow.Row(story, day, first.get(), a.body(), a.title(), second.get(), b.body(), b.title(),
                place, new Provenance(evidence, rule, null)), done);
    }

    private static Optional<Official> official(Party side) {
        String name = PersonNames.display(side.name());
        Optional<ActorId> id = PersonNames.officialId(side.scope(), name);
        return id.map(i -> new Official(i, name, List.of(), null));
    }

    /**
     * Reads a meeting row; a value the FactSet format refuses (a name too long) makes it a bad row.
     *
     * @param read what reads the row and hands it to {@link #meeting}
     */
    final void readSafely(Runnable read) {
        try {
            read.run();
        } catch (InvalidInputException e) {
            badRow(e.problem());
        }
    }

    /**
     * Skips a row that cannot be read, reporting it with its line.
     *
     * @param problem what is wrong
     */
    final void badRow(String problem) {
        counts.skip(BAD_ROW);
        counts.defect(lines.line(), problem);
    }

    /**
     * @param text a day as {@code YYYY-MM-DD}, {@code YYYYMMDD} or {@code YYYYMMDDhhmmss}
     * @return the day, or {@code null} when it is none
     */
    static LocalDate day(String text) {
        String t = text == null ? "" : text.strip();
        try {
            if (t.length() >= 10 && t.charAt(4) == '-') {
                return LocalDate.parse(t.substring(0, 10));
            }
            if (t.length() >= 8 && t.chars().limit(8).allMatch(Character::isDigit)) {
                return LocalDate.of(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(4, 6)),
                        Integer.parseInt(t.substring(6, 8)));
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    /** @return {@code text}, or {@code null} when it is blank */
    static String orNull(String text) {
        return text == null || text.isBlank() ? null : Fields.clean(text);
    }

    /**
     * The error for a file that is not of the format at all (the wrong {@code --from}).
     *
     * @param file    the file
     * @param line    the line that shows it
     * @param problem what is wrong
     * @return the exception to throw
     */
    static InvalidInputException notThisFormat(String file, long line, String problem) {
        return new InvalidInputException(file, (int) line, null, problem, null);
    }
}
