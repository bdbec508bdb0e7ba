package org.diplograph.cypher.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * {@code evidence} are lists (in report order, each once); each widening date (see {@link Widen}) is the
 * widest any report gives, with the precision of the first report that gives it; every other field is
 * the first report's, except that a {@code place} missing from it is taken from the first report that has
 * one. Each statement applies a row exactly as it applied those reports one after another, so the graph
 * is the same.
 */
final class EdgeRows {

    /**
     * A date that only widens: {@code from}/{@code since} move earlier, {@code to} later, each with its
     * precision (the statements' {@code CASE WHEN row.from < r.from …}).
     *
     * @param date      the date field
     * @param precision its precision field
     * @param earlier   whether an earlier date wins (otherwise a later one)
     */
    record Widen(String date, String precision, boolean earlier) {

        void apply(Map<String, Object> row, Map<String, Object> report) {
            LocalDate incoming = (LocalDate) report.get(date);
            LocalDate current = (LocalDate) row.get(date);
            if (incoming != null && (current == null || (earlier ? incoming.isBefore(current) : incoming.isAfter(current)))) {
                row.put(date, incoming);
                row.put(precision, report.get(precision));
            }
        }
    }

    private final List<Widen> widens;
    private final String[] keyFields;
    private final Map<List<Object>, Map<String, Object>> byKey = new LinkedHashMap<>();
    private int reports;

    /**
     * @param widens    the dates that widen
     * @param keyFields the fields that make up the MERGE key (both ends and the edge's key property)
     */
    EdgeRows(List<Widen> widens, String... keyFields) {
        this.widens = widens;
        this.keyFields = keyFields;
    }

    /**
     * @param report one report's row, with a {@code source} id and an {@code evidence} sentence (or null);
     *               taken over, not copied
     */
    @SuppressWarnings("unchecked")
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
            List<String> sources = new ArrayList<>(1);
            sources.add(source);
            report.put("sources", sources);
            List<String> sentences = new ArrayList<>(1);
            if (evidence != null) {
                sentences.add(evidence);
            }
            report.put("evidence", sentences);
            byKey.put(key, report);
            return;
        }
        addIfAbsent((List<String>) row.get("sources"), source);
        if (evidence != null) {
            addIfAbsent((List<String>) row.get("evidence"), evidence);
        }
        for (Widen widen : widens) {
            widen.apply(row, report);
        }
        if (row.containsKey("place") && row.get("place") == null) {
            row.put("place", report.get("place"));
        }
    }

    /** @return one row per edge, in the order of each edge's first report */
    List<Map<String, Object>> rows() {
        return new ArrayList<>(byKey.values());
    }

    /** @return how many reports were added (what {@link org.diplograph.cypher.WriteSummary} counts) */
    int reports() {
        return reports;
    }

    private static void addIfAbsent(List<String> list, String value) {
        if (!list.contains(value)) {
            list.add(value);
        }
    }
}
