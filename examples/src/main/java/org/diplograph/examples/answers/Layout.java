package org.diplograph.examples.answers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.diplograph.explorer.Rows;
import org.diplograph.json.JsonMappers;

/**
 * Lays rows out as a table (for people), CSV (for spreadsheets), JSON or JSON Lines (for programs).
 * Records are first turned into rows through Jackson, so every result type prints the same way.
 */
final class Layout {

    private static final int MAX_CELL = 80;

    private Layout() {
    }

    /**
     * @param results records or maps
     * @return the same as rows: one column per top-level field
     */
    static Rows rows(List<?> results) {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (Object result : results) {
            Map<String, Object> row = JsonMappers.results().convertValue(result, new TypeReference<LinkedHashMap<String, Object>>() {
            });
            for (String column : row.keySet()) {
                if (!columns.contains(column)) {
                    columns.add(column);
                }
            }
            rows.add(row);
        }
        return new Rows(columns, rows);
    }

    static void print(Rows rows, Answers.Format format, PrintWriter out) {
        switch (format) {
            case json -> out.println(json(rows.rows(), true));
            case jsonl -> rows.rows().forEach(row -> out.println(json(row, false)));
            case csv -> {
                rows = flat(rows);
                out.println(rows.columns().stream().map(Layout::csv).collect(Collectors.joining(",")));
                for (Map<String, Object> row : rows.rows()) {
                    out.println(rows.columns().stream().map(c -> csv(cell(row.get(c)))).collect(Collectors.joining(",")));
                }
            }
            case table -> table(flat(rows), out);
        }
    }

    /**
     * Rows for people: an actor reference ({@code {id, kind, name}}) shows as its name, a list of them
     * as names, a nested record's fields become columns of their own, a list of records becomes a
     * count. Dates come at the precision they are known ({@code 2020-07}), as the results mapper writes them.
     */
    static Rows flat(Rows rows) {
        List<String> columns = new ArrayList<>();
        List<Map<String, Object>> flat = new ArrayList<>();
        for (Map<String, Object> row : rows.rows()) {
            Map<String, Object> out = new LinkedHashMap<>();
            flatten(row, out);
            out.keySet().stream().filter(c -> !columns.contains(c)).forEach(columns::add);
            flat.add(out);
        }
        return new Rows(columns, flat);
    }

    private static void flatten(Map<String, Object> map, Map<String, Object> out) {
        for (Map.Entry<String, Object> entry : map.entrySet()) {
            String key = entry.getKey();
            Object value = entry.getValue();
            if (isReference(value)) {
                out.put(key, ((Map<?, ?>) value).get("name"));
            } else if (value instanceof Map<?, ?> nested) {
                @SuppressWarnings("unchecked")
                Map<String, Object> fields = (Map<String, Object>) nested;
                flatten(fields, out);
            } else if (value instanceof Collection<?> list && !list.isEmpty() && list.stream().allMatch(Layout::isReference)) {
                out.put(key, list.stream().map(v -> String.valueOf(((Map<?, ?>) v).get("name"))).collect(Collectors.joining("; ")));
            } else if (value instanceof Collection<?> list && list.stream().anyMatch(v -> v instanceof Map)) {
                out.put(key, list.size() + (list.size() == 1 ? " item" : " items"));
            } else {
                out.putIfAbsent(key, value);
            }
        }
    }

    private static boolean isReference(Object value) {
        return value instanceof Map<?, ?> map && map.size() <= 3 && map.containsKey("id") && map.containsKey("name")
                && map.keySet().stream().allMatch(k -> k.equals("id") || k.equals("name") || k.equals("kind"));
    }

    private static void table(Rows rows, PrintWriter out) {
        if (rows.rows().isEmpty()) {
            out.println("(no results)");
            return;
        }
        List<String> columns = rows.columns();
        int[] widths = new int[columns.size()];
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = columns.get(i).length();
        }
        for (Map<String, Object> row : rows.rows()) {
            List<String> line = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                String cell = cell(row.get(columns.get(i)));
                if (cell.length() > MAX_CELL) {
                    cell = cell.substring(0, MAX_CELL - 1) + "…";
                }
                widths[i] = Math.max(widths[i], cell.length());
                line.add(cell);
            }
            cells.add(line);
        }
        out.println(line(columns, widths));
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            rule.append(i == 0 ? "" : "-+-").append("-".repeat(widths[i]));
        }
        out.println(rule);
        cells.forEach(line -> out.println(line(line, widths)));
        out.println("(" + rows.rows().size() + (rows.rows().size() == 1 ? " row)" : " rows)"));
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            line.append(i == 0 ? "" : " | ").append(cell).append(" ".repeat(widths[i] - cell.length()));
        }
        return line.toString().stripTrailing();
    }

    /** A value as one line of text: lists joined with "; ", maps and nested values as JSON. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> list && list.stream().allMatch(v -> v == null || !(v instanceof Map || v instanceof Collection))) {
            return list.stream().map(v -> v == null ? "" : String.valueOf(v)).collect(Collectors.joining("; "));
        }
        if (value instanceof Map || value instanceof Collection) {
            return json(value, false);
        }
        return String.valueOf(value).replace('\n', ' ');
    }

    private static String csv(String text) {
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    static String json(Object value, boolean pretty) {
        if (!pretty) {
            return JsonMappers.resultJson(value);
        }
        try {
            return JsonMappers.results().writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A result could not be written as JSON", e);
        }
    }
}
