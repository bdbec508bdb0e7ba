package org.diplograph.cypher.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;

/**
 * One open read transaction of the Explorer's: runs a statement and hands back its rows as the driver's
 * records, whichever way the database is reached ({@link ReadRunner}), so that one mapping serves both.
 */
@FunctionalInterface
public interface QueryTransaction {

    /**
     * @param statement  a statement of a {@code query/} resource, values only as {@code $parameters}
     * @param parameters plain Java values: strings, numbers, booleans, {@code LocalDate}s, lists and maps of them
     * @return every row
     */
    List<Record> run(String statement, Map<String, Object> parameters);

    /**
     * The rows of {@code query/brokers} between two sides given by id. Here, through the driver: each side's
     * officials by {@code query/side-members}, then the statement. A transaction in this JVM answers it with
     * {@code plugin.BrokersWalk}, and a transaction on a server with Diplograph's plugin calls the same walk
     * there, sides and all, in one round trip: the same rows.
     *
     * @param a             side A's id
     * @param b             side B's id
     * @param viaMembership whether a member country's officials are on an alliance's side
     * @param period        {@code from}, {@code to} (dates or null) and {@code undated}
     * @return the rows, or {@code null} when either id names no actor
     */
    default List<Record> brokers(String a, String b, boolean viaMembership, Map<String, Object> period) {
        Map<String, Object> parameters = new HashMap<>(period);
        Map<String, String> sides = Map.of("sideA", a, "sideB", b);
        for (Map.Entry<String, String> side : sides.entrySet()) {
            List<Record> members = run(Statements.load("query/side-members"), Map.of("id", side.getValue(), "viaMembership", viaMembership));
            if (members.isEmpty()) {
                return null;
            }
            parameters.put(side.getKey(), SideMembers.parameter(members));
        }
        return run(Statements.load("query/brokers"), parameters);
    }
}
