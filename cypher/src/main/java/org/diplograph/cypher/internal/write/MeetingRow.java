package org.diplograph.cypher.internal.write;

import java.time.LocalDate;
import java.util.List;

/**
 * A row of {@code write/merge-meetings}: one {@code MET_WITH} edge per pair of officials and reported date,
 * from the lower id to the higher.
 *
 * @param start       the official whose id sorts first
 * @param end         the other official
 * @param onKey       the reported date as written ({@code 2020-02-06}, {@code 2020-02}, {@code 2020}) or {@code undated}
 * @param on          the first day of the reported date, or {@code null}
 * @param precision   {@code day}, {@code month} or {@code year}, or {@code null}
 * @param place       where, or {@code null}
 * @param meetingKey  the meeting the pair belongs to ({@code onKey|id+id+…}), shared by every pair of a multi-party meeting
 * @param sources     the FactSets' source ids
 * @param seenSources whether any source was in the graph before this batch
 * @param evidence    the sentence of each source ({@code ""} when none)
 */
public record MeetingRow(@NotStored String start, @NotStored String end, String onKey, LocalDate on, String precision,
                         String place, String meetingKey, List<String> sources, @NotStored boolean seenSources,
                         List<String> evidence) implements EdgeRow<MeetingRow> {

    /** {@code ON CREATE} sets the date and meeting key; the first place given stays. */
    @Override
    public MeetingRow combine(MeetingRow later, boolean checkRepeats) {
        Reports both = reports().then(later.reports(), checkRepeats);
        return new MeetingRow(start, end, onKey, on, precision, place != null ? place : later.place, meetingKey,
                both.sources(), seenSources, both.evidence());
    }

    @Override
    public MeetingRow withSeenSources(boolean seen) {
        return new MeetingRow(start, end, onKey, on, precision, place, meetingKey, sources, seen, evidence);
    }

    @Override
    public MeetingRow pooled(String start, String end, Pool pool) {
        return new MeetingRow(start, end, pool.of(onKey), pool.of(on), precision, pool.of(place),
                meetingKey, pool.sources(sources), seenSources, evidence);
    }
}
