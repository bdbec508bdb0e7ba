package org.diplograph.cypher.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;

/**
 * Guarantee: nobody but this process gets into the embedded database every command opens, and Cypher
 * reads no file and fetches no URL. Outside clients get in only as {@code neo4j} with the password
 * {@code serve} set, which ordinary starts neither need nor change; a new store never has the default password.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedAccessIT {

    static final String SERVE_PASSWORD = "-the-analyst-chose-this";   // a leading "-" is no option to set-initial-password

    Path tmp;

    /** One store, opened the way every command opens it (no server password given), kept open for the class. */
    EmbeddedNeo4j ordinary;

    @BeforeAll
    void start(@TempDir Path dir) {
        tmp = dir;
        ordinary = EmbeddedNeo4j.start(tmp.resolve("ordinary"), 0);
    }

    @AfterAll
    void stop() {
        ordinary.close();
    }

    @Test
    @DisplayName("while a command has the database open, its Bolt port lets in only the process itself")
    void onlyThisProcessGetsIn() {
        try (var session = ordinary.driver().session()) {
            assertThat(session.run("RETURN 1 AS one").single().get("one").asInt()).isEqualTo(1);
        }
        for (AuthToken outsider : List.of(AuthTokens.none(), AuthTokens.basic("neo4j", "neo4j"), AuthTokens.basic("neo4j", ""),
                AuthTokens.basic(EmbeddedNeo4j.PROCESS_USER, "guessed"), AuthTokens.basic(EmbeddedNeo4j.PROCESS_USER, ""))) {
            assertThat(refusal(ordinary.boltUri(), outsider)).as("an outsider").isInstanceOf(AuthenticationException.class);
        }
        assertThat(ordinary.folder().resolve("data/dbms/auth.ini")).as("the initial password's hash is not left behind").doesNotExist();
    }

    @Test
    @DisplayName("a store first opened without authentication (neo4j/neo4j) loses the default password at the next start")
    void aStoreFirstOpenedWithoutAuthenticationLosesTheDefaultPassword() {
        Path folder = tmp.resolve("opened-without-authentication");
        var old = new DatabaseManagementServiceBuilder(folder.toAbsolutePath())
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 8L << 20)
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
                .build();
        old.shutdown();
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(folder, 0)) {
            assertThat(refusal(neo4j.boltUri(), AuthTokens.basic("neo4j", "neo4j")))
                    .isInstanceOf(AuthenticationException.class);
        }
    }

    @Test
    @DisplayName("serve's password lets outside clients in; ordinary starts neither need nor change it")
    void servesPasswordIsLeftAloneByOrdinaryStarts() {
        Path folder = tmp.resolve("served");
        try (EmbeddedNeo4j served = EmbeddedNeo4j.builder(folder).neo4jPassword(SERVE_PASSWORD).start()) {
            assertThat(refusal(served.boltUri(), AuthTokens.basic("neo4j", SERVE_PASSWORD))).isNull();
            assertThat(refusal(served.boltUri(), AuthTokens.basic("neo4j", "neo4j"))).isInstanceOf(AuthenticationException.class);
        }
        try (EmbeddedNeo4j again = EmbeddedNeo4j.start(folder, 0)) {
            assertThat(refusal(again.boltUri(), AuthTokens.basic("neo4j", SERVE_PASSWORD))).as("unchanged by an ordinary start").isNull();
        }
        try (EmbeddedNeo4j newPassword = EmbeddedNeo4j.builder(folder).neo4jPassword(SERVE_PASSWORD + "-2").start()) {
            assertThat(refusal(newPassword.boltUri(), AuthTokens.basic("neo4j", SERVE_PASSWORD + "-2"))).isNull();
            assertThat(refusal(newPassword.boltUri(), AuthTokens.basic("neo4j", SERVE_PASSWORD))).isInstanceOf(AuthenticationException.class);
        }
    }

    @Test
    @DisplayName("LOAD CSV reads no file, and Cypher fetches no URL, not even from the loopback address")
    void noFileAndNoUrlThroughCypher() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer web = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        web.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "a,b\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        web.start();
        try (var session = ordinary.driver().session()) {
            assertThatThrownBy(() -> session.run("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line LIMIT 2").list())
                    .isInstanceOf(ClientException.class)
                    .hasMessageContaining("'dbms.security.allow_csv_import_from_file_urls' is false");
            for (String host : List.of("127.0.0.1", "localhost")) {
                String url = "http://" + host + ":" + web.getAddress().getPort() + "/people.csv";
                assertThatThrownBy(() -> session.run("LOAD CSV FROM $url AS line RETURN line", Map.of("url", url)).list())
                        .isInstanceOf(ClientException.class)
                        .hasMessageContaining("is blocked via the configuration property internal.dbms.cypher_ip_blocklist");
            }
        } finally {
            web.stop(0);
        }
        assertThat(requests).as("requests that reached the web server").hasValue(0);
    }

    @Test
    @DisplayName("a folder allowed for LOAD CSV (the benchmarks' opt-in) is readable, and nothing outside it")
    void anAllowedFolderIsReadableAndNothingElse() throws Exception {
        Path csv = Files.createDirectories(tmp.resolve("csv"));
        Files.writeString(csv.resolve("rows.csv"), "a,b\n1,2\n");
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.builder(tmp.resolve("with-csv")).csvImportFolder(csv).start();
             var session = neo4j.driver().session()) {
            assertThat(session.run("LOAD CSV FROM 'file:///rows.csv' AS line RETURN count(line) AS n").single().get("n").asInt())
                    .isEqualTo(2);
            assertThatThrownBy(() -> session.run("LOAD CSV FROM 'file:///../../../../../../etc/passwd' AS line RETURN line").list())
                    .isInstanceOf(ClientException.class);
        }
    }

    /** @return null when these credentials are let in, else the driver's refusal */
    static Exception refusal(String uri, AuthToken auth) {
        try (var driver = GraphDatabase.driver(uri, auth, Config.builder().withLogging(Logging.none()).build());
             var session = driver.session()) {
            session.run("RETURN 1").consume();
            return null;
        } catch (ClientException refused) {
            return refused;
        }
    }
}
