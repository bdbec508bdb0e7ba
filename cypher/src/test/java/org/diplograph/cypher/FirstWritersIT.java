package org.diplograph.cypher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.diplograph.model.FactSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * Guarantee: several writers pointed at a new, empty database at the same instant all succeed, and leave
 * the graph one writer leaves. Each writer is its own client (its own driver, as separate {@code ingest
 * --uri} processes are), and each opens its graph after the start signal, so all of them prepare the
 * schema at once: an index another writer is creating, a lock on the label another holds, "an equivalent
 * index already exists" must all end in one schema, not in a failed ingest.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FirstWritersIT {

    static final DiplographConfig SMALL_BATCHES = DiplographConfig.builder().batchFacts(40).build();

    List<FactSet> corpus;
    String oneWriter;
    List<String> oneWriterSchema;
    ExecutorService pool;

    @BeforeAll
    void oneWriterGraph() {
        corpus = SyntheticCorpus.generate(21, 1_200, "w");
        pool = Executors.newCachedThreadPool();
        try (Neo4j neo4j = freshDatabase(); Driver driver = driver(neo4j)) {
            Diplograph.using(driver, SMALL_BATCHES).writer().writeAll(corpus);
            oneWriter = GraphDump.hash(GraphDump.personLevel(driver));
            oneWriterSchema = schema(driver);
        }
    }

    @AfterAll
    void stop() {
        pool.shutdownNow();
    }

    @ParameterizedTest(name = "{0} writers")
    @ValueSource(ints = {4, 8})
    void writersStartedTogetherOnAnEmptyDatabaseAllSucceed(int writers) throws Exception {
        try (Neo4j neo4j = freshDatabase()) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<WriteSummary>> running = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                List<FactSet> share = new ArrayList<>();
                for (int i = w; i < corpus.size(); i += writers) {
                    share.add(corpus.get(i));
                }
                share.addAll(corpus.subList(0, corpus.size() / 10)); // and all of them write the first tenth
                running.add(pool.submit(() -> {
                    try (Driver driver = driver(neo4j)) {
                        start.await();
                        try (Diplograph graph = Diplograph.using(driver, SMALL_BATCHES)) {
                            return graph.writer().writeAll(share);
                        }
                    }
                }));
            }
            start.countDown();
            for (Future<WriteSummary> writer : running) {
                assertThat(writer.get(5, TimeUnit.MINUTES).factSets()).isPositive(); // any failure of a writer fails here
            }
            try (Driver driver = driver(neo4j)) {
                assertThat(GraphDump.hash(GraphDump.personLevel(driver))).isEqualTo(oneWriter);
                assertThat(schema(driver)).as("indexes, each once and online").isEqualTo(oneWriterSchema);
            }
        }
    }

    /** The database's indexes (constraints bring their own): name, what they index, state. */
    private static List<String> schema(Driver driver) {
        try (var session = driver.session()) {
            return session.run("SHOW INDEXES YIELD name, labelsOrTypes, properties, state "
                    + "RETURN name + ' ' + reduce(s = '', x IN labelsOrTypes + properties | s + x + ' ') + state AS index ORDER BY index")
                    .list(r -> r.get("index").asString());
        }
    }

    private static Neo4j freshDatabase() {
        return Neo4jBuilders.newInProcessBuilder()
                .withDisabledServer()
                .withConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
                .withConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
                .withConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ZERO)
                .build();
    }

    private static Driver driver(Neo4j neo4j) {
        return GraphDatabase.driver(neo4j.boltURI(), AuthTokens.none(),
                org.neo4j.driver.Config.builder().withLogging(org.neo4j.driver.Logging.none()).build());
    }
}
