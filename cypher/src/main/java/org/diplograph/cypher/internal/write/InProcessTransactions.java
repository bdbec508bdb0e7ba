package org.diplograph.cypher.internal.write;

import java.lang.reflect.Array;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.DatabaseException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.kernel.api.exceptions.Status;

/**
 * Write transactions run in this JVM, on the embedded database's own transaction API: the same
 * statements, with plain Java parameter maps, without the driver's and Bolt's serialisation of every
 * row. Only the writer's own statements (from {@code write/} resources) take this route; analysts'
 * Cypher and every read still go through the driver, logged in, with the read-only checks.
 */
public final class InProcessTransactions implements TransactionRunner {

    private final GraphDatabaseService database;
    private final Duration maxRetryTime;

    /**
     * @param database     the embedded database
     * @param maxRetryTime how long a transaction is retried on transient errors (a deadlock with another writer)
     */
    public InProcessTransactions(GraphDatabaseService database, Duration maxRetryTime) {
        this.database = database;
        this.maxRetryTime = maxRetryTime;
    }

    @Override
    public <T> T inWriteTransaction(Function<CypherTransaction, T> work) {
        long giveUpAt = System.nanoTime() + maxRetryTime.toNanos();
        for (int attempt = 1; ; attempt++) {
            try (Transaction tx = database.beginTx()) {
                T result = work.apply(new InProcessTransaction(tx));
                tx.commit();
                return result;
            } catch (RuntimeException e) {
                String code = statusCode(e);
                if (code == null) {
                    throw e; // the writer's own exceptions (an actor gone, bad input) pass as they are
                }
                if (!code.startsWith("Neo.TransientError") || System.nanoTime() > giveUpAt) {
                    throw code.startsWith("Neo.ClientError") ? new ClientException(code, e.getMessage())
                            : code.startsWith("Neo.TransientError") ? new TransientException(code, e.getMessage())
                            : new DatabaseException(code, e.getMessage());
                }
                TransactionRunner.pauseBeforeRetry(Math.min(1_000L, 50L * attempt));
            }
        }
    }

    /** @return Neo4j's status code of an exception of the database, or {@code null} for any other */
    private static String statusCode(RuntimeException e) {
        if (e instanceof QueryExecutionException q) {
            return q.getStatusCode();
        }
        if (e instanceof Status.HasStatus s) {
            return s.status().code().serialize();
        }
        return null;
    }

    /** One embedded transaction as a {@link CypherTransaction}. */
    private record InProcessTransaction(Transaction tx) implements CypherTransaction {

        @Override
        public List<Map<String, Object>> run(String statement, Map<String, Object> parameters) {
            List<Map<String, Object>> rows = new ArrayList<>();
            try (Result result = tx.execute(statement, parameters)) {
                while (result.hasNext()) {
                    Map<String, Object> row = new HashMap<>(result.next());
                    row.replaceAll((column, value) -> plain(value));
                    rows.add(row);
                }
            }
            return rows;
        }

        /** A stored list comes back as an array in process, as a list through the driver: a list either way. */
        private static Object plain(Object value) {
            if (value == null || !value.getClass().isArray()) {
                return value;
            }
            if (value instanceof Object[] objects) {
                return Arrays.asList(objects);
            }
            List<Object> list = new ArrayList<>(Array.getLength(value));
            for (int i = 0; i < Array.getLength(value); i++) {
                list.add(Array.get(value, i));
            }
            return list;
        }
    }
}
