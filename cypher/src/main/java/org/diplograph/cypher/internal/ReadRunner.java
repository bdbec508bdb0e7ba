package org.diplograph.cypher.internal;

import java.util.function.Function;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

/**
 * Where the Explorer's read transactions run: through the driver ({@link #bolt}: read sessions, routed to
 * a cluster's secondaries, with the shared bookmarks), or, for the embedded database, in this JVM
 * ({@code write.InProcessTransactions}), which spares every row its Bolt serialisation.
 */
public interface ReadRunner {

    /**
     * @param work what to read in the transaction
     * @param <T>  what the work returns
     * @return what the work returned
     */
    <T> T inReadTransaction(Function<QueryTransaction, T> work);

    /**
     * @param driver  the driver
     * @param session the session configuration of reads
     * @return read transactions through the driver's {@code executeRead} (retried on transient errors)
     */
    static ReadRunner bolt(Driver driver, SessionConfig session) {
        return new ReadRunner() {
            @Override
            public <T> T inReadTransaction(Function<QueryTransaction, T> work) {
                try (var s = driver.session(session)) {
                    return s.executeRead(tx -> work.apply((statement, parameters) -> tx.run(statement, parameters).list()));
                }
            }
        };
    }
}
