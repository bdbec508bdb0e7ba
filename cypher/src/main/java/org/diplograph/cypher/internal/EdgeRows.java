package org.diplograph.cypher.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of one edge statement ({@code write/merge-roles}, {@code -meetings}, {@code -partnerships},
 * {@code -memberships}) for one batch: one row per edge, that is per MERGE key.
 *
 * <p>A batch reports many edges many times: an official's role in every FactSet that names him, a
 * membership in every article about the alliance. Written report by report, each report would read and
 * rewrite the edge's whole {@code sources} list, which for a busy official's role holds a thousand ids by
 * the end of a large load. So the reports of one edge become one row: its {@code sources} and
 * {@code evidence} are lists (in report order, each once); the fields a {@link Combine} names follow
 * its rule (a widening date, a place the first report may lack); every other field is the first
 * report's. Each statement applies a row exactly as it applied those reports one after another, so the
 * graph is the same.
 */
final class EdgeRows {

    /** How a field of later reports of an edge changes the edge's row, as the statement would change the edge. */
    sealed interface Combine permits Widen, FirstGiven {

        void apply(Map<String, Object> row, Map<String, Object> report);
    }

    /**
     * A date that only widens: {@code from}/{@code since} move earlier, {@code to} later, each with its
     * precision (the statements' {@code CASE WHEN row.from < r.from …}).
     *
     * @param date      the date field
     * @param precision its precision field
     * @param earlier   whether an earlier date wins (otherwise a later one)
     */
    record Widen(String date, String precision, boolean earlier) implements Combine {

        @Override
        public void apply(Map<String, Object> row, Map<String, Object> report) {
            LocalDate incoming = (LocalDate) report.get(date);
            LocalDate current = (LocalDate) row.get(date);
            if (incoming != null && (current == null || (earlier ? incoming.isBefore(current) : incoming.isAfter(current)))) {
                row.put(date, incoming);
                row.put(precision, report.get(precision));
            }
        }
    }

    /**
     * A field kept from the first report that gives it (the statements' {@code coalesce(m.place, row.place)}).
     *
     * @param field the field
     */
    record FirstGiven(String field) implements Combine {

        @Override
        public void apply(Map<String, Object> row, Map<String, Object> report) {
            if (row.get(field) == null) {
                row.put(field, report.get(field));
            }
        }
    }

    private final List<Combine> combines;
    private final String[] keyFields;
    private final Map<List<Object>, Map<String, Object>> byKey = new HashMap<>();
    private final List<Map<String, Object>> rows = new ArrayList<>();
    private int reports;

    /**
     * @param combines  how the fields that are not the first report's combine
     * @param keyFields the fields that make up the MERGE key (both ends and the edge's key property)
     */
    EdgeRows(List<Combine> combines, String... keyFields) {
        this.combines = combines;
        this.keyFields = keyFields;
    }

    /**
     * @param report one report's row, with a {@code source} id and an {@code evidence} sentence (or null);
     *               taken over, not copied
     */
    void add(Map<String, Object> report) {
        reports++;
        List<Object> key = new ArrayList<>(keyFields.length);
        for (String field : keyFields) {
            key.add(report.get(field));
        }
        String source = (String) report.remove("source");
        String evidence = (String) report.remove("evidence");
        Map<String, Object> row = byKey.get(key);
        if (row == null) {
            row = report;
            row.put("sources", new ArrayList<String>(1));
            row.put("evidence", new ArrayList<String>(1));
            byKey.put(key, row);
            rows.add(row);
        } else {
            for (Combine combine : combines) {
                combine.apply(row, report);
            }
        }
        BatchWrite.addAll(row, "sources", List.of(source));
        if (evidence != null) {
            BatchWrite.addAll(row, "evidence", List.of(evidence));
        }
    }

    /** @return one row per edge, in the order of each edge's first report */
    List<Map<String, Object>> rows() {
        return Collections.unmodifiableList(rows);
    }

    /** @return how many reports were added (what {@link org.diplograph.cypher.WriteSummary} counts) */
    int reports() {
        return reports;
    }
}
