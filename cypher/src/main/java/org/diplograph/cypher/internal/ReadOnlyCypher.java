package org.diplograph.cypher.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.diplograph.InvalidInputException;
import org.diplograph.explorer.Rows;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.QueryType;
import org.neo4j.driver.summary.ResultSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An analyst's own Cypher, read-only twice over: the statement is first planned with {@code EXPLAIN}
 * and refused unless Neo4j calls it read-only and its plan reads nothing but the graph (no {@code LOAD CSV},
 * no procedure outside {@link #ALLOWED_PROCEDURES}, no {@code TERMINATE TRANSACTIONS}), then run in a read
 * transaction, which the server refuses to let write (this also stops procedures that write).
 */
public final class ReadOnlyCypher {

    /**
     * The procedures an analyst's statement may call: they read the graph's catalogue or its indexes and
     * touch no file, URL, setting or other session. An allow-list, so a procedure a server adds (APOC's
     * {@code apoc.load.*}, say) is refused until it is known to be harmless.
     */
    public static final Set<String> ALLOWED_PROCEDURES = Set.of(
            "db.labels", "db.relationshipTypes", "db.propertyKeys",
            "db.schema.visualization", "db.schema.nodeTypeProperties", "db.schema.relTypeProperties",
            "db.index.fulltext.queryNodes", "db.index.fulltext.queryRelationships",
            "db.info", "db.ping");

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
                ResultSummary plan = tx.run("EXPLAIN " + statement, parameters).consume();
                Optional<String> reachesOut = plan.hasPlan() ? reachesOut(plan.plan()) : Optional.empty();
                if (reachesOut.isPresent()) {
                    throw new InvalidInputException("Only read-only Cypher is accepted here; this statement "
                            + reachesOut.get() + ". Nothing was run.");
                }
                QueryType type = plan.queryType();
                if (type != QueryType.READ_ONLY) {
                    throw new InvalidInputException("Only read-only Cypher is accepted here; this statement "
                            + (type == QueryType.SCHEMA_WRITE ? "changes the schema or administers the database" : "writes") + ". Nothing was run.");
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

    /**
     * @param plan a statement's plan
     * @return why the statement reaches beyond the graph (files, URLs, procedures not known to be harmless,
     *     other sessions' transactions), or empty when it does not
     */
    static Optional<String> reachesOut(Plan plan) {
        String operator = plan.operatorType().replaceFirst("@.*", "");
        if (operator.equals("LoadCSV")) {
            return Optional.of("uses LOAD CSV, which reads files and URLs");
        }
        if (operator.equals("TerminateTransactions")) {
            return Optional.of("terminates transactions");
        }
        if (operator.equals("ProcedureCall")) {
            String details = plan.arguments().containsKey("Details") ? plan.arguments().get("Details").asString() : "";
            String name = details.contains("(") ? details.substring(0, details.indexOf('(')).strip() : details.strip();
            if (!ALLOWED_PROCEDURES.contains(name)) {
                return Optional.of("calls the procedure " + name + ", which is not one of the read-only procedures allowed here ("
                        + String.join(", ", ALLOWED_PROCEDURES.stream().sorted().toList()) + ")");
            }
        }
        for (Plan child : plan.children()) {
            Optional<String> reason = reachesOut(child);
            if (reason.isPresent()) {
                return reason;
            }
        }
        return Optional.empty();
    }

    private static String firstLine(String message) {
        return message == null ? "no reason given." : message.lines().findFirst().orElse(message);
    }
}
