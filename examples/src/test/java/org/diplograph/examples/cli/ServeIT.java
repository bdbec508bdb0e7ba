package org.diplograph.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.io.BufferedReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

class ServeIT {

    @Test
    void serveKeepsTheGraphOpenForOtherBoltClientsUntilStopped(@TempDir Path tmp) throws Exception {
        Path db = tmp.resolve("graph");
        assertThat(Cli.run("ingest", Cli.SAMPLE.toString(), "--db", db.toString()).code()).isZero();

        PipedWriter pipe = new PipedWriter();
        BufferedReader lines = new BufferedReader(new PipedReader(pipe, 1 << 16));
        AtomicInteger code = new AtomicInteger(-1);
        StringWriter errors = new StringWriter();
        Thread server = new Thread(() -> code.set(Main.run(new PrintWriter(pipe, true), new PrintWriter(errors),
                "serve", "--db", db.toString(), "--port", "0")));
        server.start();

        String banner = lines.readLine();
        Matcher uri = Pattern.compile("on (bolt://127\\.0\\.0\\.1:\\d+)").matcher(banner);
        assertThat(uri.find()).as(banner).isTrue();
        try (var driver = GraphDatabase.driver(uri.group(1), AuthTokens.none());
             var session = driver.session()) {
            long officials = session.run("MATCH (o:Official) RETURN count(o) AS n").single().get("n").asLong();
            assertThat(officials).isEqualTo(14);
        }

        server.interrupt();
        server.join(30_000);
        assertThat(server.isAlive()).isFalse();
        assertThat(code.get()).as(errors.toString()).isZero();
        assertThat(lines.readLine()).isEqualTo("Stopped.");
        // The folder is free again: another command can open it.
        assertThat(Cli.run("cypher", "RETURN 1 AS one", "--db", db.toString(), "--format", "csv").out()).isEqualTo("one\n1\n");
    }
}
