package org.diplograph.examples.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.diplograph.cypher.Diplograph;
import org.diplograph.cypher.GraphDump;
import org.diplograph.cypher.embedded.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guarantee: a crash loses at most the batch in flight, and re-running the ingest completes the graph. A
 * child JVM ingests a corpus into an embedded database and is killed with SIGKILL
 * ({@link Process#destroyForcibly()}) at a random instant — a random batch, and a random moment between its
 * start and the next one's, as long as they took for a first child left to finish on another store — again
 * and again on the same store, each child starting the same ingest over: {@value #KILLS} kills, most of them
 * inside a transaction (the child says when each batch begins and commits; where each kill landed is
 * printed). After every kill the store opens with no repair step (Neo4j replays its transaction log: the next
 * child, on opening it, says what it holds), and it holds whole FactSets only: every source it holds has all
 * of its meetings, roles and memberships, and no edge names a source it does not hold. The store, ingested
 * once more to the end, gives exactly the graph of one clean run (the same canonical-dump hash).
 */
class CrashIT {

    static final int KILLS = 20;

    @Test
    void killedAnywhereItHoldsWholeFactSetsAndConvergesToTheOneRunGraph(@TempDir Path dir) throws Exception {
        Path clean = dir.resolve("clean");
        Outcome oneRun = runAndKill(clean, null);
        assertThat(oneRun.where()).isEqualTo("after the ingest finished");
        List<Long> begins = oneRun.times("BEGIN");
        List<Long> commits = oneRun.times("COMMITTED");
        assertThat(begins).hasSizeGreaterThan(5).hasSameSizeAs(commits);
        String cleanHash;
        Map<String, Long> cleanEdges;
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(clean, 0)) {
            cleanHash = GraphDump.hash(neo4j.driver());
            cleanEdges = held(CrashingIngest.holds(neo4j.driver()));
        }

        Path store = dir.resolve("crashed");
        Random random = new Random(2026_12_03L);
        Map<String, Integer> landed = new TreeMap<>();
        for (int kill = 1; kill <= KILLS; kill++) {
            // a random batch, and a random instant from its start to the next one's (as long as they took in the first run)
            int batch = 1 + random.nextInt(begins.size());
            long span = (batch < begins.size() ? begins.get(batch) : commits.get(batch - 1) + 50) - begins.get(batch - 1);
            Outcome outcome = runAndKill(store, new KillAt(batch, (long) (random.nextDouble() * span)));
            // each child recovers the store on opening it and says what it holds before it writes: the state the last kill left
            assertWhole(outcome.holds(), cleanEdges, kill == 1 ? "at the start" : "after kill " + (kill - 1));
            String where = outcome.where();
            landed.merge(where.replaceAll("\\d+", "n"), 1, Integer::sum);
            System.out.printf("kill %2d: %s%n", kill, where);
        }
        System.out.println("where the kills landed: " + landed);
        assertThat(landed.getOrDefault("after the ingest finished", 0)).as("kills after the child finished").isLessThanOrEqualTo(2);
        assertThat(landed.getOrDefault("inside the transaction of batch n", 0)).as("kills inside a transaction")
                .isGreaterThanOrEqualTo(KILLS / 2);

        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(store, 0)) {
            assertWhole(CrashingIngest.holds(neo4j.driver()), cleanEdges, "after kill " + KILLS);
            Diplograph.using(neo4j.driver(), CrashingIngest.config()).writer().writeAll(CrashingIngest.corpus());
            assertThat(GraphDump.hash(neo4j.driver())).as("the killed store, ingested once more").isEqualTo(cleanHash);
        }
    }

    /**
     * When to kill the child.
     *
     * @param batch        after the child says it begins this batch
     * @param offsetMillis this long after
     */
    private record KillAt(int batch, long offsetMillis) {
    }

    /**
     * What the child said, with when the parent heard each line, and where it was when it died.
     *
     * @param where what it was doing: inside a batch's transaction, between two, or finished
     * @param lines its lines
     * @param heard when each was heard, in milliseconds from the first {@code BEGIN}
     */
    private record Outcome(String where, List<String> lines, List<Long> heard) {

        /** @return what the store held when the child opened it */
        String holds() {
            return lines.stream().filter(l -> l.startsWith("HOLDS ")).findFirst().orElseThrow().substring("HOLDS ".length());
        }

        List<Long> times(String prefix) {
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(prefix + " ")) {
                    times.add(heard.get(i));
                }
            }
            return times;
        }
    }

    /** Starts the child on the store, kills it as told (or lets it finish when {@code at} is null), and says where it was. */
    private static Outcome runAndKill(Path store, KillAt at) throws Exception {
        // C1 only: the child starts Neo4j and writes for a few seconds, too short for C2 to pay off.
        ProcessBuilder child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                CrashingIngest.class.getName(), store.toString())
                .redirectErrorStream(true);
        child.environment().put("DIPLOGRAPH_PAGECACHE", "32m");
        Process process = child.start();
        List<String> said = new ArrayList<>();
        List<Long> heard = new ArrayList<>();
        long[] firstBegin = {-1};
        CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    long now = System.nanoTime() / 1_000_000;
                    synchronized (said) {
                        if (firstBegin[0] < 0 && line.startsWith("BEGIN")) {
                            firstBegin[0] = now;
                        }
                        said.add(line);
                        heard.add(firstBegin[0] < 0 ? 0 : now - firstBegin[0]);
                        said.notifyAll();
                    }
                }
            } catch (java.io.IOException e) {
                // the child is gone
            }
        });
        try {
            if (at == null) {
                assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("the child finished").isTrue();
            } else {
                String begin = "BEGIN " + at.batch();
                synchronized (said) {
                    long deadline = System.currentTimeMillis() + 120_000;
                    while (!said.contains(begin) && process.isAlive() && System.currentTimeMillis() < deadline) {
                        said.wait(50);
                    }
                }
                if (!process.waitFor(at.offsetMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();   // SIGKILL on Linux: no shutdown hook, no clean close
                }
            }
        } finally {
            process.destroyForcibly();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        reading.get(30, TimeUnit.SECONDS);   // everything the child said before it died
        List<String> lines;
        synchronized (said) {
            lines = List.copyOf(said);
        }
        assertThat(lines).as("the child's output").contains("STARTED");
        String last = lines.stream().filter(l -> l.matches("(BEGIN|COMMITTED) \\d+|FINISHED")).reduce((a, b) -> b).orElse("STARTED");
        String where = last.equals("FINISHED") ? "after the ingest finished"
                : last.startsWith("BEGIN") ? "inside the transaction of batch " + last.substring(6)
                : "between transactions, after batch " + last.substring(10) + " committed";
        synchronized (said) {
            return new Outcome(where, lines, List.copyOf(heard));
        }
    }

    /** Every source the store holds has all its edges, and no edge names a source it does not hold. */
    private static void assertWhole(String holds, Map<String, Long> cleanEdges, String when) {
        assertThat(holds.substring(holds.indexOf('|') + 1)).as("sources edges name but the store does not hold, " + when).isEmpty();
        held(holds).forEach((source, edges) -> assertThat(edges).as("edges of " + source + ", " + when)
                .isEqualTo(cleanEdges.getOrDefault(source, 0L)));
    }

    /** @return source → edges naming it, from a {@code HOLDS} line */
    private static Map<String, Long> held(String holds) {
        Map<String, Long> held = new HashMap<>();
        for (String pair : holds.substring(0, holds.indexOf('|')).split(";")) {
            if (!pair.isEmpty()) {
                held.put(pair.substring(0, pair.indexOf('=')), Long.parseLong(pair.substring(pair.indexOf('=') + 1)));
            }
        }
        return held;
    }
}
