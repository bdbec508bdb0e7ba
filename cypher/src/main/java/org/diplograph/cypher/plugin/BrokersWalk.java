package org.diplograph.cypher.plugin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;

/**
 * {@code query/brokers} answered by walking the store where it is at hand: in this JVM for the embedded
 * database, and inside a server that has the plugin ({@link BrokersProcedure}): the same parameters, the
 * same rows in the same order. The statement is the definition (and what a server without the plugin
 * runs); this walk is its twin because the slotted runtime spends most of the statement's time joining the
 * two sides' edges on the counterpart row by row, a few microseconds a row, where a hash map of nodes costs
 * a fraction of that and allocates little.
 *
 * <p>The walk expands each side official's {@code MET_WITH} edges once, keeps the counterparts who met
 * both sides, and reads dates, precisions and windows only for them; only the brokers' meetings are read
 * whole. {@code BrokersIT} holds it to the statement's rows on a synthetic corpus.
 */
public final class BrokersWalk {

    private static final Label ACTOR = Label.label("Actor");
    private static final RelationshipType MET_WITH = RelationshipType.withName("MET_WITH");
    /** The statement's columns, in its order: each row of {@link #brokers} has these keys. */
    public static final List<String> COLUMNS = List.of("broker", "withA", "withB");

    private BrokersWalk() {
    }

    /**
     * @param tx         an open transaction of the embedded database
     * @param parameters what {@code query/brokers} takes: {@code sideA}, {@code sideB} (official id → windows
     *                   {@code {from, to, via}}), {@code from}, {@code to} (dates or null), {@code undated}
     * @return the statement's rows, {@link #COLUMNS} to plain values: maps, lists (a stored list as a list),
     *         strings and {@code LocalDate}s
     */
    public static List<Map<String, Object>> brokers(Transaction tx, Map<String, Object> parameters) {
        Map<String, List<Map<String, Object>>> sideA = windows(parameters.get("sideA"));
        Map<String, List<Map<String, Object>>> sideB = windows(parameters.get("sideB"));
        Period period = new Period((LocalDate) parameters.get("from"), (LocalDate) parameters.get("to"),
                Boolean.TRUE.equals(parameters.get("undated")));

        Map<Node, List<SideEdge>> metA = expand(tx, sideA, null);
        Map<Node, List<SideEdge>> metB = expand(tx, sideB, metA);

        List<Broker> brokers = new ArrayList<>();
        for (Map.Entry<Node, List<SideEdge>> e : metB.entrySet()) {
            Node k = e.getKey();
            List<Dated> withA = inWindows(metA.get(k), sideA, period);
            if (withA.isEmpty()) {
                continue;
            }
            List<Dated> withB = inWindows(e.getValue(), sideB, period);
            if (withB.isEmpty()) {
                continue;
            }
            String kid = (String) k.getProperty("id");
            if (sideA.containsKey(kid) || sideB.containsKey(kid)) {
                continue;
            }
            brokers.add(new Broker(k, kid, (String) k.getProperty("name", null), withA, withB));
        }
        brokers.sort(BY_RANK);

        List<Map<String, Object>> rows = new ArrayList<>(brokers.size());
        for (Broker b : brokers) {
            rows.add(Map.of("broker", actor(b.node, b.id), "withA", meetings(b.withA), "withB", meetings(b.withB)));
        }
        return rows;
    }

    /**
     * The brokers between two sides given by id, in one transaction: each side's officials found by
     * {@code query/side-members} (the statement the Explorer runs for them; the plugin jar carries it), then
     * {@link #brokers}. One call, so that a client through Bolt makes one round trip and sends no side.
     *
     * @param tx            an open transaction of the embedded database
     * @param a             side A's id
     * @param b             side B's id
     * @param viaMembership whether a member country's officials are on an alliance's side
     * @param from          the period's first day, or null
     * @param to            its last day, or null
     * @param undated       whether undated meetings count
     * @return the rows of {@link #brokers}, or {@code null} when either id names no actor (the caller then
     *         resolves what it was given as a name)
     */
    public static List<Map<String, Object>> between(Transaction tx, String a, String b, boolean viaMembership,
            LocalDate from, LocalDate to, boolean undated) {
        Map<String, Object> sideA = side(tx, a, viaMembership);
        Map<String, Object> sideB = sideA == null ? null : side(tx, b, viaMembership);
        if (sideB == null) {
            return null;
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("sideA", sideA);
        parameters.put("sideB", sideB);
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("undated", undated);
        return brokers(tx, parameters);
    }

    /** @return the side's officials with their windows ({@link SideWindows}), or {@code null} when no actor has the id */
    private static Map<String, Object> side(Transaction tx, String id, boolean viaMembership) {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Result result = tx.execute(StatementFiles.read("query/side-members"), Map.of("id", id, "viaMembership", viaMembership))) {
            while (result.hasNext()) {
                rows.add(result.next());
            }
        }
        return rows.isEmpty() ? null : SideWindows.of(rows);
    }

