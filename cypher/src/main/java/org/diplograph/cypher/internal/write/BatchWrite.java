package org.diplograph.cypher.internal.write;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.diplograph.model.ActorId;
import org.diplograph.model.ActorKind;
import org.diplograph.model.FactSet;
import org.diplograph.model.Meeting;
import org.diplograph.model.Membership;
import org.diplograph.model.PartialDate;
import org.diplograph.model.Partnership;
import org.diplograph.model.Representation;
import org.diplograph.model.Source;
import org.diplograph.names.AliasResolver.Known;
import org.diplograph.names.AliasResolver.Merge;
import org.diplograph.names.NameKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one batch of FactSets: resolve its actors, turn its facts into the typed rows of the write
 * statements (this is the one place rows are built), and hand them to the {@link Graph}. In a write
 * transaction ({@link #run(CypherTransaction, List, KnownActors, DecisionRules)}) that runs one {@code UNWIND … MERGE}
 * statement per kind of row, all-or-nothing and retryable whole; the offline first load hands the same
 * rows to a graph held in memory.
 */
public final class BatchWrite {

    private static final Logger LOG = LoggerFactory.getLogger(BatchWrite.class);

    /**
     * What one batch wrote: rows per statement, the merges it decided, and its actors as the graph
     * holds them after the batch (for {@link KnownActors}; computed when asked, since the first load
     * keeps no such cache).
     */
    public record Result(int factSets, int actors, int roles, int meetingPairs, int partnerships, int memberships,
                         List<Merge> merges, Supplier<List<Known>> actorsAfter) {
    }

    /**
     * Where a batch's actors are looked up and its rows written: a write transaction, or the first load's
     * graph in memory, which must give exactly the graph the statements give.
     */
    public interface Graph {

        /**
         * @param ids actor ids
         * @return the actors of the graph with those ids
         */
        List<Known> actorsWithIds(List<String> ids);

        /**
         * @param keys folded identity keys
         * @return the actors of the graph with any of those keys, each once
         */
        List<Known> actorsWithKeys(List<String> keys);

        /**
         * {@code write/merge-sources}.
         *
         * @param rows never empty
         * @return the ids of those sources the graph held before
         */
        Set<String> mergeSources(List<SourceRow> rows);

        /** @param rows {@code write/merge-actors}' rows, perhaps none */
        void mergeActors(List<ActorRow> rows);

        /** @param rows {@code write/add-actor-sources}' rows, perhaps none */
        void addActorSources(List<ActorRow> rows);

        /**
         * @param rows one edge statement's rows, perhaps none
         * @param <R>  the row type, which names its statement
         */
        <R extends EdgeRow<R>> void mergeEdges(List<R> rows);

        /**
         * Locks actor ids and scoped name keys until the transaction ends (a no-op where nothing runs
         * concurrently).
         *
         * @param keys the sorted keys
         */
        default void lock(List<String> keys) {
        }

        /**
         * Removes what {@link #lock(List)} left in the graph, before the transaction commits.
         *
         * @param keys the keys locked
         */
        default void unlock(List<String> keys) {
        }
    }

    private BatchWrite() {
    }

    /**
     * @param tx    the transaction
     * @param batch the FactSets, each already valid on its own
     * @param known     actors earlier batches of the same write saw committed (read only here)
     * @param decisions analysts' decisions about ids the name rules would get wrong
     * @return what was written
     * @throws KnownActors.StaleActors when an actor the cache promised is not in the graph
     */
    public static Result run(CypherTransaction tx, List<FactSet> batch, KnownActors known, DecisionRules decisions) {
        return run(new TransactionGraph(tx), batch, known, decisions);
    }

    /**
     * @param graph where actors are looked up and rows written
     * @param batch the FactSets, each already valid on its own
     * @return what was written
     */
    public static Result run(Graph graph, List<FactSet> batch) {
        return run(graph, batch, new KnownActors(), DecisionRules.NONE);
    }

    private static Result run(Graph graph, List<FactSet> batch, KnownActors known, DecisionRules decisions) {
        ActorResolution actors = ActorResolution.resolve(graph, batch, known, decisions);
        List<SourceRow> sources = new ArrayList<>(batch.size());
        EdgeRows<RoleRow> roles = new EdgeRows<>();
        EdgeRows<MeetingRow> meetings = new EdgeRows<>();
        EdgeRows<PartnershipRow> partnerships = new EdgeRows<>();
        EdgeRows<MembershipRow> memberships = new EdgeRows<>();
        for (FactSet facts : batch) {
            Source s = facts.source();
            sources.add(new SourceRow(s.id(), s.title(), s.publisher(), s.url(), s.published()));
            for (Representation role : facts.represents()) {
                roles.add(roleReport(actors, role, s.id()));
            }
            for (Meeting meeting : facts.meetings()) {
                meetingReports(actors, meeting, s.id(), meetings);
            }
            for (Partnership partnership : facts.partnerships()) {
                partnerships.add(partnershipReport(actors, partnership, s.id()));
            }
            for (Membership membership : facts.memberships()) {
                memberships.add(membershipReport(actors, membership, s.id()));
            }
        }
        Set<String> seenSources = sources.isEmpty() ? Set.of() : graph.mergeSources(sources);
        List<ActorRow> actorRows = actorRows(actors, seenSources);
        // Most actors of a bulk load are already in the graph and bring nothing but a new source: those
        // rows take a statement that only appends sources, instead of re-deriving every list.
        List<ActorRow> full = new ArrayList<>();
        List<ActorRow> sourcesOnly = new ArrayList<>();
        for (ActorRow row : actorRows) {
            Known inGraph = actors.inGraph.get(ActorId.of(row.id()));
            if (inGraph != null && row.onlySources(inGraph.spellings())) {
                sourcesOnly.add(row);
            } else {
                // folding spellings into keys is the costly part of a row, and only merge-actors needs it
                full.add(row.withKeys(NameKeys.keys(row.spellings())));
            }
        }
        graph.mergeActors(full);
        graph.addActorSources(sourcesOnly);
        graph.mergeEdges(roles.rows(seenSources));
        graph.mergeEdges(meetings.rows(seenSources));
        graph.mergeEdges(partnerships.rows(seenSources));
        graph.mergeEdges(memberships.rows(seenSources));
        if (!actors.nameLocks.isEmpty()) {
            graph.unlock(actors.nameLocks);
        }
        return new Result(batch.size(), actorRows.size(), roles.reports(), meetings.reports(), partnerships.reports(),
                memberships.reports(), List.copyOf(actors.merges), () -> actorsAfter(actors, actorRows));
    }

    /** Each actor row's actor with every spelling it has once the row is written (merge-actors keeps them all). */
    private static List<Known> actorsAfter(ActorResolution resolution, List<ActorRow> actorRows) {
        List<Known> after = new ArrayList<>(actorRows.size());
        for (ActorRow row : actorRows) {
            ActorId id = ActorId.of(row.id());
            Known before = resolution.inGraph.get(id);
            List<String> spellings = row.spellings();
            if (before != null && !before.spellings().containsAll(spellings)) {
                Set<String> all = new LinkedHashSet<>(before.spellings());
                all.addAll(spellings);
                spellings = List.copyOf(all);
            } else if (before != null) {
                spellings = before.spellings();
            }
            after.add(new Known(id, ActorKind.fromWord(row.kind()), spellings));
        }
        return after;
    }

    /** One row per actor of the graph the batch names: its declarations, under every id merged into it, in one. */
    private static List<ActorRow> actorRows(ActorResolution resolution, Set<String> seenSources) {
        final class Pending {
            final ActorResolution.Declared first;
            final Set<String> spellings = new LinkedHashSet<>();
            final Set<String> sources = new LinkedHashSet<>();
            final List<String> mergedIds = new ArrayList<>();
            final List<String> merges = new ArrayList<>();
            final List<String> declarations = new ArrayList<>();
            String rank;

            Pending(ActorResolution.Declared first) {
                this.first = first;
            }
        }
        Map<ActorId, Pending> pending = new LinkedHashMap<>();
        for (ActorResolution.Declared d : resolution.declared.values()) {
            Pending p = pending.computeIfAbsent(resolution.of(d.first.id()), id -> new Pending(d));
            p.spellings.addAll(d.spellings);
            if (p.rank == null) {
                p.rank = d.rank;
            }
            p.sources.addAll(d.sources);
            ActorId declaredAs = d.first.id();
            if (!declaredAs.equals(resolution.of(declaredAs))) {
                // how a merged id was declared, source by source, so that a decision can split it out again
                for (String source : d.sources) {
                    p.declarations.add(Declaration.of(declaredAs, source, d.first.name(), List.copyOf(d.spellings), d.rank).json());
                }
            }
        }
        for (Merge merge : resolution.merges) {
            Pending p = pending.get(merge.known());
            if (!p.mergedIds.contains(merge.incoming().value())) {
                p.mergedIds.add(merge.incoming().value());
            }
            String note = merge.incoming() + " is " + merge.known() + (merge.rule().equals(ActorResolution.DECISION)
                    ? " by an analyst's decision (source " + resolution.mergeSource.get(merge.incoming()) + ")"
                    : " by rule " + merge.rule() + " (shared key \"" + merge.key() + "\", source "
                    + resolution.mergeSource.get(merge.incoming()) + ")");
            if (!p.merges.contains(note)) {
                p.merges.add(note);
            }
        }
        List<ActorRow> rows = new ArrayList<>(pending.size());
        pending.forEach((id, p) -> rows.add(new ActorRow(id.value(), p.first.first.kind().word(), id.scope().orElse(null),
                p.first.first.name(), List.copyOf(p.spellings), List.of(), p.rank, List.copyOf(p.sources),
                !seenSources.isEmpty() && !Collections.disjoint(seenSources, p.sources),
                p.mergedIds, p.merges, p.declarations)));
        return rows;
    }

    private static RoleRow roleReport(ActorResolution actors, Representation role, String source) {
        return new RoleRow(actors.of(role.who()).value(), actors.of(role.body()).value(),
                role.title() == null ? "" : NameKeys.fold(role.title()), role.title(),
                role.from() == null ? null : role.from().first(), precision(role.from()),
                role.to() == null ? null : role.to().last(), precision(role.to()),
                List.of(source), false, evidence(role.provenance().evidence()));
    }

    private static void meetingReports(ActorResolution actors, Meeting meeting, String source, EdgeRows<MeetingRow> rows) {
        List<ActorId> participants = new ArrayList<>(meeting.participants().size());
        for (ActorId declared : meeting.participants()) {
            ActorId id = actors.of(declared);
            if (!participants.contains(id)) {
                participants.add(id);
            }
        }
        Collections.sort(participants);
        if (participants.size() < 2) {
            LOG.warn("Source {}: a meeting of {} is a meeting of one person once spellings are merged; skipped.",
                    source, meeting.participants());
            return;
        }
        String onKey = meeting.on() == null ? "undated" : meeting.on().toString();
        StringBuilder key = new StringBuilder(onKey).append('|');
        for (int i = 0; i < participants.size(); i++) {
            key.append(i == 0 ? "" : "+").append(participants.get(i).value());
        }
        String meetingKey = key.toString();
        for (int i = 0; i < participants.size(); i++) {
            for (int j = i + 1; j < participants.size(); j++) {
                rows.add(new MeetingRow(participants.get(i).value(), participants.get(j).value(), onKey,
                        meeting.on() == null ? null : meeting.on().first(), precision(meeting.on()), meeting.place(),
                        meetingKey, List.of(source), false, evidence(meeting.provenance().evidence())));
            }
        }
    }

    private static PartnershipRow partnershipReport(ActorResolution actors, Partnership partnership, String source) {
        List<ActorId> pair = partnership.between().stream().map(actors::of).sorted().toList();
        return new PartnershipRow(pair.get(0).value(), pair.get(1).value(), partnership.kind().toLowerCase(Locale.ROOT),
                partnership.since() == null ? null : partnership.since().first(), precision(partnership.since()),
                List.of(source), false, evidence(partnership.provenance().evidence()));
    }

    private static MembershipRow membershipReport(ActorResolution actors, Membership membership, String source) {
        return new MembershipRow(actors.of(membership.member()).value(), actors.of(membership.alliance()).value(),
                membership.since() == null ? null : membership.since().first(), precision(membership.since()),
                membership.to() == null ? null : membership.to().last(), precision(membership.to()),
                List.of(source), false, evidence(membership.provenance().evidence()));
    }

    /** A report's sentence, {@code ""} when it gave none, so the list stays as long as its sources. */
    private static List<String> evidence(String sentence) {
        return List.of(sentence == null ? "" : sentence);
    }

    private static String precision(PartialDate date) {
        return date == null ? null : date.precision().word();
    }
}
