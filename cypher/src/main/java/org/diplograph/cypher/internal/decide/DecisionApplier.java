package org.diplograph.cypher.internal.decide;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.InvalidInputException;
import org.diplograph.cypher.internal.Statements;
import org.diplograph.cypher.internal.decide.DecisionStore.Holder;
import org.diplograph.cypher.internal.write.ActorRow;
import org.diplograph.cypher.internal.write.Declaration;
import org.diplograph.cypher.internal.write.EdgeRow;
import org.diplograph.cypher.internal.write.EdgeType;
import org.diplograph.cypher.internal.write.MeetingRow;
import org.diplograph.cypher.internal.write.MembershipRow;
import org.diplograph.cypher.internal.write.PartnershipRow;
import org.diplograph.cypher.internal.write.RoleRow;
import org.diplograph.cypher.internal.write.TransactionGraph;
import org.diplograph.model.ActorId;
import org.diplograph.names.Decision;
import org.diplograph.names.NameKeys;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies analysts' decisions to the actors the graph already holds, in one write transaction: two actors
 * decided the same become one (the first id's), with every edge of the other moved onto it through the
 * ordinary write statements, so edges it shares with it merge as any two reports do; an actor holding an
 * id decided different from its own is split, the merged id becoming its own actor again with exactly the
 * sources that declared it, their sentences, and their spellings (kept on the actor when the merge was made:
 * {@link Declaration}). A decision about an id no actor holds yet is only kept: name resolution applies it
 * when the id arrives.
 */
public final class DecisionApplier {

    private static final Logger LOG = LoggerFactory.getLogger(DecisionApplier.class);

    /**
     * What applying decisions did.
     *
     * @param kept   decisions kept in the graph
     * @param merged pairs of actors merged into one
     * @param split  merged ids split out into actors of their own
     */
    public record Applied(int kept, int merged, int split) {
    }

    /** An actor as a decision reads and rewrites it. */
    private record Actor(String id, String kind, String name, List<String> aliases, String rank, List<String> sources,
                         List<String> mergedIds, List<String> merges, List<String> declarations) {

        static Actor read(TransactionContext tx, ActorId id) {
            Value a = tx.run(Statements.load("decide/actor"), Map.of("id", id.value())).single().get("actor");
            return new Actor(a.get("id").asString(), a.get("kind").asString(), a.get("name").asString(),
                    strings(a.get("aliases")), a.get("rank").asString(null), strings(a.get("sources")),
                    strings(a.get("mergedIds")), strings(a.get("merges")), strings(a.get("declarations")));
        }
    }

    /** One edge of an actor. */
    private record Edge(String elementId, EdgeType type, boolean outgoing, String other, Map<String, Object> properties) {

        List<String> list(String name) {
            Object value = properties.get(name);
            return value == null ? List.of() : ((List<?>) value).stream().map(String::valueOf).toList();
        }

        String text(String name) {
            return (String) properties.get(name);
        }

        LocalDate date(String name) {
            return (LocalDate) properties.get(name);
        }
    }

    private DecisionApplier() {
    }

    /**
     * @param tx        the write transaction
     * @param decisions the decisions, applied in order
     * @return what changed
     * @throws InvalidInputException when a decision is about actors of two kinds, or asks to split an id
     *                               merged before this version kept declarations
     */
    public static Applied apply(TransactionContext tx, List<Decision> decisions) {
        DecisionStore.save(tx, decisions);
        int merged = 0;
        int split = 0;
        for (Decision d : decisions) {
            Map<ActorId, Holder> holders = DecisionStore.holders(tx, List.of(d));
            Holder a = holders.get(d.a());
            Holder b = holders.get(d.b());
            if (a == null || b == null) {
                continue; // kept: resolution applies it when the id arrives
            }
            if (!a.kind().equals(b.kind())) {
                throw new InvalidInputException("The decision that " + d.a() + " and " + d.b() + " are " + d.kind().word()
                        + " is about a " + a.kind() + " and a " + b.kind() + ": one person or body has one kind.");
            }
            if (d.kind() == Decision.Kind.SAME && !a.id().equals(b.id())) {
                merge(tx, a.id(), b.id(), d);
                merged++;
            } else if (d.kind() == Decision.Kind.DIFFERENT && a.id().equals(b.id())) {
                // the id that is not the actor's own goes (when both are merged ids, the second)
                split(tx, a.id(), a.id().equals(d.b()) ? d.a() : d.b());
                split++;
            }
        }
        return new Applied(decisions.size(), merged, split);
    }

    /** Moves every edge of {@code gone} onto {@code keep}, then {@code gone}'s names and lists, then deletes it. */
    private static void merge(TransactionContext tx, ActorId keep, ActorId gone, Decision d) {
        Actor k = Actor.read(tx, keep);
        Actor g = Actor.read(tx, gone);
        Map<EdgeType, List<EdgeRow<?>>> moved = new EnumMap<>(EdgeType.class);
        for (Edge e : edges(tx, gone)) {
            if (e.other().equals(keep.value())) {
                LOG.info("{} and {} are one by decision: their edge {} goes", keep, gone, e.type());
                continue;
            }
            moved.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(moved(e, gone.value(), keep.value(), e.list("sources"), e.list("evidence")));
        }
        tx.run(Statements.load("decide/delete-actor"), Map.of("id", gone.value())).consume();
        write(tx, moved);
        List<String> declarations = new ArrayList<>(g.declarations());
        for (String source : g.sources()) {
            declarations.add(new Declaration(gone.value(), source, g.name(), g.aliases(), g.rank()).json());
        }
        List<String> mergedIds = new ArrayList<>(g.mergedIds());
        mergedIds.add(0, gone.value());
        update(tx, k, union(k.aliases(), g.aliases()), union(k.sources(), g.sources()), union(k.mergedIds(), mergedIds),
                union(k.merges(), union(g.merges(), List.of(gone + " is " + keep + " by an analyst's decision"
                        + (d.note() == null ? "" : " (" + d.note() + ")")))),
                union(k.declarations(), declarations), k.rank() != null ? k.rank() : g.rank());
    }

    /** Gives {@code out} back its own actor, with the sources that declared it and their share of every edge. */
    private static void split(TransactionContext tx, ActorId holder, ActorId out) {
        Actor h = Actor.read(tx, holder);
        List<Declaration> theirs = new ArrayList<>();
        List<String> remaining = new ArrayList<>();
        for (String json : h.declarations()) {
            Declaration declaration = Declaration.parse(json);
            if (declaration.id().equals(out.value())) {
                theirs.add(declaration);
            } else {
                remaining.add(json);
            }
        }
        if (theirs.isEmpty()) {
            throw new InvalidInputException(out + " was merged into " + holder + " without a record of the sources that "
                    + "declared it, so it cannot be split out exactly: load its sources again into a new graph with the decision.");
        }
        Set<String> sources = new LinkedHashSet<>();
        Set<String> spellings = new LinkedHashSet<>();
        String rank = null;
        for (Declaration declaration : theirs) {
            sources.add(declaration.source());
            spellings.add(declaration.name());
            spellings.addAll(declaration.spellings());
            rank = rank != null ? rank : declaration.rank();
        }
        List<String> spelled = List.copyOf(spellings);
        new TransactionGraph(tx).mergeActors(List.of(new ActorRow(out.value(), h.kind(), out.scope().orElse(null),
                theirs.get(0).name(), spelled, NameKeys.keys(spelled), rank, List.copyOf(sources), false, List.of(), List.of(),
                List.of())));
        Map<EdgeType, List<EdgeRow<?>>> moved = new EnumMap<>(EdgeType.class);
        List<Map<String, Object>> kept = new ArrayList<>();
        for (Edge e : edges(tx, holder)) {
            List<String> edgeSources = e.list("sources");
            List<String> evidence = e.list("evidence");
            List<String> movedSources = new ArrayList<>();
            List<String> movedEvidence = new ArrayList<>();
            List<String> keptSources = new ArrayList<>();
            List<String> keptEvidence = new ArrayList<>();
            for (int i = 0; i < edgeSources.size(); i++) {
                boolean theirsToo = sources.contains(edgeSources.get(i));
                (theirsToo ? movedSources : keptSources).add(edgeSources.get(i));
                (theirsToo ? movedEvidence : keptEvidence).add(i < evidence.size() ? evidence.get(i) : "");
            }
            if (movedSources.isEmpty()) {
                continue;
            }
            moved.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(moved(e, holder.value(), out.value(), movedSources, movedEvidence));
            Map<String, Object> row = new HashMap<>();
            row.put("id", e.elementId());
            row.put("sources", keptSources);
            row.put("evidence", keptEvidence);
            kept.add(row);
        }
        tx.run(Statements.load("decide/keep-reports"), Map.of("rows", kept)).consume();
        write(tx, moved);
        Set<String> stillSpelled = new LinkedHashSet<>(List.of(h.name()));
        remaining.forEach(json -> {
            Declaration declaration = Declaration.parse(json);
            stillSpelled.add(declaration.name());
            stillSpelled.addAll(declaration.spellings());
        });
        List<String> aliases = h.aliases().stream().filter(a -> stillSpelled.contains(a) || !spellings.contains(a)).toList();
        update(tx, h, aliases, h.sources().stream().filter(s -> !sources.contains(s)).toList(),
                h.mergedIds().stream().filter(id -> !id.equals(out.value())).toList(),
                h.merges().stream().filter(note -> !note.startsWith(out.value() + " is ")).toList(), remaining, h.rank());
        LOG.info("{} split out of {} by decision ({} sources)", out, holder, sources.size());
    }

    private static void update(TransactionContext tx, Actor actor, List<String> aliases, List<String> sources,
                               List<String> mergedIds, List<String> merges, List<String> declarations, String rank) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", actor.id());
        parameters.put("aliases", aliases);
        parameters.put("keys", NameKeys.keys(aliases));
        parameters.put("sources", sources);
        parameters.put("mergedIds", mergedIds);
        parameters.put("merges", merges);
        parameters.put("declarations", declarations);
        parameters.put("rank", rank);
        tx.run(Statements.load("decide/update-actor"), parameters).consume();
    }

    /** Writes moved edges through the ordinary statements, one kind of edge at a time. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void write(TransactionContext tx, Map<EdgeType, List<EdgeRow<?>>> rows) {
        TransactionGraph graph = new TransactionGraph(tx);
        rows.values().forEach(list -> graph.mergeEdges((List) list));
    }

    private static List<Edge> edges(TransactionContext tx, ActorId id) {
        List<Edge> edges = new ArrayList<>();
        for (Record r : tx.run(Statements.load("decide/relationships"), Map.of("id", id.value())).list()) {
            String type = r.get("type").asString();
            if (type.equals("MET_WITH") || type.equals("REPRESENTS") || type.equals("PARTNER_OF") || type.equals("MEMBER_OF")) {
                edges.add(new Edge(r.get("id").asString(), EdgeType.valueOf(type), r.get("outgoing").asBoolean(),
                        r.get("other").asString(), r.get("properties").asMap()));
            }
        }
        return edges;
    }

    /**
     * An edge of {@code from} as the row that writes it at {@code to} instead, with the given reports
     * (the edge is new to {@code to}, or merges with the edge it has: its sources may be listed there already).
     */
    private static EdgeRow<?> moved(Edge e, String from, String to, List<String> sources, List<String> evidence) {
        String start = e.outgoing() ? to : e.other();
        String end = e.outgoing() ? e.other() : to;
        String low = start.compareTo(end) <= 0 ? start : end;
        String high = low.equals(start) ? end : start;
        return switch (e.type()) {
            case MET_WITH -> new MeetingRow(low, high, e.text("onKey"), e.date("on"), e.text("precision"), e.text("place"),
                    meetingKey(e.text("meetingKey"), from, to), sources, true, evidence);
            case REPRESENTS -> new RoleRow(start, end, e.text("titleKey"), e.text("title"), e.date("from"), e.text("fromPrecision"),
                    e.date("to"), e.text("toPrecision"), sources, true, evidence);
            case PARTNER_OF -> new PartnershipRow(low, high, e.text("kind"), e.date("since"), e.text("sincePrecision"),
                    sources, true, evidence);
            case MEMBER_OF -> new MembershipRow(start, end, e.date("since"), e.text("sincePrecision"), e.date("to"),
                    e.text("toPrecision"), sources, true, evidence);
        };
    }

    /** {@code onKey|id+id+…} with one participant's id replaced, the ids sorted again. */
    private static String meetingKey(String key, String from, String to) {
        if (key == null || !key.contains("|")) {
            return key;
        }
        String onKey = key.substring(0, key.indexOf('|'));
        List<String> ids = new ArrayList<>(List.of(key.substring(key.indexOf('|') + 1).split("\\+")));
        ids.replaceAll(id -> id.equals(from) ? to : id);
        return onKey + "|" + String.join("+", ids.stream().distinct().sorted().toList());
    }

    private static List<String> union(List<String> first, List<String> second) {
        Set<String> all = new LinkedHashSet<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }

    private static List<String> strings(Value value) {
        return value == null || value.isNull() ? List.of() : value.asList(Value::asString);
    }
}
