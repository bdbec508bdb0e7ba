package org.diplograph.cypher.internal.write;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/**
 * A driver transaction (Bolt) as a {@link CypherTransaction}.
 *
 * @param tx the driver's transaction
 */
public record DriverTransaction(TransactionContext tx) implements CypherTransaction {

    @Override
    public List<Map<String, Object>> run(String statement, Map<String, Object> parameters) {
        return tx.run(statement, parameters).list(Record::asMap);
    }
}
