package org.diplograph.cypher;

import java.util.ArrayList;
import java.util.List;
import org.diplograph.names.AliasResolver.Merge;

/**
 * What an ingest wrote: counts of rows merged per kind of fact (a fact already in the graph counts
 * again but changes nothing), and the spelling merges decided on the way.
 *
 * @param factSets     FactSets written
 * @param actors       actor rows merged
 * @param roles        {@code REPRESENTS} rows merged
 * @param meetingPairs {@code MET_WITH} rows merged (one per pair of participants)
 * @param partnerships {@code PARTNER_OF} rows merged
 * @param memberships  {@code MEMBER_OF} rows merged
 * @param merges       incoming actors taken to be known ones (the first {@link #MAX_MERGES_LISTED})
 * @param mergeCount   how many such merges in all
 */
public record WriteSummary(long factSets, long actors, long roles, long meetingPairs, long partnerships,
                           long memberships, List<Merge> merges, long mergeCount) {

    /** Merges listed in a summary at most; {@link #mergeCount()} counts them all. */
    public static final int MAX_MERGES_LISTED = 1_000;

    /** An empty summary. */
    public static final WriteSummary NONE = new WriteSummary(0, 0, 0, 0, 0, 0, List.of(), 0);

    /** Keeps an unmodifiable copy of the merges. */
    public WriteSummary {
        merges = List.copyOf(merges);
    }

    /** @return facts written: roles, meeting pairs, partnerships and memberships */
    public long facts() {
        return roles + meetingPairs + partnerships + memberships;
    }

    WriteSummary plus(org.diplograph.cypher.internal.write.BatchWrite.Result batch) {
        List<Merge> all = new ArrayList<>(merges);
        for (Merge merge : batch.merges()) {
            if (all.size() < MAX_MERGES_LISTED) {
                all.add(merge);
            }
        }
        return new WriteSummary(factSets + batch.factSets(), actors + batch.actors(), roles + batch.roles(),
                meetingPairs + batch.meetingPairs(), partnerships + batch.partnerships(),
                memberships + batch.memberships(), all, mergeCount + batch.merges().size());
    }
}
