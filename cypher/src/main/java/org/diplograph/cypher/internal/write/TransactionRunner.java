package org.diplograph.cypher.internal.write;

import java.util.function.Function;

/**
 * Where a write transaction runs: through the driver ({@link #bolt}), or, for the embedded database,
 * in this JVM ({@link InProcessTransactions}), which spares every row its Bolt serialisation both ways.
 * Either way the work is retried whole on transient errors, and a failure arrives as the driver's
 * exception ({@code ClientException} with Neo4j's status code, and so on), so the writer handles both alike.
 */
public interface TransactionRunner {

    /**
     * @param work what to do in the transaction; it commits when this returns
     * @param <T>  what the work returns
     * @return what the work returned
     */
    <T> T inWriteTransaction(Function<CypherTransaction, T> work);

    /**
     * @param driver  the driver
     * @param session the session configuration of writes
     * @return write transactions through the driver's {@code executeWrite} (retried for its retry time)
     */
    static TransactionRunner bolt(org.neo4j.driver.Driver driver, org.neo4j.driver.SessionConfig session) {
        return new TransactionRunner() {
            @Override
            public <T> T inWriteTransaction(Function<CypherTransaction, T> work) {
                try (var s = driver.session(session)) {
                    return s.executeWrite(tx -> work.apply(new DriverTransaction(tx)));
                }
            }
        };
    }

    /**
     * Waits before a write is tried again, the one wait of every retry loop.
     *
     * @param millis how long
     * @throws org.diplograph.DiplographException when interrupted (the interrupt is kept)
     */
    static void pauseBeforeRetry(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new org.diplograph.DiplographException("Interrupted while retrying a write.", e);
        }
    }
}