    /** Each side official's edges by counterpart; with {@code only}, just the counterparts in it. */
    private static Map<Node, List<SideEdge>> expand(Transaction tx, Map<String, List<Map<String, Object>>> side,
            Map<Node, List<SideEdge>> only) {
        Map<Node, List<SideEdge>> met = new HashMap<>();
        for (String sid : side.keySet()) {
            Node s = tx.findNode(ACTOR, "id", sid);
            if (s == null) {
                continue;
            }
            for (Relationship m : s.getRelationships(MET_WITH)) {
                Node k = m.getOtherNode(s);
                if (only == null || only.containsKey(k)) {
                    met.computeIfAbsent(k, x -> new ArrayList<>(2)).add(new SideEdge(s, sid, m));
                }
            }
        }
        return met;
    }

    /** A side's meetings with one counterpart inside the period and one of their official's windows, sorted. */
    private static List<Dated> inWindows(List<SideEdge> edges, Map<String, List<Map<String, Object>>> side, Period period) {
        List<Dated> kept = new ArrayList<>(edges.size());
        for (SideEdge x : edges) {
            LocalDate on = (LocalDate) x.m.getProperty("on", null);
            if (on == null) {
                if (period.undated && side.get(x.sid).stream().anyMatch(w -> w.get("from") == null && w.get("to") == null)) {
                    kept.add(new Dated(x, null, null));
                }
                continue;
            }
            // The first day after the meeting's span: a day, a month or a year by its precision.
            LocalDate after = switch (String.valueOf(x.m.getProperty("precision", null))) {
                case "year" -> on.plusYears(1);
                case "month" -> on.plusMonths(1);
                default -> on.plusDays(1);
            };
            if (period.to != null && on.isAfter(period.to) || period.from != null && !after.isAfter(period.from)) {
                continue;
            }
            for (Map<String, Object> w : side.get(x.sid)) {
                LocalDate from = (LocalDate) w.get("from");
                LocalDate to = (LocalDate) w.get("to");
                if ((to == null || !to.isBefore(on)) && (from == null || from.isBefore(after))) {
                    kept.add(new Dated(x, on, (String) x.m.getProperty("onKey", null)));
                    break;
                }
            }
        }
        kept.sort(BY_DATE);
        return kept;
    }

    private static List<Map<String, Object>> meetings(List<Dated> with) {
        List<Map<String, Object>> list = new ArrayList<>(with.size());
        for (Dated d : with) {
            Relationship m = d.edge.m;
            Map<String, Object> meeting = new HashMap<>();
            meeting.put("date", d.on == null ? null : d.onKey);
            meeting.put("on", d.on);
            meeting.put("precision", m.getProperty("precision", null));
            meeting.put("place", m.getProperty("place", null));
            meeting.put("sources", StoredArrays.asList(m.getProperty("sources", null)));
            meeting.put("evidence", StoredArrays.asList(m.getProperty("evidence", null)));
            list.add(Map.of("official", actor(d.edge.s, d.edge.sid), "meeting", meeting));
        }
        return list;
    }

    private static Map<String, Object> actor(Node node, String id) {
        Map<String, Object> actor = new HashMap<>();
        actor.put("id", id);
        actor.put("kind", node.getProperty("kind", null));
        actor.put("name", node.getProperty("name", null));
        return actor;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<Map<String, Object>>> windows(Object side) {
        return side == null ? Map.of() : (Map<String, List<Map<String, Object>>>) side;
    }

    private record Period(LocalDate from, LocalDate to, boolean undated) {
    }

    /** One edge of a side official's, with the official's id. */
    private record SideEdge(Node s, String sid, Relationship m) {
    }

    /** A side edge kept, with its date and date key (both null when undated). */
    private record Dated(SideEdge edge, LocalDate on, String onKey) {
    }

    private record Broker(Node node, String id, String name, List<Dated> withA, List<Dated> withB) {

        int fewer() {
            return Math.min(withA.size(), withB.size());
        }
    }

    /** The statement's {@code ORDER BY on, sid, onKey}: undated last, as Cypher sorts nulls. */
    private static final Comparator<Dated> BY_DATE = Comparator
            .comparing(Dated::on, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(d -> d.edge.sid)
            .thenComparing(Dated::onKey, Comparator.nullsLast(Comparator.naturalOrder()));

    /** The statement's order: most meetings with the side met less, then most meetings, then name (then id). */
    private static final Comparator<Broker> BY_RANK = Comparator.comparingInt(Broker::fewer).reversed()
            .thenComparing(Comparator.comparingInt((Broker b) -> b.withA.size() + b.withB.size()).reversed())
            .thenComparing(Broker::name, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Broker::id);
}
