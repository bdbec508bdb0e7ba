package org.diplograph.model;

import java.time.LocalDate;
import org.diplograph.InvalidInputException;

/**
 * A span of days for filtering, open at either end, and whether facts of unknown date count.
 *
 * @param from           the first day, or {@code null} for no lower bound
 * @param to             the last day, or {@code null} for no upper bound
 * @param includeUndated whether meetings of unknown date are included
 */
public record Period(LocalDate from, LocalDate to, boolean includeUndated) {

    /** Validates that {@code from} is not after {@code to}. */
    public Period {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidInputException("A period's start " + from + " is after its end " + to + ".");
        }
    }

    /** @return all time, without meetings of unknown date */
    public static Period always() {
        return new Period(null, null, false);
    }

    /**
     * @param from the first day, or {@code null}
     * @param to   the last day, or {@code null}
     * @return the period, without meetings of unknown date
     */
    public static Period between(LocalDate from, LocalDate to) {
        return new Period(from, to, false);
    }

    /** @return the same period, with meetings of unknown date included */
    public Period withUndated() {
        return new Period(from, to, true);
    }

    /**
     * Whether a partial date lies in the period: a month or year overlapping the period counts.
     *
     * @param date the date, or {@code null} for unknown
     * @return whether it counts
     */
    public boolean contains(PartialDate date) {
        if (date == null) {
            return includeUndated;
        }
        return (from == null || !date.last().isBefore(from)) && (to == null || !date.first().isAfter(to));
    }
}
