package org.diplograph.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.exceptions.AuthenticationException;

/**
 * {@code serve}: the graph open for other Neo4j clients, through the official driver, behind a login by
 * default, and Neo4j Browser with Neo4j's HTTP API on a second port behind the same login. One ingested folder
 * for the class, served in turn with each way of giving the password.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServeIT {

    Path tmp;
    Path db;

    @BeforeAll
    void ingest(@TempDir Path dir) {
        tmp = dir;
        db = dir.resolve("graph");
        assertThat(Cli.run("ingest", Cli.SAMPLE.toString(), "--db", db.toString()).code()).isZero();
    }

    /** A running {@code serve}: its startup lines, its Bolt URI, the Neo4j Browser address it prints, and how to stop it. */
    record Served(Thread thread, List<String> banner, String uri, String browser, BufferedReader lines, AtomicInteger code,
                  StringWriter errors) {
        /** Stops it as Ctrl-C would, and checks it stopped cleanly. */
        void stop() throws Exception {
            thread.interrupt();
            thread.join(60_000);
            assertThat(thread.isAlive()).isFalse();
            assertThat(code.get()).as(errors.toString()).isZero();
            assertThat(lines.readLine()).isEqualTo("Stopped.");
        }
    }

    static Served serve(String... options) throws IOException {
        PipedWriter pipe = new PipedWriter();
        BufferedReader lines = new BufferedReader(new PipedReader(pipe, 1 << 16));
        AtomicInteger code = new AtomicInteger(-1);
        StringWriter errors = new StringWriter();
        List<String> args = new ArrayList<>(List.of("serve", "--http-port", "0"));
        args.addAll(List.of(options));
        if (!args.contains("--port")) {
            args.addAll(List.of("--port", "0"));
        }
        Thread server = new Thread(() -> code.set(Main.run(new PrintWriter(pipe, true), new PrintWriter(errors, true),
                args.toArray(String[]::new))));
        server.start();
        List<String> banner = new ArrayList<>();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            banner.add(line);
            if (line.startsWith("Press Ctrl-C")) {
                break;
            }
        }
        Matcher uri = Pattern.compile("on (bolt://127\\.0\\.0\\.1:\\d+)").matcher(String.join("\n", banner));
        assertThat(uri.find()).as(banner + errors.toString()).isTrue();
        Matcher browser = Pattern.compile("Neo4j Browser: open (http://127\\.0\\.0\\.1:\\d+/browser/\\?dbms="
                + Pattern.quote(uri.group(1)) + ") and connect ").matcher(String.join("\n", banner));
        assertThat(browser.find()).as(banner.toString()).isTrue();
        return new Served(server, banner, uri.group(1), browser.group(1), lines, code, errors);
    }

    /** @return the number of officials read with these credentials, or the refusal */
    static Object officials(String uri, AuthToken auth) {
        try (var driver = GraphDatabase.driver(uri, auth, Config.builder().withLogging(Logging.none()).build());
             var session = driver.session()) {
            return session.run("MATCH (o:Official) RETURN count(o) AS n").single().get("n").asLong();
        } catch (AuthenticationException refused) {
            return refused;
        }
    }

    /**
     * Asks Neo4j's HTTP API, on the port that serves Neo4j Browser, for the number of officials.
     *
     * @param credentials {@code user:password}, or null to send none
     * @return the HTTP status and the body
     */
    static String officialsOverHttp(Served served, String credentials) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(served.browser()).resolve("/db/neo4j/tx/commit"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"statements\":[{\"statement\":\"MATCH (o:Official) RETURN count(o)\"}]}"));
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }

    @Test
    @DisplayName("by default clients log in as neo4j with a password made on first start, kept in a file only its owner reads")
    void byDefaultAPasswordIsMadeKeptPrivateAndRequired() throws Exception {
        Assumptions.assumeTrue(System.getenv("DIPLOGRAPH_PASSWORD") == null, "$DIPLOGRAPH_PASSWORD is set, so serve uses it");
        Path file = db.resolve(ServeCommand.PASSWORD_FILE);
        Served served = serve("--db", db.toString());
        String password = Files.readString(file).strip();
        try {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(password).hasSizeGreaterThanOrEqualTo(32);
            assertThat(served.banner()).anyMatch(l -> l.contains("Log in as neo4j with the password in " + file));
            assertThat(String.join("\n", served.banner()) + served.errors()).doesNotContain(password);

            assertThat(officials(served.uri(), AuthTokens.none())).isInstanceOf(AuthenticationException.class);
            assertThat(officials(served.uri(), AuthTokens.basic("neo4j", "neo4j"))).isInstanceOf(AuthenticationException.class);
            assertThat(officials(served.uri(), AuthTokens.basic("neo4j", password + "x"))).isInstanceOf(AuthenticationException.class);
            assertThat(officials(served.uri(), AuthTokens.basic("neo4j", password))).isEqualTo(14L);

            // Neo4j Browser's port: the Browser's own files for anyone, the graph only with the same login as Bolt
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(served.browser())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<title>Neo4j Browser</title>");
            assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("default-src 'self'").doesNotContain("https:", "googleapis", "segment", "canny"));
            assertThat(officialsOverHttp(served, null)).startsWith("401 ");
            assertThat(officialsOverHttp(served, "neo4j:" + password + "x")).startsWith("401 ");
            assertThat(officialsOverHttp(served, "neo4j:" + password)).startsWith("200 ").contains("\"row\":[14]");
        } finally {
            served.stop();
        }
        // An ordinary command on the folder (free again) neither needs nor changes that password; the next serve reuses it.
        assertThat(Cli.run("cypher", "RETURN 1 AS one", "--db", db.toString(), "--format", "csv").out()).isEqualTo("one\n1\n");
        Served again = serve("--db", db.toString());
        try {
            assertThat(Files.readString(file).strip()).isEqualTo(password);
            assertThat(officials(again.uri(), AuthTokens.basic("neo4j", password))).isEqualTo(14L);
        } finally {
            again.stop();
        }
    }

    @Test
    @DisplayName("--password-file sets the password clients log in with; --no-auth lets anyone in, with a warning")
    void aPasswordFileOrNoAuthenticationAtAll() throws Exception {
        Path chosen = Files.writeString(tmp.resolve("chosen-password"), "correct-horse-battery\n");
        Served withFile = serve("--db", db.toString(), "--password-file", chosen.toString());
        try {
            assertThat(withFile.banner()).anyMatch(l -> l.contains("Log in as neo4j with the password in " + chosen));
            assertThat(officials(withFile.uri(), AuthTokens.basic("neo4j", "correct-horse-battery"))).isEqualTo(14L);
            assertThat(officials(withFile.uri(), AuthTokens.none())).isInstanceOf(AuthenticationException.class);
            assertThat(withFile.banner()).anyMatch(l -> l.startsWith("Neo4j Browser: open ") && l.endsWith(" as neo4j with that password."));
            assertThat(officialsOverHttp(withFile, "neo4j:correct-horse-battery")).startsWith("200 ");
            assertThat(officialsOverHttp(withFile, null)).startsWith("401 ");
        } finally {
            withFile.stop();
        }

        Served open = serve("--db", db.toString(), "--no-auth");
        try {
            assertThat(open.errors().toString()).startsWith("diplograph: warning: --no-auth: anyone on this machine");
            assertThat(open.banner()).contains("No authentication (--no-auth).");
            assertThat(officials(open.uri(), AuthTokens.none())).isEqualTo(14L);
            assertThat(officialsOverHttp(open, null)).startsWith("200 ").contains("\"row\":[14]");
            assertThat(open.banner()).anyMatch(l -> l.startsWith("Neo4j Browser: open ") && l.endsWith("with no authentication."));
        } finally {
            open.stop();
        }

        Path tooShort = Files.writeString(tmp.resolve("short-password"), "short\n");
        Cli.Run refused = Cli.run("serve", "--db", db.toString(), "--port", "0", "--password-file", tooShort.toString());
        assertThat(refused.code()).isEqualTo(3);
        assertThat(refused.err()).startsWith("diplograph: The password in " + tooShort + " is too short")
                .doesNotContain("short\n", "\tat ");
    }

    @Test
    @DisplayName("commands reach serve through a routing URI (neo4j://, as for a cluster or Aura); an unknown database is a clear error")
    void commandsThroughARoutingUri() throws Exception {
        Path chosen = Files.writeString(tmp.resolve("routing-password"), "routing-horse-battery\n");
        // a fixed port, as a routing driver is sent to the address the server advertises, known before it starts
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Served served = serve("--db", db.toString(), "--password-file", chosen.toString(), "--port", String.valueOf(port));
        try {
            String routing = served.uri().replace("bolt://", "neo4j://");
            String[] login = {"--uri", routing, "--password-file", chosen.toString()};
            // the sample again, written in write transactions routed to the leader: nothing changes
            Cli.Run ingest = Cli.run(concat(new String[] {"ingest", Cli.SAMPLE.toString()}, login));
            assertThat(ingest.code()).as(ingest.err()).isZero();
            assertThat(officials(served.uri(), AuthTokens.basic("neo4j", "routing-horse-battery"))).isEqualTo(14L);

            Cli.Run between = Cli.run(concat(new String[] {"query", "meetings-between", "--a", "AZE", "--b", "RUS",
                    "--format", "csv"}, login));
            assertThat(between.code()).as(between.err()).isZero();
            assertThat(between.out()).contains("Najmeddin Sadikov", "Valery Gerasimov");

            Cli.Run unknown = Cli.run(concat(new String[] {"query", "counterparts", "--official", "Sadikov",
                    "--database", "nosuchgraph"}, login));
            assertThat(unknown.code()).isEqualTo(3);
            assertThat(unknown.err()).startsWith("diplograph: The server has no database \"nosuchgraph\"")
                    .doesNotContain("\tat ");
        } finally {
            served.stop();
        }
    }

    private static String[] concat(String[] first, String[] second) {
        return Stream.concat(Arrays.stream(first), Arrays.stream(second))
                .toArray(String[]::new);
    }

    @Test
    @DisplayName("a Browser port another program holds is a one-line error naming the option that changes it")
    void aTakenPortIsNamedWithTheOptionThatChangesIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Cli.Run refused = Cli.run("serve", "--db", db.toString(), "--port", "0", "--http-port", String.valueOf(taken.getLocalPort()));
            assertThat(refused.code()).isEqualTo(5);
            assertThat(refused.err()).contains(taken.getLocalPort() + " is already in use", "--http-port").doesNotContain("\tat ");
        }
    }
}
