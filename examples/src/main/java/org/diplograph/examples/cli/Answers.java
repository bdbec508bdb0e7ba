package org.diplograph.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.diplograph.query.Chain;
import org.diplograph.query.Neighbourhood;
import org.diplograph.query.Rows;

/** Prints any Explorer answer: as JSON it is, as a table or CSV it is laid out for reading. */
public final class Answers {

    private Answers() {
    }

    /**
     * @param answer an Explorer method's result
     * @param out    where to print it as a table
     */
    public static void print(Object answer, PrintWriter out) {
        print(answer, Output.Format.table, out);
    }

    static void print(Object answer, Output.Format format, PrintWriter out) {
        boolean json = format == Output.Format.json || format == Output.Format.jsonl;
        Output.print(json ? rows(answer) : tableRows(answer), format, out);
        if (format == Output.Format.table && answer instanceof Neighbourhood n && !n.complete()) {
            out.println("(The nearest " + n.actors().size() + " actors only: more are within reach; --max-actors raises the cap.)");
        }
    }

    /** Any answer as rows: a list row by row, an optional as zero or one row, a record as one row. */
    static Rows rows(Object result) {
        if (result instanceof Rows rows) {
            return rows;
        }
        if (result instanceof Optional<?> optional) {
            return Output.rows(optional.map(List::of).orElse(List.of()));
        }
        if (result instanceof List<?> list) {
            return Output.rows(list);
        }
        return Output.rows(List.of(result));
    }

    /** For tables: a chain as the meetings along it, a neighbourhood as its links; the rest as {@link #rows(Object)}. */
    static Rows tableRows(Object result) {
        Object value = result instanceof Optional<?> optional ? optional.orElse(null) : result;
        if (value instanceof Chain chain) {
            return Output.rows(chain.hops().stream().flatMap(hop -> hop.meetings().stream()).toList());
        }
        if (value instanceof Neighbourhood neighbourhood) {
            return Output.rows(neighbourhood.links());
        }
        return rows(result);
    }

}
