package org.diplograph.cypher.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one batch of FactSets in one transaction: resolve actors, then one {@code UNWIND … MERGE}
 * statement per kind of fact, with one row per actor and per edge however often the batch reports it
 * ({@link EdgeRows}). Run inside a managed write transaction, so it is all-or-nothing and may be
 * retried whole.
 */
public final class BatchWrite {

    private static final Logger LOG = LoggerFactory.getLogger(BatchWrite.class);

    private static final List<EdgeRows.Combine> ROLE_DATES = List.of(
            new EdgeRows.Widen("from", "fromPrecision", true), new EdgeRows.Widen("to", "toPrecision", false));
    private static final List<EdgeRows.Combine> MEETING_PLACE = List.of(new EdgeRows.FirstGiven("place"));
    private static final List<EdgeRows.Combine> PARTNERSHIP_DATES = List.of(new EdgeRows.Widen("since", "sincePrecision", true));
    private static final List<EdgeRows.Combine> MEMBERSHIP_DATES = List.of(
            new EdgeRows.Widen("since", "sincePrecision", true), new EdgeRows.Widen("to", "toPrecision", false));

    /**
     * What one batch wrote: rows per statement, the merges it decided, and its actors as the graph
     * holds them after the batch (for {@link KnownActors}).
     */
    public record Result(int factSets, int actors, int roles, int meetingPairs, int partnerships, int memberships,
                         List<Merge> merges, List<Known> actorsAfter) {
    }

    /**
     * What a batch needs from the database: look actors up, and run a write statement on rows. The
     * transaction is the one implementation in production; the offline first-load path implements it
     * in memory so that it produces exactly the rows (and so the graph) that ingest produces.
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
         * Runs {@code write/merge-sources}.
         *
         * @param rows its {@code $rows}, never empty
         * @return the ids of those sources the graph held before
         */
        Set<String> mergeSources(List<Map<String, Object>> rows);

        /**
         * @param statement the write statement's name, like {@code write/merge-meetings}
         * @param rows      its {@code $rows}, never empty
         */
        void write(String statement, List<Map<String, Object>> rows);

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

    /** The graph of a write transaction: the statements under {@code write/}. */
    private record InTransaction(TransactionContext tx) implements Graph {

        @Override
        public List<Known> actorsWithIds(List<String> ids) {
            return known(tx.run(Statements.load("write/find-actors-by-id"), Values.parameters("ids", ids)).list());
        }

        @Override
        public List<Known> actorsWithKeys(List<String> keys) {
            return known(tx.run(Statements.load("write/find-actors-by-key"), Values.parameters("keys", keys)).list());
        }

        @Override
        public void write(String statement, List<Map<String, Object>> rows) {
            var result = tx.run(Statements.load(statement), Map.of("rows", rows));
            // Statements that MATCH actors count the rows they wrote: fewer means an actor is missing.
            if (result.keys().contains("written")) {
                int written = result.single().get("written").asInt();
                if (written != rows.size()) {
                    throw new KnownActors.StaleActors(statement, rows.size(), written);
                }
            } else {
                result.consume();
            }
        }

        @Override
        public Set<String> mergeSources(List<Map<String, Object>> rows) {
            return Set.copyOf(tx.run(Statements.load("write/merge-sources"), Map.of("rows", rows)).single()
                    .get("existing").asList(Value::asString));
        }

        @Override
        public void lock(List<String> keys) {
            tx.run(Statements.load("write/lock-names"), Map.of("keys", keys)).consume();
        }

        @Override
        public void unlock(List<String> keys) {
            tx.run(Statements.load("write/unlock-names"), Map.of("keys", keys)).consume();
        }

        private static List<Known> known(List<Record> records) {
            List<Known> known = new ArrayList<>(records.size());
            for (Record row : records) {
                known.add(new Known(ActorId.of(row.get("id").asString()), ActorKind.fromWord(row.get("kind").asString()),
                        row.get("spellings").asList(v -> v.asString())));
            }
            return known;
        }
    }

    private BatchWrite() {
    }

    /**
     * @param tx    the transaction
     * @param batch the FactSets, each already valid on its own
     * @param known actors earlier batches of the same write saw committed (read only here)
     * @return what was written
     * @throws KnownActors.StaleActors when an actor the cache promised is not in the graph
     */
    public static Result run(TransactionContext tx, List<FactSet> batch, KnownActors known) {
        return run(new InTransaction(tx), batch, known);
    }

    /**
     * @param graph where actors are looked up and rows written
     * @param batch the FactSets, each already valid on its own
     * @return what was written
     */
    public static Result run(Graph graph, List<FactSet> batch) {
        return run(graph, batch, new KnownActors());
    }

