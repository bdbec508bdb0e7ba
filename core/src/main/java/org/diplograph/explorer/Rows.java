package org.diplograph.explorer;

import java.util.List;
import java.util.Map;

/**
 * The answer to an analyst's own Cypher: column names and rows of plain Java values (strings,
 * numbers, booleans, {@code LocalDate}s, lists, and maps for nodes, edges and paths).
 *
 * @param columns the column names, in order
 * @param rows    one map per row, column → value
 */
public record Rows(List<String> columns, List<Map<String, Object>> rows) {

    /** Keeps unmodifiable copies. */
    public Rows {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
