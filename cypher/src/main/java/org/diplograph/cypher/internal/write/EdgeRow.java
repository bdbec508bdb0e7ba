package org.diplograph.cypher.internal.write;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of an edge statement ({@code write/merge-roles}, {@code -meetings}, {@code -partnerships},
 * {@code -memberships}): the ids of the edge's two ends ({@code start}, {@code end}), the property its
 * MERGE is keyed on, the properties it sets, and the sources and sentences behind it.
 *
 * <p>{@link #combine} is the statement's semantics in Java: what the edge holds after this row and then
 * a later one are applied to it. Ingest uses it to fold a batch's reports of one edge into one row (so a
 * busy official's role is rewritten once per batch, not once per report); the offline first load uses
 * it to build the whole graph in memory. The statement and this method must agree: {@code FirstLoadIT}
 * compares the two graphs line by line.
 *
 * @param <R> the row's own type
 */
public sealed interface EdgeRow<R extends EdgeRow<R>> permits RoleRow, MeetingRow, PartnershipRow, MembershipRow {

    /** @return the kind of edge, which names its statement */
    default EdgeType edgeType() {
        return EdgeType.of(this);
    }

    /** @return the id of the actor the edge starts at */
    String start();

    /** @return the id of the actor the edge ends at */
    String end();

    /** @return the value of the property the MERGE is keyed on besides the ends ({@code null} when none) */
    default Object mergeKey() {
        return edgeType().mergeKey(this);
    }

    /** @return the sources, in report order, each once */
    List<String> sources();

    /** @return the sentence each source gave, {@code ""} when none: as long as {@link #sources()} */
    List<String> evidence();

    /** @return the sources with their sentences */
    default Reports reports() {
        return new Reports(sources(), evidence());
    }

    /** @return whether any source was in the graph before this row's batch (then the lists are checked for repeats) */
    boolean seenSources();

    /**
     * @param later        the row applied after this one to the same edge
     * @param checkRepeats whether {@code later}'s sources may already be in this row's list
     * @return the edge after both
     */
    R combine(R later, boolean checkRepeats);

    /**
     * @param seen whether any source was in the graph before this row's batch
     * @return this row with that flag
     */
    R withSeenSources(boolean seen);

    /**
     * @param start the start's id, equal to {@link #start()}, as the caller already holds it
     * @param end   the end's id, equal to {@link #end()}, as the caller already holds it
     * @param pool  gives one instance of equal values
     * @return the same row, its repeated values (ids, dates, keys, titles, sources) held once: the first load keeps
     *         a million rows in memory, and each value held once is an object fewer for the collector to copy
     *         (precisions are {@link org.diplograph.model.DatePrecision} words, one instance each already)
     */
    R pooled(String start, String end, Pool pool);

    /** One instance of equal values, for rows held in memory. */
    interface Pool {

        /**
         * @param value a value, or {@code null}
         * @param <T>   its type
         * @return the instance held for values equal to it ({@code null} for {@code null})
         */
        <T> T of(T value);

        /**
         * @param ids source ids
         * @return the same ids, as instances already held
         */
        List<String> sources(List<String> ids);
    }

    /**
     * The sources of an edge and the sentence each gave ({@code ""} when none), in report order: two lists
     * of one length, so that a sentence always stays with its source (an actor split in two takes exactly
     * his sources' sentences along).
     *
     * @param sources  source ids
     * @param evidence the sentence of each
     */
    record Reports(List<String> sources, List<String> evidence) {

        /** Checks that every source has its sentence. */
        public Reports {
            if (sources.size() != evidence.size()) {
                throw new IllegalArgumentException(sources.size() + " sources but " + evidence.size() + " sentences");
            }
        }

        /**
         * The reports of two rows of one edge, as the statements append them: unchecked when the later
         * sources are new to the graph, else only those not listed yet (each with its sentence).
         *
         * @param later        the later row's reports
         * @param checkRepeats whether the later sources may already be listed
         * @return both, the earlier first
         */
        Reports then(Reports later, boolean checkRepeats) {
            if (later.sources.isEmpty()) {
                return this;
            }
            List<String> allSources = new ArrayList<>(sources.size() + later.sources.size());
            List<String> allEvidence = new ArrayList<>(sources.size() + later.sources.size());
            allSources.addAll(sources);
            allEvidence.addAll(evidence);
            for (int i = 0; i < later.sources.size(); i++) {
                String source = later.sources.get(i);
                if (!checkRepeats || !allSources.contains(source)) {
                    allSources.add(source);
                    allEvidence.add(later.evidence.get(i));
                }
            }
            return new Reports(List.copyOf(allSources), List.copyOf(allEvidence));
        }
    }

    /** A date bound with its precision, as the statements widen {@code from}/{@code since} and {@code to}. */
    record Bound(java.time.LocalDate date, String precision) {

        /** @return the earlier of two starts; an unknown one never wins */
        static Bound earlier(Bound current, Bound incoming) {
            return incoming.date() != null && (current.date() == null || incoming.date().isBefore(current.date())) ? incoming : current;
        }

        /** @return the later of two ends; an unknown one never wins */
        static Bound later(Bound current, Bound incoming) {
            return incoming.date() != null && (current.date() == null || incoming.date().isAfter(current.date())) ? incoming : current;
        }
    }
}
