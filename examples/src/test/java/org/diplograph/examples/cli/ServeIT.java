package org.diplograph.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * default. One ingested folder for the class, served in turn with each way of giving the password.
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

    /** A running {@code serve}: its startup lines, its Bolt URI, and how to stop it. */
    record Served(Thread thread, List<String> banner, String uri, BufferedReader lines, AtomicInteger code, StringWriter errors) {
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
        List<String> args = new ArrayList<>(List.of("serve", "--port", "0"));
        args.addAll(List.of(options));
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
        return new Served(server, banner, uri.group(1), lines, code, errors);
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
        } finally {
            withFile.stop();
        }

        Served open = serve("--db", db.toString(), "--no-auth");
        try {
            assertThat(open.errors().toString()).startsWith("diplograph: warning: --no-auth: anyone on this machine");
            assertThat(open.banner()).contains("No authentication (--no-auth).");
            assertThat(officials(open.uri(), AuthTokens.none())).isEqualTo(14L);
        } finally {
            open.stop();
        }

        Path tooShort = Files.writeString(tmp.resolve("short-password"), "short\n");
        Cli.Run refused = Cli.run("serve", "--db", db.toString(), "--port", "0", "--password-file", tooShort.toString());
        assertThat(refused.code()).isEqualTo(3);
        assertThat(refused.err()).startsWith("diplograph: The password in " + tooShort + " is too short")
                .doesNotContain("short\n", "\tat ");
    }
}
