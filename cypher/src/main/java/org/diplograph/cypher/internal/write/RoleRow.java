package org.diplograph.cypher.internal.write;

import java.time.LocalDate;
import java.util.List;
import org.diplograph.cypher.internal.write.EdgeRow.Bound;
import org.diplograph.model.ActorKind;

/**
 * A row of {@code write/merge-roles}: one {@code REPRESENTS} edge per holder, body and folded title.
 *
 * @param who           the holder (an official or a ministry)
 * @param body          the ministry, country or alliance
 * @param titleKey      the folded title ({@code ""} when none)
 * @param title         the title as first written, or {@code null}
 * @param from          the first day the role may have begun, or {@code null}
 * @param fromPrecision its precision
 * @param to            the last day the role may have lasted, or {@code null}
 * @param toPrecision   its precision
 * @param sources       the FactSets' source ids
 * @param seenSources   whether any source was in the graph before this batch
 * @param evidence      the sentences
 */
public record RoleRow(@NotStored String who, @NotStored String body, String titleKey, String title, LocalDate from,
                      String fromPrecision, LocalDate to, String toPrecision, List<String> sources,
                      @NotStored boolean seenSources, List<String> evidence) implements EdgeRow<RoleRow> {

    /** Keeps unmodifiable lists. */
    public RoleRow {
        sources = List.copyOf(sources);
        evidence = List.copyOf(evidence);
    }

    @Override
    public String statement() {
        return "write/merge-roles";
    }

    @Override
    public String type() {
        return "REPRESENTS";
    }

    @Override
    public String startId() {
        return who;
    }

    @Override
    public String endId() {
        return body;
    }

    @Override
    public Object mergeKey() {
        return titleKey;
    }

    @Override
    public boolean endsFit(ActorKind start, ActorKind end) {
        return true;
    }

    /** {@code ON CREATE} sets the title; the dates widen to cover both. */
    @Override
    public RoleRow combine(RoleRow later, boolean checkRepeats) {
        Bound start = Bound.earlier(new Bound(from, fromPrecision), new Bound(later.from, later.fromPrecision));
        Bound end = Bound.later(new Bound(to, toPrecision), new Bound(later.to, later.toPrecision));
        return new RoleRow(who, body, titleKey, title, start.date(), start.precision(), end.date(), end.precision(),
                EdgeRow.appendSources(sources, later.sources, checkRepeats), seenSources,
                EdgeRow.appendNew(evidence, later.evidence));
    }

    @Override
    public RoleRow withSeenSources(boolean seen) {
        return new RoleRow(who, body, titleKey, title, from, fromPrecision, to, toPrecision, sources, seen, evidence);
    }
}