    @SuppressWarnings("unchecked")
    private static Result run(Graph graph, List<FactSet> batch, KnownActors known) {
        ActorResolution actors = ActorResolution.resolve(graph, batch, known);
        List<Map<String, Object>> actorRows = actorRows(actors);
        List<Map<String, Object>> sources = new ArrayList<>();
        EdgeRows roles = new EdgeRows(ROLE_DATES, "who", "body", "titleKey");
        EdgeRows meetings = new EdgeRows(MEETING_PLACE, "a", "b", "onKey");
        EdgeRows partnerships = new EdgeRows(PARTNERSHIP_DATES, "a", "b", "kind");
        EdgeRows memberships = new EdgeRows(MEMBERSHIP_DATES, "member", "alliance");
        for (FactSet facts : batch) {
            String source = facts.source().id();
            sources.add(sourceRow(facts.source()));
            for (Representation role : facts.represents()) {
                roles.add(roleRow(actors, role, source));
            }
            for (Meeting meeting : facts.meetings()) {
                meetingRows(actors, meeting, source, meetings);
            }
            for (Partnership partnership : facts.partnerships()) {
                partnerships.add(partnershipRow(actors, partnership, source));
            }
            for (Membership membership : facts.memberships()) {
                memberships.add(membershipRow(actors, membership, source));
            }
        }
        Set<String> seenSources = sources.isEmpty() ? Set.of() : graph.mergeSources(sources);
        markSeenSources(actorRows, seenSources);
        for (EdgeRows edges : List.of(roles, meetings, partnerships, memberships)) {
            markSeenSources(edges.rows(), seenSources);
        }
        // Most actors of a bulk load are already in the graph and bring nothing but a new source: those
        // rows take a statement that only appends sources, instead of re-deriving every list.
        List<Map<String, Object>> fullActorRows = new ArrayList<>();
        List<Map<String, Object>> sourceOnlyRows = new ArrayList<>();
        for (Map<String, Object> row : actorRows) {
            if (onlyNewSources(actors, row)) {
                sourceOnlyRows.add(row);
            } else {
                // folding spellings into keys is the costly part of a row, and only merge-actors needs it
                row.put("keys", NameKeys.keys((List<String>) row.get("spellings")));
                fullActorRows.add(row);
            }
        }
        run(graph, "write/merge-actors", fullActorRows);
        run(graph, "write/add-actor-sources", sourceOnlyRows);
        run(graph, "write/merge-roles", roles.rows());
        run(graph, "write/merge-meetings", meetings.rows());
        run(graph, "write/merge-partnerships", partnerships.rows());
        run(graph, "write/merge-memberships", memberships.rows());
        if (!actors.nameLocks.isEmpty()) {
            graph.unlock(actors.nameLocks);
        }
        return new Result(batch.size(), actorRows.size(), roles.reports(), meetings.reports(), partnerships.reports(),
                memberships.reports(), List.copyOf(actors.merges), actorsAfter(actors, actorRows));
    }

    /**
     * Sets each row's {@code seenSources}: whether any of its sources was in the graph before this batch
     * (a re-load). A source new to the graph cannot be in any list yet, so the statements append such
     * rows' sources without testing them against the lists (which for a hub hold thousands of ids).
     */
    private static void markSeenSources(List<Map<String, Object>> rows, Set<String> seenSources) {
        for (Map<String, Object> row : rows) {
            row.put("seenSources", !seenSources.isEmpty() && !Collections.disjoint(seenSources, (List<?>) row.get("sources")));
        }
    }

    /** Each actor row's actor with every spelling it has once the row is written (merge-actors keeps them all). */
    @SuppressWarnings("unchecked")
    private static List<Known> actorsAfter(ActorResolution resolution, List<Map<String, Object>> actorRows) {
        List<Known> after = new ArrayList<>(actorRows.size());
        for (Map<String, Object> row : actorRows) {
            ActorId id = ActorId.of((String) row.get("id"));
            Known before = resolution.inGraph.get(id);
            List<String> spellings = (List<String>) row.get("spellings");
            if (before != null && !before.spellings().containsAll(spellings)) {
                Set<String> all = new LinkedHashSet<>(before.spellings());
                all.addAll(spellings);
                spellings = List.copyOf(all);
            } else if (before != null) {
                spellings = before.spellings();
            }
            after.add(new Known(id, ActorKind.fromWord((String) row.get("kind")), spellings));
        }
        return after;
    }

    private static void run(Graph graph, String statement, List<Map<String, Object>> rows) {
        if (!rows.isEmpty()) {
            graph.write(statement, rows);
        }
    }

    /** Whether an actor row adds only sources: the actor is in the graph with all the row's spellings, and the row has no rank or merges. */
    @SuppressWarnings("unchecked")
    private static boolean onlyNewSources(ActorResolution resolution, Map<String, Object> row) {
        Known known = resolution.inGraph.get(ActorId.of((String) row.get("id")));
        return known != null && row.get("rank") == null
                && ((List<String>) row.get("mergedIds")).isEmpty() && ((List<String>) row.get("merges")).isEmpty()
                && known.spellings().containsAll((List<String>) row.get("spellings"));
    }

