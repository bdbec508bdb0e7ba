package org.diplograph.examples.trust;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.diplograph.examples.trust.SecurityIT.Run;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.neo4j.harness.Neo4j;
import org.slf4j.LoggerFactory;

/**
 * Guarantee (with {@link SecurityIT}): no secret let out, even at the most verbose log level. A Neo4j with
 * authentication refuses a sentinel password read from {@code --password-file}; with {@code --verbose} and
 * the {@code org.diplograph} and {@code org.neo4j} (driver) loggers at TRACE captured by a Logback appender,
 * the sentinel is in no output, error, stack trace or log event.
 * <p>Runs alone ({@link Isolated}): it turns the JVM's loggers up to TRACE and reads what every thread logs.
 * It is a class of its own so that only this test, not all of {@link SecurityIT}, has to wait for the others.
 */
@Isolated
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TraceLogsIT {

    static final String SENTINEL = SecurityIT.SENTINEL;

    Neo4j neo4j;
    Path passwordFile;
    int closedPort;

    @BeforeAll
    void start(@TempDir Path dir) throws IOException {
        neo4j = SecurityIT.startWithAuthentication();
        passwordFile = Files.writeString(dir.resolve("password"), SENTINEL + "\n");
        closedPort = SecurityIT.closedPort();
    }

    @AfterAll
    void stop() {
        neo4j.close();
    }

    @Test
    void aFailedLoginShowsThePasswordNowhereEvenInTraceLogsAndStackTraces() {
        LoggerContext logs = (LoggerContext) LoggerFactory.getILoggerFactory();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.setContext(logs);
        captured.start();
        ch.qos.logback.classic.Logger root = logs.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Map<String, Level> levels = new HashMap<>();
        for (String name : List.of("org.diplograph", "org.neo4j", "org.neo4j.driver")) {
            levels.put(name, logs.getLogger(name).getLevel());
            logs.getLogger(name).setLevel(Level.TRACE);
        }
        root.addAppender(captured);
        try {
            String uri = neo4j.boltURI().toString();
            Run cypher = SecurityIT.run("cypher", "RETURN 1", "--uri", uri, "--user", "neo4j",
                    "--password-file", passwordFile.toString(), "--verbose");
            Run ingest = SecurityIT.run("ingest", "src/main/resources/org/diplograph/examples/sample", "--uri", uri,
                    "--password-file", passwordFile.toString(), "--verbose");
            Run unreachable = SecurityIT.run("cypher", "RETURN 1", "--uri", "bolt://127.0.0.1:" + closedPort,
                    "--password-file", passwordFile.toString(), "--verbose");
            for (Run failed : List.of(cypher, ingest)) {
                assertThat(failed.code()).as(failed.err()).isEqualTo(5);
                assertThat(failed.err()).startsWith("diplograph: Neo4j refused the credentials");
            }
            assertThat(unreachable.code()).isEqualTo(5);
            for (Run failed : List.of(cypher, ingest, unreachable)) {
                assertThat(failed.out() + failed.err()).doesNotContain(SENTINEL);
            }
            assertThat(captured.list).as("log events captured at TRACE").isNotEmpty();
            for (ILoggingEvent event : captured.list) {
                String text = event.getFormattedMessage()
                        + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()));
                assertThat(text).as(event.getLoggerName()).doesNotContain(SENTINEL);
            }
        } finally {
            root.detachAppender(captured);
            levels.forEach((name, level) -> logs.getLogger(name).setLevel(level));
        }
    }
}
