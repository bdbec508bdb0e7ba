package org.diplograph.cypher.internal.write;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.diplograph.cypher.internal.QueryTransaction;
import org.diplograph.cypher.internal.ReadRunner;
import org.diplograph.cypher.plugin.BrokersWalk;
import org.diplograph.cypher.plugin.StoredArrays;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.DatabaseException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.driver.internal.InternalRecord;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.internal.kernel.api.security.AccessMode;
import org.neo4j.internal.kernel.api.security.LoginContext;
import org.neo4j.internal.kernel.api.security.SecurityContext;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.kernel.api.exceptions.Status;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Transactions run in this JVM, on the embedded database's own transaction API: the same statements,
 * with plain Java parameter maps, without the driver's and Bolt's serialisation of every row. Only the
 * library's own statements take this route: the writer's batches ({@code write/} resources), and the
 * Explorer's questions and the exports ({@code query/} and {@code export/} resources, in transactions that
 * are never committed). Analysts' Cypher and decisions still go through the driver, logged in, with the
 * read-only checks.
 */
public final class InProcessTransactions implements TransactionRunner, ReadRunner {

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
        return retried(database::beginTx, tx -> {
            T result = work.apply(new InProcessTransaction(tx));
            tx.commit();
            return result;
        });
    }

    /**
     * A read transaction in process: the rows become the driver's records, with the values the driver would
     * give (a stored list as a list, a map projection as a map), so the Explorer maps them as it maps Bolt's.
     * It sees everything committed before it began, on the one database there is: no bookmarks are needed.
     * {@code query/brokers} is answered by {@link BrokersWalk} on the same transaction, sides and all.
     * Its access is read-only, as a server's read transaction is: a statement that writes fails
     * ({@code Neo.ClientError.Security.Forbidden}), and the transaction is never committed.
     */
    @Override
    public <T> T inReadTransaction(Function<QueryTransaction, T> work) {
        return retried(() -> ((GraphDatabaseAPI) database).beginTransaction(KernelTransaction.Type.EXPLICIT, READ_ONLY),
                tx -> work.apply(new QueryTransaction() {
                    @Override
                    public List<Record> run(String statement, Map<String, Object> parameters) {
                        return records(tx, statement, parameters);
                    }

                    @Override
                    public List<Record> brokers(String a, String b, boolean viaMembership, Map<String, Object> period) {
                        List<Map<String, Object>> walked = BrokersWalk.between(tx, a, b, viaMembership,
                                (LocalDate) period.get("from"), (LocalDate) period.get("to"), Boolean.TRUE.equals(period.get("undated")));
                        if (walked == null) {
                            return null;
                        }
                        List<Record> rows = new ArrayList<>(walked.size());
                        for (Map<String, Object> row : walked) {
                            rows.add(record(BrokersWalk.COLUMNS, row));
                        }
                        return rows;
                    }
                }));
    }

    /** Full access to read, none to write: what a read transaction through the driver gets. */
    private static final LoginContext READ_ONLY = SecurityContext.AUTH_DISABLED.withMode(AccessMode.Static.READ);

    private static List<Record> records(Transaction tx, String statement, Map<String, Object> parameters) {
        List<Record> rows = new ArrayList<>();
        try (Result result = tx.execute(statement, parameters)) {
            List<String> columns = result.columns();
            while (result.hasNext()) {
                rows.add(record(columns, result.next()));
            }
        }
        return rows;
    }

    private static Record record(List<String> columns, Map<String, Object> row) {
        List<Value> values = new ArrayList<>(columns.size());
        for (String column : columns) {
            values.add(Values.value(row.get(column)));
        }
        return new InternalRecord(columns, values);
    }

    /** Runs the work in a transaction, retried whole on transient errors; the work commits if it writes. */
    private <T> T retried(Supplier<Transaction> begin, Function<Transaction, T> work) {
        long giveUpAt = System.nanoTime() + maxRetryTime.toNanos();
        for (int attempt = 1; ; attempt++) {
            try (Transaction tx = begin.get()) {
                return work.apply(tx);
            } catch (RuntimeException e) {
                String code = statusCode(e);
                if (code == null) {
                    throw e; // the caller's own exceptions (an actor gone, bad input, a name not found) pass as they are
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
                    row.replaceAll((column, value) -> StoredArrays.asList(value)); // a stored list, as the driver gives it
                    rows.add(row);
                }
            }
            return rows;
        }
    }
}