    private static List<Map<String, Object>> actorRows(ActorResolution resolution) {
        Map<ActorId, Map<String, Object>> rows = new LinkedHashMap<>();
        Map<ActorId, Set<String>> spellings = new HashMap<>();
        for (ActorResolution.Declared d : resolution.declared.values()) {
            ActorId id = resolution.of(d.first.id());
            Map<String, Object> row = rows.computeIfAbsent(id, key -> {
                Map<String, Object> r = new HashMap<>();
                r.put("id", key.value());
                r.put("kind", d.first.kind().word());
                r.put("scope", key.scope().orElse(null));
                r.put("name", d.first.name());
                r.put("rank", null);
                r.put("sources", new ArrayList<String>());
                r.put("mergedIds", new ArrayList<String>());
                r.put("merges", new ArrayList<String>());
                return r;
            });
            spellings.computeIfAbsent(id, key -> new LinkedHashSet<>()).addAll(d.spellings);
            if (row.get("rank") == null) {
                row.put("rank", d.rank);
            }
            addAll(row, "sources", d.sources);
        }
        for (Merge merge : resolution.merges) {
            Map<String, Object> row = rows.get(merge.known());
            addAll(row, "mergedIds", List.of(merge.incoming().value()));
            addAll(row, "merges", List.of(merge.incoming() + " is " + merge.known() + " by rule " + merge.rule()
                    + " (shared key \"" + merge.key() + "\", source " + resolution.mergeSource.get(merge.incoming()) + ")"));
        }
        for (Map.Entry<ActorId, Map<String, Object>> entry : rows.entrySet()) {
            List<String> all = List.copyOf(spellings.get(entry.getKey()));
            entry.getValue().put("spellings", all);
        }
        return List.copyOf(rows.values());
    }

    /** Appends to a row's list field the values it does not hold yet, in order. */
    @SuppressWarnings("unchecked")
    static void addAll(Map<String, Object> row, String field, Iterable<String> values) {
        List<String> list = (List<String>) row.get(field);
        for (String value : values) {
            if (!list.contains(value)) {
                list.add(value);
            }
        }
    }

    private static Map<String, Object> sourceRow(Source source) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", source.id());
        row.put("title", source.title());
        row.put("publisher", source.publisher());
        row.put("url", source.url());
        row.put("published", source.published());
        return row;
    }

    private static Map<String, Object> roleRow(ActorResolution actors, Representation role, String source) {
        Map<String, Object> row = new HashMap<>();
        row.put("who", actors.of(role.who()).value());
        row.put("body", actors.of(role.body()).value());
        row.put("title", role.title());
        row.put("titleKey", role.title() == null ? "" : NameKeys.fold(role.title()));
        row.put("from", role.from() == null ? null : role.from().first());
        row.put("fromPrecision", precision(role.from()));
        row.put("to", role.to() == null ? null : role.to().last());
        row.put("toPrecision", precision(role.to()));
        row.put("source", source);
        row.put("evidence", role.provenance().evidence());
        return row;
    }

    private static void meetingRows(ActorResolution actors, Meeting meeting, String source, EdgeRows rows) {
        List<ActorId> participants = meeting.participants().stream().map(actors::of).distinct().sorted().toList();
        if (participants.size() < 2) {
            LOG.warn("Source {}: a meeting of {} is a meeting of one person once spellings are merged; skipped.",
                    source, meeting.participants());
            return;
        }
        String onKey = meeting.on() == null ? "undated" : meeting.on().toString();
        String meetingKey = onKey + "|" + String.join("+", participants.stream().map(ActorId::value).toList());
        for (int i = 0; i < participants.size(); i++) {
            for (int j = i + 1; j < participants.size(); j++) {
                Map<String, Object> row = new HashMap<>();
                row.put("a", participants.get(i).value());
                row.put("b", participants.get(j).value());
                row.put("onKey", onKey);
                row.put("on", meeting.on() == null ? null : meeting.on().first());
                row.put("precision", precision(meeting.on()));
                row.put("place", meeting.place());
                row.put("meetingKey", meetingKey);
                row.put("source", source);
                row.put("evidence", meeting.provenance().evidence());
                rows.add(row);
            }
        }
    }

    private static Map<String, Object> partnershipRow(ActorResolution actors, Partnership partnership, String source) {
        List<ActorId> pair = partnership.between().stream().map(actors::of).sorted().toList();
        Map<String, Object> row = new HashMap<>();
        row.put("a", pair.get(0).value());
        row.put("b", pair.get(1).value());
        row.put("kind", partnership.kind().toLowerCase(Locale.ROOT));
        row.put("since", partnership.since() == null ? null : partnership.since().first());
        row.put("sincePrecision", precision(partnership.since()));
        row.put("source", source);
        row.put("evidence", partnership.provenance().evidence());
        return row;
    }

    private static Map<String, Object> membershipRow(ActorResolution actors, Membership membership, String source) {
        Map<String, Object> row = new HashMap<>();
        row.put("member", actors.of(membership.member()).value());
        row.put("alliance", actors.of(membership.alliance()).value());
        row.put("since", membership.since() == null ? null : membership.since().first());
        row.put("sincePrecision", precision(membership.since()));
        row.put("to", membership.to() == null ? null : membership.to().last());
        row.put("toPrecision", precision(membership.to()));
        row.put("source", source);
        row.put("evidence", membership.provenance().evidence());
        return row;
    }

    private static String precision(PartialDate date) {
        return date == null ? null : date.precision().word();
    }
}
