package org.diplograph.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.InvalidInputException;

/**
 * A date known to the day, the month or the year: {@code 2020-02-06}, {@code 2020-02}, {@code 2020}.
 *
 * <p>It is stored as the first day of what is known ({@code 2020-02} is {@code 2020-02-01} with
 * precision month), so that period filters compare real dates; {@link #last()} is the last day
 * it may stand for.
 *
 * @param first     the first day the date may stand for
 * @param precision how much of it is known
 */
public record PartialDate(LocalDate first, DatePrecision precision) implements Comparable<PartialDate> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** Validates that {@code first} is the first day of its month or year when the precision says so. */
    public PartialDate {
        if (first == null || precision == null) {
            throw new InvalidInputException("A date needs both a day and a precision.");
        }
        if (precision != DatePrecision.DAY && first.getDayOfMonth() != 1
                || precision == DatePrecision.YEAR && first.getMonthValue() != 1) {
            throw new InvalidInputException("A date of precision " + precision.word()
                    + " must start on the first day of its " + precision.word() + ".");
        }
    }

    /**
     * A date to the day.
     *
     * @param day the day
     * @return the date with precision day
     */
    public static PartialDate ofDay(LocalDate day) {
        return new PartialDate(day, DatePrecision.DAY);
    }

    /**
     * The date of a precision that contains a day: {@code 2022-07} for 31 July 2022 and month precision.
     *
     * @param day       any day
     * @param precision how much of it is known
     * @return the date
     */
    public static PartialDate containing(LocalDate day, DatePrecision precision) {
        return switch (precision) {
            case DAY -> new PartialDate(day, precision);
            case MONTH -> new PartialDate(day.withDayOfMonth(1), precision);
            case YEAR -> new PartialDate(day.withDayOfYear(1), precision);
        };
    }

    /**
     * Reads {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}.
     *
     * @param text the date
     * @return the date, with the precision its form implies
     * @throws InvalidInputException when it is of no such form or names no real day ({@code 2020-02-30})
     */
    public static PartialDate parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw new InvalidInputException("\"" + text + "\" is not a date: write YYYY-MM-DD, YYYY-MM or YYYY.");
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return new PartialDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
            }
            int month = Integer.parseInt(m.group(2));
            if (m.group(3) == null) {
                return new PartialDate(YearMonth.of(year, month).atDay(1), DatePrecision.MONTH);
            }
            return new PartialDate(LocalDate.of(year, month, Integer.parseInt(m.group(3))), DatePrecision.DAY);
        } catch (DateTimeException e) {
            throw new InvalidInputException("\"" + text + "\" is not a real date (" + e.getMessage() + ").");
        }
    }

    /**
     * Reads a date and checks it against a stated precision.
     *
     * @param text      the date, or {@code null}
     * @param precision the stated precision, or {@code null} to take it from the form
     * @return the date, or {@code null} when {@code text} is null
     * @throws InvalidInputException when the form and the stated precision differ
     */
    public static PartialDate parse(String text, String precision) {
        if (text == null) {
            if (precision != null) {
                DatePrecision.fromWord(precision);
            }
            return null;
        }
        PartialDate date = parse(text);
        if (precision != null && DatePrecision.fromWord(precision) != date.precision()) {
            throw new InvalidInputException("\"" + text + "\" is written to the " + date.precision().word()
                    + " but the precision says " + precision + ".");
        }
        return date;
    }

    /** @return the last day this date may stand for */
    public LocalDate last() {
        return switch (precision) {
            case DAY -> first;
            case MONTH -> YearMonth.from(first).atEndOfMonth();
            case YEAR -> first.withDayOfYear(first.lengthOfYear());
        };
    }

    @Override
    public int compareTo(PartialDate other) {
        int byDay = first.compareTo(other.first);
        return byDay != 0 ? byDay : precision.compareTo(other.precision);
    }

    /** @return the date as written in FactSet JSON: {@code 2020-02-06}, {@code 2020-02} or {@code 2020} */
    @Override
    public String toString() {
        String day = first.toString();
        return switch (precision) {
            case DAY -> day;
            case MONTH -> day.substring(0, 7);
            case YEAR -> day.substring(0, 4);
        };
    }
}
