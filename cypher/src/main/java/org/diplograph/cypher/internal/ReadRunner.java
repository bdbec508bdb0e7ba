package org.diplograph.cypher.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.diplograph.cypher.plugin.BrokersProcedure;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
     * Read transactions through the driver. {@code brokers} is answered by the server's
     * {@code diplograph.brokers} procedure where the server has this version's plugin (asked once, on the
     * first {@code brokers}), and by the statements everywhere else.
     *
     * @param driver  the driver
     * @param session the session configuration of reads
     * @return read transactions through the driver's {@code executeRead} (retried on transient errors)
     */
    static ReadRunner bolt(Driver driver, SessionConfig session) {
        Logger log = LoggerFactory.getLogger(ReadRunner.class);
        AtomicReference<Boolean> plugin = new AtomicReference<>();
        return new ReadRunner() {
            @Override
            public <T> T inReadTransaction(Function<QueryTransaction, T> work) {
                try (var s = driver.session(session)) {
                    return s.executeRead(tx -> work.apply(new QueryTransaction() {
                        @Override
                        public List<Record> run(String statement, Map<String, Object> parameters) {
                            return tx.run(statement, parameters).list();
                        }

                        @Override
                        public List<Record> brokers(String a, String b, boolean viaMembership, Map<String, Object> period) {
                            if (plugin.get() == null) {
                                plugin.set(hasPlugin(tx));
                            }
                            if (!plugin.get()) {
                                return QueryTransaction.super.brokers(a, b, viaMembership, period);
                            }
                            Map<String, Object> parameters = new HashMap<>(period);
                            parameters.put("a", a);
                            parameters.put("b", b);
                            parameters.put("viaMembership", viaMembership);
                            List<Record> rows = run(Statements.load("query/brokers-by-plugin"), parameters);
                            return rows.size() == 1 && rows.get(0).get("broker").isNull() ? null : rows;
                        }
                    }));
                }
            }

            private boolean hasPlugin(TransactionContext tx) {
                List<String> found = tx.run(Statements.load("query/plugin-installed")).list(r -> r.get("description").asString());
                boolean same = found.contains(BrokersProcedure.DESCRIPTION);
                if (!found.isEmpty() && !same) {
                    log.info("The server's diplograph.brokers is another version's ({}): brokers runs query/brokers instead. "
                            + "Install this version's plugin jar for the faster walk.", found);
                }
                log.debug("brokers through {}", same ? "the server's diplograph.brokers" : "query/brokers");
                return same;
            }
        };
    }
}
