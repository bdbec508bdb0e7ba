package org.diplograph.examples.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.diplograph.DatabaseUnavailableException;
import org.diplograph.cypher.Diplograph;
import org.diplograph.cypher.DiplographConfig;
import org.diplograph.cypher.GraphDump;
import org.diplograph.cypher.SyntheticCorpus;
import org.diplograph.cypher.embedded.EmbeddedNeo4j;
import org.diplograph.examples.cli.Main;
import org.diplograph.model.FactSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Logging;

/**
 * Guarantee: a database that is not there is a clear, bounded failure. Every command that takes
 * {@code --uri}, against a port where nothing listens, exits with code 5 within 30 s and one line without
 * a stack trace or the password; so does {@code ingest} against a server that accepts connections but never
 * answers (all commands open the graph through the same {@code GraphOptions.open}, and each such case
 * waits out the 15 s connection timeout, so one stands for all).
 * A connection lost mid-ingest is retried while the database comes back; when it does not, the
 * error says what was written and what was not.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerDownIT {

    static final String SENTINEL = "sentinel-password-3f9a1c";
    static final Path SAMPLE = Path.of("src/main/resources/org/diplograph/examples/sample");

    Path tmp;
    Path passwordFile;
    int closedPort;
    ServerSocket silent;
    final List<Socket> accepted = new CopyOnWriteArrayList<>();

    @BeforeAll
    void prepare(@TempDir Path dir) throws IOException {
        tmp = dir;
        passwordFile = Files.writeString(dir.resolve("password"), SENTINEL + "\n");
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();   // free again once closed: nothing listens there
        }
        silent = new ServerSocket(0);           // accepts, then never says a word
        Thread acceptor = new Thread(() -> {
            while (!silent.isClosed()) {
                try {
                    accepted.add(silent.accept());
                } catch (IOException e) {
                    return;
                }
            }
        }, "silent-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterAll
    void closeSilentServer() throws IOException {
        silent.close();
        for (Socket socket : accepted) {
            socket.close();
        }
    }

    record Run(int code, String out, String err, Duration took) {
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long started = System.nanoTime();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString(), Duration.ofNanos(System.nanoTime() - started));
    }

    @ParameterizedTest(name = "{0} against {1}")
    @CsvSource(textBlock = """
            ingest,   closed
            cypher,   closed
            examples, closed
            ingest,   silent
            """)
    void everyCommandFailsWithinBoundedTimeWithOneClearLine(String command, String server) {
        int port = server.equals("closed") ? closedPort : silent.getLocalPort();
        List<String> args = new ArrayList<>(List.of(command));
        switch (command) {
            case "ingest" -> args.add(SAMPLE.toString());
            case "cypher" -> args.add("RETURN 1");
            default -> {
            }
        }
        args.addAll(List.of("--uri", "bolt://127.0.0.1:" + port, "--password-file", passwordFile.toString()));

        Run down = run(args.toArray(String[]::new));

        assertThat(down.took()).isLessThan(Duration.ofSeconds(30));
        assertThat(down.code()).as(down.err()).isEqualTo(5);
        assertThat(down.err().lines().toList()).singleElement().asString()
                .startsWith("diplograph: Neo4j did not answer")
                .contains("Check that the server is running")
                .doesNotContain("\tat ", SENTINEL);
        assertThat(down.out()).doesNotContain(SENTINEL);
    }

    @Test
    void aConnectionLostMidIngestIsRetriedUntilTheDatabaseIsBack() throws Exception {
        Path folder = tmp.resolve("comes-back");
        List<FactSet> corpus = SyntheticCorpus.generate(3, 400, "back");
        String clean = cleanRun(corpus, tmp.resolve("clean"));

        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        EmbeddedNeo4j[] neo4j = {EmbeddedNeo4j.start(folder, port)};
        // Diplograph.using(driver, …) leaves retrying to the caller's driver: its retry time is the one that counts.
        // The embedded database's own login (one secret per JVM) still holds when it is started again.
        try (Driver driver = neo4j[0].driver(Config.builder()
                .withMaxTransactionRetryTime(60, java.util.concurrent.TimeUnit.SECONDS).withLogging(Logging.none()).build())) {
            Diplograph graph = Diplograph.using(driver, DiplographConfig.builder().batchFacts(50)
                    .maxRetryTime(Duration.ofSeconds(60)).build());
            Iterator<FactSet> stopsHalfWay = new Iterator<>() {
                int next;

                @Override
                public boolean hasNext() {
                    return next < corpus.size();
                }

                @Override
                public FactSet next() {
                    if (next == corpus.size() / 2) {
                        neo4j[0].close();   // the database goes away between two batches…
                        Thread restart = new Thread(() -> {
                            sleep(2_000);
                            neo4j[0] = EmbeddedNeo4j.start(folder, port);   // …and comes back two seconds later
                        });
                        restart.start();
                    }
                    return corpus.get(next++);
                }
            };
            var written = graph.writer().writeAll(stopsHalfWay, total -> { });
            assertThat(written.factSets()).isEqualTo(corpus.size());
            assertThat(GraphDump.hash(driver)).isEqualTo(clean);
        } finally {
            neo4j[0].close();
        }
    }

    @Test
    void aConnectionLostForGoodSaysWhatWasWrittenAndWhatWasNot() throws Exception {
        List<FactSet> corpus = SyntheticCorpus.generate(5, 400, "gone");
        EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(tmp.resolve("goes-away"), 0);
        long[] stoppedAt = {0};
        // Diplograph.using(driver, …) leaves retrying to the caller's driver, so the driver retries for 2 s too
        // (with the driver's default, 30 s, this test waited 30-60 s for the failure).
        try (Driver driver = neo4j.driver(Config.builder()
                .withMaxTransactionRetryTime(2, java.util.concurrent.TimeUnit.SECONDS)
                .withConnectionTimeout(5, java.util.concurrent.TimeUnit.SECONDS)
                .withConnectionAcquisitionTimeout(5, java.util.concurrent.TimeUnit.SECONDS).withLogging(Logging.none()).build())) {
            Diplograph graph = Diplograph.using(driver, DiplographConfig.builder().batchFacts(50)
                    .maxRetryTime(Duration.ofSeconds(2)).build());
            List<Long> committed = new ArrayList<>();
            Iterator<FactSet> stopsHalfWay = new Iterator<>() {
                int next;

                @Override
                public boolean hasNext() {
                    return next < corpus.size();
                }

                @Override
                public FactSet next() {
                    if (next == corpus.size() / 2) {
                        neo4j.close();
                        stoppedAt[0] = System.nanoTime();
                    }
                    return corpus.get(next++);
                }
            };
            assertThatThrownBy(() -> graph.writer().writeAll(stopsHalfWay, total -> committed.add(total.factSets())))
                    .isInstanceOf(DatabaseUnavailableException.class)
                    .hasMessageContaining("that batch and everything after it was not written")
                    // the driver is the test's (Diplograph.using): its retry time, not maxRetryTime, is the one that ran out
                    .hasMessageContaining("even after retrying for as long as the driver allows")
                    .hasMessageContaining("Written before it, and kept: " + committed.get(committed.size() - 1) + " FactSets in "
                            + committed.size() + " batches")
                    .hasMessageContaining("run the same ingest again")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
            // Observed: 2-3 s after the stop, once the driver's retries end (30-60 s while this driver kept its
            // default 30 s retry time). The bound stays generous: this is about the message, not the speed.
            Duration failedAfter = Duration.ofNanos(System.nanoTime() - stoppedAt[0]);
            System.out.println("Lost for good: the write failed " + failedAfter.toMillis() + " ms after the database stopped");
            assertThat(failedAfter).isLessThan(Duration.ofSeconds(120));
            assertThat(committed).isNotEmpty();
        } finally {
            neo4j.close();
        }
    }

    private static String cleanRun(List<FactSet> corpus, Path folder) {
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(folder, 0)) {
            Diplograph.using(neo4j.driver(), DiplographConfig.builder().batchFacts(50).build()).writer().writeAll(corpus);
            return GraphDump.hash(neo4j.driver());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
