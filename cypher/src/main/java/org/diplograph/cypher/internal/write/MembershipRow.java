package org.diplograph.cypher.internal.write;

import java.time.LocalDate;
import java.util.List;
import org.diplograph.cypher.internal.write.EdgeRow.Bound;

/**
 * A row of {@code write/merge-memberships}: one {@code MEMBER_OF} edge per country and alliance.
 *
 * @param start          the country
 * @param end            the alliance
 * @param since          the first day it may have begun, or {@code null}
 * @param sincePrecision its precision
 * @param to             the last day it may have lasted, or {@code null}
 * @param toPrecision    its precision
 * @param sources        the FactSets' source ids
 * @param seenSources    whether any source was in the graph before this batch
 * @param evidence       the sentence of each source ({@code ""} when none)
 */
public record MembershipRow(@NotStored String start, @NotStored String end, LocalDate since, String sincePrecision,
                            LocalDate to, String toPrecision, List<String> sources, @NotStored boolean seenSources,
                            List<String> evidence) implements EdgeRow<MembershipRow> {

    /** The dates widen to cover both. */
    @Override
    public MembershipRow combine(MembershipRow later, boolean checkRepeats) {
        Reports both = reports().then(later.reports(), checkRepeats);
        Bound begins = Bound.earlier(new Bound(since, sincePrecision), new Bound(later.since, later.sincePrecision));
        Bound ends = Bound.later(new Bound(to, toPrecision), new Bound(later.to, later.toPrecision));
        return new MembershipRow(start, end, begins.date(), begins.precision(), ends.date(), ends.precision(),
                both.sources(), seenSources, both.evidence());
    }

    @Override
    public MembershipRow withSeenSources(boolean seen) {
        return new MembershipRow(start, end, since, sincePrecision, to, toPrecision, sources, seen, evidence);
    }

    @Override
    public MembershipRow pooled(String start, String end, Pool pool) {
        return new MembershipRow(start, end, pool.of(since), sincePrecision, pool.of(to),
                toPrecision, pool.sources(sources), seenSources, evidence);
    }
}
