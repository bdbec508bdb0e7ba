package org.diplograph.model;

import java.util.List;
import java.util.Locale;
import org.diplograph.InvalidInputException;

/** How much of a date is known: the day, only the month, or only the year. */
public enum DatePrecision {
    /** {@code YYYY-MM-DD} */
    DAY,
    /** {@code YYYY-MM} */
    MONTH,
    /** {@code YYYY} */
    YEAR;

    private static final List<DatePrecision> ALL = List.of(values());
    private final String word = name().toLowerCase(Locale.ROOT);

    /** @return the word used in FactSet JSON and in the graph, like {@code day} */
    public String word() {
        return word;
    }

    /**
     * @param word {@code day}, {@code month} or {@code year} (any case)
     * @return the precision
     * @throws InvalidInputException for any other word
     */
    public static DatePrecision fromWord(String word) {
        String trimmed = word == null ? "" : word.trim();
        for (DatePrecision precision : ALL) {
            if (precision.word.equalsIgnoreCase(trimmed)) {
                return precision;
            }
        }
        throw new InvalidInputException("\"" + word + "\" is not a date precision; use day, month or year.");
    }
}
