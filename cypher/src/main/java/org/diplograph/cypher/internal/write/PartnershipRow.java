package org.diplograph.cypher.internal.write;

import java.time.LocalDate;
import java.util.List;
import org.diplograph.cypher.internal.write.EdgeRow.Bound;
import org.diplograph.model.ActorKind;

/**
 * A row of {@code write/merge-partnerships}: one {@code PARTNER_OF} edge per pair (lower id to higher) and kind.
 *
 * @param a              the country or alliance whose id sorts first
 * @param b              the other
 * @param kind           the kind, lower-cased as stated
 * @param since          the first day it may have begun, or {@code null}
 * @param sincePrecision its precision
 * @param sources        the FactSets' source ids
 * @param seenSources    whether any source was in the graph before this batch
 * @param evidence       the sentences
 */
public record PartnershipRow(@NotStored String a, @NotStored String b, String kind, LocalDate since, String sincePrecision,
                             List<String> sources, @NotStored boolean seenSources, List<String> evidence)
        implements EdgeRow<PartnershipRow> {

    /** Keeps unmodifiable lists. */
    public PartnershipRow {
        sources = List.copyOf(sources);
        evidence = List.copyOf(evidence);
    }

    @Override
    public String statement() {
        return "write/merge-partnerships";
    }

    @Override
    public String type() {
        return "PARTNER_OF";
    }

    @Override
    public String startId() {
        return a;
    }

    @Override
    public String endId() {
        return b;
    }

    @Override
    public Object mergeKey() {
        return kind;
    }

    @Override
    public boolean endsFit(ActorKind start, ActorKind end) {
        return true;
    }

    /** The start widens to the earliest stated. */
    @Override
    public PartnershipRow combine(PartnershipRow later, boolean checkRepeats) {
        Bound start = Bound.earlier(new Bound(since, sincePrecision), new Bound(later.since, later.sincePrecision));
        return new PartnershipRow(a, b, kind, start.date(), start.precision(),
                EdgeRow.appendSources(sources, later.sources, checkRepeats), seenSources,
                EdgeRow.appendNew(evidence, later.evidence));
    }

    @Override
    public PartnershipRow withSeenSources(boolean seen) {
        return new PartnershipRow(a, b, kind, since, sincePrecision, sources, seen, evidence);
    }
}
