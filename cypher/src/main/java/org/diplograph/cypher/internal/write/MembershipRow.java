package org.diplograph.cypher.internal.write;

import java.time.LocalDate;
import java.util.List;
import org.diplograph.cypher.internal.write.EdgeRow.Bound;
import org.diplograph.model.ActorKind;

/**
 * A row of {@code write/merge-memberships}: one {@code MEMBER_OF} edge per country and alliance.
 *
 * @param member         the country
 * @param alliance       the alliance
 * @param since          the first day it may have begun, or {@code null}
 * @param sincePrecision its precision
 * @param to             the last day it may have lasted, or {@code null}
 * @param toPrecision    its precision
 * @param sources        the FactSets' source ids
 * @param seenSources    whether any source was in the graph before this batch
 * @param evidence       the sentences
 */
public record MembershipRow(@NotStored String member, @NotStored String alliance, LocalDate since, String sincePrecision,
                            LocalDate to, String toPrecision, List<String> sources, @NotStored boolean seenSources,
                            List<String> evidence) implements EdgeRow<MembershipRow> {

    /** Keeps unmodifiable lists. */
    public MembershipRow {
        sources = List.copyOf(sources);
        evidence = List.copyOf(evidence);
    }

    @Override
    public String statement() {
        return "write/merge-memberships";
    }

    @Override
    public String type() {
        return "MEMBER_OF";
    }

    @Override
    public String startId() {
        return member;
    }

    @Override
    public String endId() {
        return alliance;
    }

    @Override
    public Object mergeKey() {
        return null;
    }

    @Override
    public boolean endsFit(ActorKind start, ActorKind end) {
        return start == ActorKind.COUNTRY && end == ActorKind.ALLIANCE;
    }

    /** The dates widen to cover both. */
    @Override
    public MembershipRow combine(MembershipRow later, boolean checkRepeats) {
        Bound start = Bound.earlier(new Bound(since, sincePrecision), new Bound(later.since, later.sincePrecision));
        Bound end = Bound.later(new Bound(to, toPrecision), new Bound(later.to, later.toPrecision));
        return new MembershipRow(member, alliance, start.date(), start.precision(), end.date(), end.precision(),
                EdgeRow.appendSources(sources, later.sources, checkRepeats), seenSources,
                EdgeRow.appendNew(evidence, later.evidence));
    }

    @Override
    public MembershipRow withSeenSources(boolean seen) {
        return new MembershipRow(member, alliance, since, sincePrecision, to, toPrecision, sources, seen, evidence);
    }
}
