package org.diplograph.examples.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diplograph.DatabaseUnavailableException;
import org.diplograph.cypher.Diplograph;
import org.diplograph.cypher.WritingStatements;
import org.diplograph.examples.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * Guarantees: nobody let in, and no secret let out. The {@code cypher} command refuses every writing
 * statement, {@code LOAD CSV} and procedures off its allow-list, each with its reason; passwords come only from {@code $DIPLOGRAPH_PASSWORD} or {@code --password-file}, and a failed
 * login at the most verbose log level shows the password nowhere (output, errors, stack traces, logs: see
 * {@link TraceLogsIT}, which runs alone); TLS URIs ({@code neo4j+s}, {@code bolt+s}, {@code +ssc}) are accepted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityIT {

    static final String SENTINEL = "sentinel-password-7c41e2";
    static final String ADMIN_PASSWORD = "a-new-admin-password";

    Neo4j neo4j;   // with authentication on, unlike the shared test extension's
    Path passwordFile;
    Path adminPasswordFile;
    int closedPort;

    @BeforeAll
    void start(@TempDir Path dir) throws IOException {
        neo4j = startWithAuthentication();
        passwordFile = Files.writeString(dir.resolve("password"), SENTINEL + "\n");
        adminPasswordFile = Files.writeString(dir.resolve("admin-password"), ADMIN_PASSWORD + "\n");
        closedPort = closedPort();
    }

    /** @return a Neo4j with authentication on, its admin password changed from the initial one to {@link #ADMIN_PASSWORD} */
    static Neo4j startWithAuthentication() {
        Neo4j neo4j = Neo4jBuilders.newInProcessBuilder()
                .withConfig(GraphDatabaseSettings.auth_enabled, true)
                .withConfig(GraphDatabaseSettings.pagecache_memory, 32L * 1024 * 1024)
                .withConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
                .withConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ZERO)
                .withDisabledServer()
                .build();
        try (var driver = org.neo4j.driver.GraphDatabase.driver(neo4j.boltURI(), AuthTokens.basic("neo4j", "neo4j"));
             var system = driver.session(org.neo4j.driver.SessionConfig.forDatabase("system"))) {
            system.run("ALTER CURRENT USER SET PASSWORD FROM 'neo4j' TO '" + ADMIN_PASSWORD + "'").consume();
        }
        return neo4j;
    }

    /** @return a port where nothing listens (free again once the probe is closed) */
    static int closedPort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    @AfterAll
    void stop() {
        neo4j.close();
    }

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void theCypherCommandRefusesEveryWritingStatement() {
        String uri = neo4j.boltURI().toString();
        Run before = run("cypher", "MATCH (n) RETURN count(n) AS n", "--uri", uri, "--password-file", adminPasswordFile.toString());
        assertThat(before.code()).as(before.err()).isZero();
        Map<String, String> refusals = new LinkedHashMap<>(WritingStatements.REASONS);
        refusals.putAll(WritingStatements.REACHING_OUT);
        for (var statement : refusals.entrySet()) {
            Run refused = run("cypher", statement.getKey(), "--param", "url=file:///etc/passwd", "--uri", uri,
                    "--password-file", adminPasswordFile.toString());
            assertThat(refused.code()).as(statement + ": " + refused.err()).isEqualTo(3);
            assertThat(refused.err().lines().toList()).as(statement.getKey()).singleElement().asString()
                    .startsWith("diplograph: ").contains(statement.getValue()).doesNotContain("\tat ", "root:");
            assertThat(refused.out()).doesNotContain("root:");
        }
        Run after = run("cypher", "MATCH (n) RETURN count(n) AS n", "--uri", uri, "--password-file", adminPasswordFile.toString());
        assertThat(after.out()).isEqualTo(before.out());
        Run labels = run("cypher", "CALL db.labels() YIELD label RETURN collect(label) AS labels", "--uri", uri,
                "--password-file", adminPasswordFile.toString(), "--format", "csv");
        assertThat(labels.out()).doesNotContain("Intruder");
    }

    @Test
    void theCypherCommandReadsNoFileThroughTheEmbeddedDatabase(@TempDir Path db) {
        Run refused = run("cypher", "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l LIMIT 2", "--db", db.toString());
        assertThat(refused.code()).as(refused.err()).isEqualTo(3);
        assertThat(refused.err()).isEqualTo("diplograph: Only read-only Cypher is accepted here; this statement "
                + "uses LOAD CSV, which reads files and URLs. Nothing was run.\n");
        assertThat(refused.out()).doesNotContain("root:");
    }

    @Test
    void noCommandTakesAPasswordOnItsCommandLine() {
        for (String command : List.of("ingest", "cypher", "examples")) {
            Run help = run("help", command);
            assertThat(help.out()).as(command).contains("--password-file").doesNotContainPattern("--password[ =]");
            assertThat(run(command, "--password", "x").code()).as(command).isEqualTo(2);
            assertThat(run(command, "--password=x").code()).as(command).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"neo4j+s", "bolt+s", "neo4j+ssc", "bolt+ssc"})
    void tlsUrisAreAcceptedAndFailOnlyBecauseNothingAnswers(String scheme) {
        String uri = scheme + "://127.0.0.1:" + closedPort;
        assertThatThrownBy(() -> Diplograph.connect(uri, AuthTokens.basic("neo4j", SENTINEL)))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageStartingWith("Neo4j did not answer")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SENTINEL));
        Run cli = run("cypher", "RETURN 1", "--uri", uri, "--password-file", passwordFile.toString());
        assertThat(cli.code()).as(cli.err()).isEqualTo(5);
    }

    @Test
    void aUriOfAnotherKindIsBadInputNotAConnectionAttempt() {
        Run cli = run("cypher", "RETURN 1", "--uri", "http://127.0.0.1:" + closedPort, "--password-file", passwordFile.toString());
        assertThat(cli.code()).as(cli.err()).isEqualTo(3);
        assertThat(cli.err()).contains("is not a Neo4j URI").doesNotContain(SENTINEL);
    }
}
