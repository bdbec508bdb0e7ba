package org.diplograph.examples.answers;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.diplograph.explorer.Chain;
import org.diplograph.explorer.Neighbourhood;
import org.diplograph.explorer.Rows;

/**
 * Prints any answer — an Explorer method's result, the rows of an analyst's Cypher, a summary — as a table,
 * CSV, JSON or JSON Lines: as JSON it is, as a table or CSV it is laid out for reading.
 */
public final class Answers {

    /** The formats answers print in. */
    public enum Format { table, json, jsonl, csv }

    private Answers() {
    }

    /**
     * @param answer an Explorer method's result
     * @param out    where to print it as a table
     */
    public static void print(Object answer, PrintWriter out) {
        print(answer, Format.table, out);
    }

    /**
     * @param answer an Explorer method's result, {@link Rows}, or any record
     * @param format how to print it
     * @param out    where to print it
     */
    public static void print(Object answer, Format format, PrintWriter out) {
        boolean json = format == Format.json || format == Format.jsonl;
        Layout.print(json ? rows(answer) : tableRows(answer), format, out);
        if (format == Format.table && answer instanceof Neighbourhood n && !n.complete()) {
            out.println("(The nearest " + n.actors().size() + " actors only: more are within reach; --max-actors raises the cap.)");
        }
    }

    /** Any answer as rows: a list row by row, an optional as zero or one row, a record as one row. */
    static Rows rows(Object result) {
        if (result instanceof Rows rows) {
            return rows;
        }
        if (result instanceof Optional<?> optional) {
            return Layout.rows(optional.map(List::of).orElse(List.of()));
        }
        if (result instanceof List<?> list) {
            return Layout.rows(list);
        }
        return Layout.rows(List.of(result));
    }

    /** For tables: a chain as the meetings along it, a neighbourhood as its links; the rest as {@link #rows(Object)}. */
    static Rows tableRows(Object result) {
        Object value = result instanceof Optional<?> optional ? optional.orElse(null) : result;
        if (value instanceof Chain chain) {
            return Layout.rows(chain.hops().stream().flatMap(hop -> hop.meetings().stream()).toList());
        }
        if (value instanceof Neighbourhood neighbourhood) {
            return Layout.rows(neighbourhood.links());
        }
        return rows(result);
    }

}
