package org.diplograph.cypher;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String line : lines(driver)) {
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
}
