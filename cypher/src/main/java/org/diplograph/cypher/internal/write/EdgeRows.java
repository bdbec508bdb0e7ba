package org.diplograph.cypher.internal.write;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of one edge statement for one batch: one row per edge, that is per MERGE key.
 *
 * <p>A batch reports many edges many times: an official's role in every FactSet that names him, a
 * membership in every article about the alliance. Written report by report, each report would read and
 * rewrite the edge's whole {@code sources} list, which for a busy official's role holds a thousand ids by
 * the end of a large load. So the reports of one edge are folded into one row with {@link EdgeRow#combine},
 * the statement's own semantics, and the statement applies that row as it would have applied the reports
 * one after another: the graph is the same.
 *
 * @param <R> the row type
 */
final class EdgeRows<R extends EdgeRow<R>> {

    /** An edge's identity within a statement: its ends and the property its MERGE is keyed on. */
    private record Key(String start, String end, Object mergeKey) {
    }

    private final Map<Key, R> byKey = new LinkedHashMap<>();
    private int reports;

    /** @param report one report of an edge, with its one source and its sentence (if any) */
    void add(R report) {
        reports++;
        byKey.merge(new Key(report.start(), report.end(), report.mergeKey()), report,
                (earlier, later) -> earlier.combine(later, true));
    }

    /**
     * @param seenSources the batch's sources that the graph held before it
     * @return one row per edge, in the order of each edge's first report, each marked whether it carries such a source
     */
    List<R> rows(Set<String> seenSources) {
        List<R> rows = new ArrayList<>(byKey.size());
        for (R row : byKey.values()) {
            rows.add(row.withSeenSources(!seenSources.isEmpty() && !Collections.disjoint(seenSources, row.sources())));
        }
        return rows;
    }

    /** @return how many reports were added (what {@link org.diplograph.cypher.WriteSummary} counts) */
    int reports() {
        return reports;
    }
}
