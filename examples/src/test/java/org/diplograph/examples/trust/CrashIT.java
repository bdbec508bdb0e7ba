package org.diplograph.examples.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.diplograph.cypher.Diplograph;
import org.diplograph.cypher.GraphDump;
import org.diplograph.cypher.embedded.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guarantee: a crash loses at most the batch in flight, and a re-run completes the graph. A child JVM
 * ingesting into the embedded database is killed with SIGKILL ({@link Process#destroyForcibly()}) after
 * a few batches have committed; the store then opens normally (Neo4j replays its transaction log, no
 * repair step), holds whole batches only, and running the same ingest again gives exactly the graph of a
 * clean run (same canonical-dump hash).
 */
class CrashIT {

    @Test
    void anIngestKilledHalfWayIsCompletedExactlyByRunningItAgain(@TempDir Path dir) throws Exception {
        Path crashed = dir.resolve("crashed");
        List<String> said = new ArrayList<>();
        // C1 only: the child starts Neo4j and writes a few small batches before it is killed, too short for C2 to pay off.
        ProcessBuilder child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                CrashingIngest.class.getName(), crashed.toString())
                .redirectErrorStream(true);
        child.environment().put("DIPLOGRAPH_PAGECACHE", "64m");
        Process process = child.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            int commits = 0;
            while ((line = out.readLine()) != null) {
                said.add(line);
                if (line.startsWith("COMMITTED") && ++commits == 3) {
                    process.destroyForcibly();   // SIGKILL on Linux: no shutdown hook, no clean close
                    break;
                }
            }
        } finally {
            process.destroyForcibly();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(said).as("the child's output").anyMatch(l -> l.startsWith("COMMITTED")).noneMatch(l -> l.equals("FINISHED"));
        assertThat(process.exitValue()).as("killed, not finished").isEqualTo(137);

        String crashedHash;
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(crashed, 0)) {   // recovery happens here, by itself
            Diplograph graph = Diplograph.using(neo4j.driver(), CrashingIngest.config());
            long sources = graph.summary().sources();
            assertThat(sources).as("some batches, not all, committed before the kill")
                    .isPositive().isLessThan(CrashingIngest.corpus().size());
            graph.writer().writeAll(CrashingIngest.corpus());
            crashedHash = GraphDump.hash(neo4j.driver());
        }
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(dir.resolve("clean"), 0)) {
            Diplograph.using(neo4j.driver(), CrashingIngest.config()).writer().writeAll(CrashingIngest.corpus());
            assertThat(crashedHash).isEqualTo(GraphDump.hash(neo4j.driver()));
        }
    }
}
