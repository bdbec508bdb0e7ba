package org.diplograph.cypher;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * A canonical text of a whole graph — every node with its sorted labels and properties, every edge
 * with its type, end ids and properties, all sorted — so two graphs can be compared or hashed.
 */
public final class GraphDump {

    private GraphDump() {
    }

    /**
     * @param driver the database
     * @return one line per node and edge, sorted
     */
    public static List<String> lines(Driver driver) {
        List<String> lines = new ArrayList<>();
        try (var session = driver.session()) {
            session.executeRead(tx -> {
                tx.run("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props").forEachRemaining(r ->
                        lines.add("node " + r.get("labels").asList(Value::asString).stream().sorted().toList()
                                + " " + new TreeMap<>(r.get("props").asMap())));
                tx.run("MATCH (a)-[r]->(b) RETURN type(r) AS type, coalesce(a.id, elementId(a)) AS a, "
                        + "coalesce(b.id, elementId(b)) AS b, properties(r) AS props").forEachRemaining(r ->
                        lines.add("edge " + r.get("type").asString() + " " + r.get("a").asString() + " -> "
                                + r.get("b").asString() + " " + new TreeMap<>(r.get("props").asMap())));
                return null;
            });
        }
        lines.sort(null);
        return lines;
    }

    /**
     * @param driver the database
     * @return the SHA-256 of the canonical dump, in hex
     */
    public static String hash(Driver driver) {
        return hash(lines(driver));
    }

    /**
     * @param lines a dump
     * @return the SHA-256 of its lines, in hex
     */
    public static String hash(List<String> lines) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                digest.update(line.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Empties the database between tests that share it.
     *
     * @param driver the database
     */
    public static void clear(Driver driver) {
        try (var session = driver.session()) {
            session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
        }
    }

    /**
     * @param driver    the database
     * @param statement a read statement returning one row
     * @param params    its parameters
     * @return the row as a map
     */
    public static Map<String, Object> one(Driver driver, String statement, Map<String, Object> params) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(statement, params).single().asMap());
        }
    }

    /**
     * The graph with every official named by the person behind it instead of by whichever spelling's
     * id won ({@link SyntheticCorpus#personKey}), and every list sorted: what must not depend on which of
     * several writers came first.
     *
     * @param driver the database
     * @return one line per node and edge, sorted
     */
    public static List<String> personLevel(Driver driver) {
        List<String> lines = new ArrayList<>();
        try (var session = driver.session()) {
            session.executeRead(tx -> {
                tx.run("""
                        MATCH (o:Official)
                        RETURN o.scope AS scope, o.name AS name, o.aliases AS aliases, o.keys AS keys,
                               [o.id] + coalesce(o.mergedIds, []) AS ids, o.sources AS sources""").forEachRemaining(r ->
                        lines.add("official " + person(r.get("scope"), r.get("name")) + " " + sorted(r.get("aliases"))
                                + " " + sorted(r.get("keys")) + " " + sorted(r.get("ids")) + " " + sorted(r.get("sources"))));
                tx.run("""
                        MATCH (a:Official)-[m:MET_WITH]->(b:Official)
                        RETURN a.scope AS as, a.name AS an, b.scope AS bs, b.name AS bn, m.onKey AS onKey, m.on AS on,
                               m.place AS place, m.sources AS sources, m.evidence AS evidence""").forEachRemaining(r -> {
                    TreeSet<String> pair = new TreeSet<>(List.of(person(r.get("as"), r.get("an")), person(r.get("bs"), r.get("bn"))));
                    lines.add("met " + pair + " " + r.get("onKey").asString() + " " + r.get("on") + " " + r.get("place")
                            + " " + sorted(r.get("sources")) + " " + sorted(r.get("evidence")));
                });
                tx.run("""
                        MATCH (a:Official)-[r:REPRESENTS]->(c)
                        RETURN a.scope AS scope, a.name AS name, c.id AS body, r.titleKey AS title, r.sources AS sources""")
                        .forEachRemaining(r -> lines.add("represents " + person(r.get("scope"), r.get("name")) + " "
                                + r.get("body").asString() + " " + r.get("title").asString() + " " + sorted(r.get("sources"))));
                tx.run("""
                        MATCH (a)-[r:PARTNER_OF|MEMBER_OF]->(b)
                        RETURN type(r) AS type, a.id AS a, b.id AS b, r.sources AS sources""").forEachRemaining(r ->
                        lines.add(r.get("type").asString() + " " + r.get("a").asString() + " " + r.get("b").asString()
                                + " " + sorted(r.get("sources"))));
                tx.run("MATCH (n) WHERE NOT n:Official RETURN labels(n) AS labels, n.id AS id, n.name AS name")
                        .forEachRemaining(r -> lines.add("node " + sorted(r.get("labels")) + " " + r.get("id").asString()
                                + " " + r.get("name")));
                return null;
            });
        }
        Collections.sort(lines);
        return lines;
    }

    private static String person(Value scope, Value name) {
        return SyntheticCorpus.personKey(scope.asString(), name.asString());
    }

    private static List<String> sorted(Value list) {
        return list.isNull() ? List.of() : list.asList(Value::asString).stream().sorted().toList();
    }
}
