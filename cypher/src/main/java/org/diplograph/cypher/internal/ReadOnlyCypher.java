package org.diplograph.cypher.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diplograph.InvalidInputException;
import org.diplograph.explorer.Rows;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.summary.QueryType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An analyst's own Cypher, read-only twice over: the statement is first planned with {@code EXPLAIN}
 * and refused unless Neo4j calls it read-only, then run in a read transaction, which the server
 * refuses to let write (this also stops procedures that write).
 */
public final class ReadOnlyCypher {

    private static final Logger CYPHER_LOG = LoggerFactory.getLogger("org.diplograph.cypher.statements");

    private ReadOnlyCypher() {
    }

    /**
     * @param driver     the driver
     * @param readSession a session configuration that reads
     * @param statement  the Cypher
     * @param parameters its parameters
     * @return the rows, as plain values
     * @throws InvalidInputException when the statement is not valid Cypher or could write
     */
    public static Rows run(Driver driver, SessionConfig readSession, String statement, Map<String, Object> parameters) {
        if (statement == null || statement.isBlank()) {
            throw new InvalidInputException("The Cypher statement is empty.");
        }
        CYPHER_LOG.debug("analyst cypher: {}", statement);
        try (var s = driver.session(readSession)) {
            return s.executeRead(tx -> {
                QueryType type = tx.run("EXPLAIN " + statement, parameters).consume().queryType();
                if (type != QueryType.READ_ONLY) {
                    throw new InvalidInputException("Only read-only Cypher is accepted here; this statement "
                            + (type == QueryType.SCHEMA_WRITE ? "changes the schema" : "writes") + ". Nothing was run.");
                }
                var result = tx.run(statement, parameters);
                List<String> columns = result.keys();
                List<Map<String, Object>> rows = new ArrayList<>();
                for (Record record : result.list()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (String column : columns) {
                        row.put(column, PlainValues.plain(record.get(column)));
                    }
                    rows.add(row);
                }
                return new Rows(columns, rows);
            });
        } catch (ClientException e) {
            if (e.code() != null && e.code().startsWith("Neo.ClientError.Statement.AccessMode")) {
                throw new InvalidInputException("Only read-only Cypher is accepted here; the database refused a write. Nothing was written.");
            }
            throw new InvalidInputException(null, null, null, "Neo4j refused the statement: " + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "no reason given." : message.lines().findFirst().orElse(message);
    }
}
