package org.diplograph.cypher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.diplograph.model.FactSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;

/**
 * Guarantee: nothing lost, nothing duplicated, with writers at once. Four writers ingest overlapping
 * FactSets (the same actors, the same meetings from different sources, other spellings) at the same
 * time; the graph they leave is, person by person and meeting by meeting, the graph one writer leaves;
 * no transient error reaches them (deadlocks between them are retried by the driver with backoff); a
 * reader polling meanwhile never sees part of a FactSet. See also {@link TransientErrorIT}.
 */
@ExtendWith(Neo4jExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrencyIT {

    static final int WRITERS = 4;
    /** Many batches, so that the writers interleave many times. */
    static final DiplographConfig SMALL_BATCHES = DiplographConfig.builder().batchFacts(30).build();

    Driver driver;
    ExecutorService pool;

    @BeforeAll
    void open(Driver driver) {
        this.driver = driver;
        this.pool = Executors.newFixedThreadPool(WRITERS + 1);
        Diplograph.using(driver);
    }

    @AfterAll
    void close() {
        pool.shutdownNow();
    }

    @BeforeEach
    void empty() {
        GraphDump.clear(driver);
    }

    @Test
    void fourWritersOfOverlappingFactSetsLeaveTheGraphOneWriterLeaves() throws Exception {
        List<FactSet> corpus = SyntheticCorpus.generate(11, 2_000, "c");
        List<String> oneWriter = oneWriterDump(corpus);
        Map<String, Long> edgesPerSource = edgesPerSource();
        GraphDump.clear(driver);

        List<List<FactSet>> shares = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            shares.add(new ArrayList<>());
        }
        for (int i = 0; i < corpus.size(); i++) {
            shares.get(i % WRITERS).add(corpus.get(i));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<WriteSummary>> writers = writers(shares, start);
        AtomicBoolean writing = new AtomicBoolean(true);
        Future<ReaderReport> reader = pool.submit(() -> readWholeFactSetsOnly(edgesPerSource, writing));
        start.countDown();
        long factSets = 0;
        for (Future<WriteSummary> writer : writers) {
            factSets += writer.get(5, TimeUnit.MINUTES).factSets(); // a transient error reaching a writer fails here
        }
        writing.set(false);
        ReaderReport seen = reader.get(1, TimeUnit.MINUTES);

        assertThat(factSets).isEqualTo(corpus.size());
        assertThat(duplicates("MATCH (o:Official) RETURN o.scope + '|' + o.name AS name, o.aliases AS aliases"))
                .as("officials that are one person").isEmpty();
        assertThat(GraphDump.personLevel(driver)).isEqualTo(oneWriter);
        assertThat(seen.violations()).as("partial FactSets seen by the reader").isEmpty();
        assertThat(seen.polls()).as("reads during the writes").isGreaterThanOrEqualTo(3);
        assertThat(seen.checked()).as("FactSets checked whole by the reader").isPositive();
    }

    @Test
    void twoWritersOfTheSameFactSetsListEachSourceOnce() throws Exception {
        // Both write every FactSet at once: whichever commits a source second must see it as already in
        // the graph (write/merge-sources) and check the actors' lists, or they would list it twice.
        List<FactSet> corpus = SyntheticCorpus.generate(12, 400, "d");
        List<String> oneWriter = oneWriterDump(corpus);
        GraphDump.clear(driver);

        CountDownLatch start = new CountDownLatch(1);
        List<Future<WriteSummary>> writers = writers(List.of(corpus, corpus), start);
        start.countDown();
        for (Future<WriteSummary> writer : writers) {
            assertThat(writer.get(5, TimeUnit.MINUTES).factSets()).isEqualTo(corpus.size());
        }

        assertThat(GraphDump.personLevel(driver)).isEqualTo(oneWriter);
        try (var session = driver.session()) {
            assertThat(session.run("""
                    MATCH (a:Actor)
                    WHERE any(i IN range(0, size(a.sources) - 2) WHERE a.sources[i] IN a.sources[i + 1..])
                    RETURN a.id AS id""").list(r -> r.get("id").asString())).as("actors listing a source twice").isEmpty();
            assertThat(session.run("MATCH (a:Actor) RETURN sum(size(a.sources)) AS n").single().get("n").asLong())
                    .as("source mentions").isPositive();
        }
    }

    /** The graph one writer leaves with the corpus, as {@link #GraphDump.personLevel(driver)}. */
    private List<String> oneWriterDump(List<FactSet> corpus) {
        Diplograph.using(driver, SMALL_BATCHES).writer().writeAll(corpus);
        return GraphDump.personLevel(driver);
    }

    /** One writer per share, each waiting for start. */
    private List<Future<WriteSummary>> writers(List<List<FactSet>> shares, CountDownLatch start) {
        List<Future<WriteSummary>> writers = new ArrayList<>();
        for (List<FactSet> share : shares) {
            writers.add(pool.submit(() -> {
                GraphWriter writer = Diplograph.using(driver, SMALL_BATCHES).writer();
                start.await();
                return writer.writeAll(share);
            }));
        }
        return writers;
    }

    record ReaderReport(int polls, long checked, List<String> violations) {
    }

    /**
     * Polls, in read transactions, how many MET_WITH edges list each source, and checks it for every
     * FactSet whose Source node was visible before the scan began: each must show all of its edges.
     * (Neo4j reads are read-committed, not snapshots: a batch committing while a scan runs can show its
     * edges a moment before its Source nodes are found by label, so only FactSets seen as committed
     * before the scan are judged.)
     */
    private ReaderReport readWholeFactSetsOnly(Map<String, Long> expected, AtomicBoolean writing) {
        List<String> violations = Collections.synchronizedList(new ArrayList<>());
        int polls = 0;
        long checked = 0;
        SessionConfig read = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();
        while (writing.get() || polls == 0) {
            try (var session = driver.session(read)) {
                checked += session.executeRead(tx -> {
                    Set<String> before = sourceIds(tx);
                    Map<String, Long> seen = new HashMap<>();
                    tx.run("MATCH ()-[m:MET_WITH]->() UNWIND m.sources AS source RETURN source, count(*) AS edges")
                            .forEachRemaining(r -> seen.put(r.get("source").asString(), r.get("edges").asLong()));
                    for (String source : before) {
                        long edges = seen.getOrDefault(source, 0L);
                        if (edges != expected.getOrDefault(source, 0L)) {
                            violations.add(source + ": " + edges + " of " + expected.get(source) + " edges");
                        }
                    }
                    return (long) before.size();
                });
            }
            polls++;
            sleep(20);   // leave the two cores to the writers
        }
        return new ReaderReport(polls, checked, violations);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Set<String> sourceIds(org.neo4j.driver.TransactionContext tx) {
        return new TreeSet<>(tx.run("MATCH (s:Source) RETURN collect(s.id) AS ids").single().get("ids").asList(Value::asString));
    }

    private Map<String, Long> edgesPerSource() {
        Map<String, Long> counts = new HashMap<>();
        try (var session = driver.session()) {
            session.run("MATCH ()-[m:MET_WITH]->() UNWIND m.sources AS source RETURN source, count(*) AS edges")
                    .forEachRemaining(r -> counts.put(r.get("source").asString(), r.get("edges").asLong()));
        }
        return counts;
    }

    /** Groups of rows sharing a person key (scope and folded name of any spelling), when more than one node has it. */
    private List<String> duplicates(String statement) {
        Map<String, Integer> nodes = new HashMap<>();
        try (var session = driver.session()) {
            session.run(statement).forEachRemaining(r -> {
                String[] name = r.get("name").asString().split("\\|", 2);
                nodes.merge(SyntheticCorpus.personKey(name[0], name[1]), 1, Integer::sum);
            });
        }
        return nodes.entrySet().stream().filter(e -> e.getValue() > 1).map(e -> e.getKey() + " x" + e.getValue()).toList();
    }

}
