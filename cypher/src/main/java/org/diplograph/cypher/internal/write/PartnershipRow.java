package org.diplograph.cypher.internal.write;

import java.time.LocalDate;
import java.util.List;
import org.diplograph.cypher.internal.write.EdgeRow.Bound;

/**
 * A row of {@code write/merge-partnerships}: one {@code PARTNER_OF} edge per pair (lower id to higher) and kind.
 *
 * @param start          the country or alliance whose id sorts first
 * @param end            the other
 * @param kind           the kind, lower-cased as stated
 * @param since          the first day it may have begun, or {@code null}
 * @param sincePrecision its precision
 * @param sources        the FactSets' source ids
 * @param seenSources    whether any source was in the graph before this batch
 * @param evidence       the sentence of each source ({@code ""} when none)
 */
public record PartnershipRow(@NotStored String start, @NotStored String end, String kind, LocalDate since, String sincePrecision,
                             List<String> sources, @NotStored boolean seenSources, List<String> evidence)
        implements EdgeRow<PartnershipRow> {

    /** The start widens to the earliest stated. */
    @Override
    public PartnershipRow combine(PartnershipRow later, boolean checkRepeats) {
        Reports both = reports().then(later.reports(), checkRepeats);
        Bound begins = Bound.earlier(new Bound(since, sincePrecision), new Bound(later.since, later.sincePrecision));
        return new PartnershipRow(start, end, kind, begins.date(), begins.precision(),
                both.sources(), seenSources, both.evidence());
    }

    @Override
    public PartnershipRow withSeenSources(boolean seen) {
        return new PartnershipRow(start, end, kind, since, sincePrecision, sources, seen, evidence);
    }

    @Override
    public PartnershipRow pooled(String start, String end, Pool pool) {
        return new PartnershipRow(start, end, pool.of(kind), pool.of(since), sincePrecision,
                pool.sources(sources), seenSources, evidence);
    }
}
