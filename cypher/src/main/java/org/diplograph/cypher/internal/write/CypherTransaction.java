package org.diplograph.cypher.internal.write;

import java.util.List;
import java.util.Map;

/**
 * One open transaction that runs a statement with parameters and hands back its rows as plain Java
 * values (strings, longs, lists, maps), whichever way the database is reached: through the driver
 * ({@link DriverTransaction}) or in this JVM ({@link InProcessTransactions}).
 */
public interface CypherTransaction {

    /**
     * @param statement  a statement of a {@code .cypher} resource, values only as {@code $parameters}
     * @param parameters plain Java values: strings, numbers, booleans, {@code LocalDate}s, lists and maps of them
     * @return every row, each column's value as a plain Java value (a list property as a {@code List})
     */
    List<Map<String, Object>> run(String statement, Map<String, Object> parameters);
}
