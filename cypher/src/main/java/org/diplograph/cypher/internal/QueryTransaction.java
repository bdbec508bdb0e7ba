package org.diplograph.cypher.internal;

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
     * Runs {@code query/brokers}. A transaction in this JVM answers it with {@code plugin.BrokersWalk}, and a
     * transaction on a server with Diplograph's plugin calls the same walk there: the same rows.
     *
     * @param parameters the statement's parameters
     * @return its rows
     */
    default List<Record> brokers(Map<String, Object> parameters) {
        return run(Statements.load("query/brokers"), parameters);
    }
}
