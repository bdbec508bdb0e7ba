package org.diplograph.cypher.internal.write;

import java.time.LocalDate;
import java.util.List;
import org.diplograph.cypher.internal.write.EdgeRow.Bound;

/**
 * A row of {@code write/merge-roles}: one {@code REPRESENTS} edge per holder, body and folded title.
 *
 * @param start         the holder (an official or a ministry)
 * @param end           the ministry, country or alliance
 * @param titleKey      the folded title ({@code ""} when none)
 * @param title         the title as first written, or {@code null}
 * @param from          the first day the role may have begun, or {@code null}
 * @param fromPrecision its precision
 * @param to            the last day the role may have lasted, or {@code null}
 * @param toPrecision   its precision
 * @param sources       the FactSets' source ids
 * @param seenSources   whether any source was in the graph before this batch
 * @param evidence      the sentence of each source ({@code ""} when none)
 */
public record RoleRow(@NotStored String start, @NotStored String end, String titleKey, String title, LocalDate from,
                      String fromPrecision, LocalDate to, String toPrecision, List<String> sources,
                      @NotStored boolean seenSources, List<String> evidence) implements EdgeRow<RoleRow> {

    /** {@code ON CREATE} sets the title; the dates widen to cover both. */
    @Override
    public RoleRow combine(RoleRow later, boolean checkRepeats) {
        Reports both = reports().then(later.reports(), checkRepeats);
        Bound begins = Bound.earlier(new Bound(from, fromPrecision), new Bound(later.from, later.fromPrecision));
        Bound ends = Bound.later(new Bound(to, toPrecision), new Bound(later.to, later.toPrecision));
        return new RoleRow(start, end, titleKey, title, begins.date(), begins.precision(), ends.date(), ends.precision(),
                both.sources(), seenSources, both.evidence());
    }

    @Override
    public RoleRow withSeenSources(boolean seen) {
        return new RoleRow(start, end, titleKey, title, from, fromPrecision, to, toPrecision, sources, seen, evidence);
    }

    @Override
    public RoleRow pooled(String start, String end, Pool pool) {
        return new RoleRow(start, end, pool.of(titleKey), pool.of(title), pool.of(from),
                fromPrecision, pool.of(to), toPrecision, pool.sources(sources), seenSources, evidence);
    }
}
