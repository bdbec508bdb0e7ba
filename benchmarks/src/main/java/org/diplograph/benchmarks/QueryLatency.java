package org.diplograph.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * Latency of the catalogue's question shapes on a loaded graph: each probe is called many times
 * with varied arguments, through the bare driver (the same Cypher as a read transaction) and, once
 * the typed {@code Explorer} exists, through it, so the typed layer's cost is a ratio.
 */
final class QueryLatency {

    /** What a probe's arguments are drawn from: ids of the loaded graph. */
    record Ids(List<String> officials, List<String> busiest, List<String> countries) {
        static Ids of(Driver driver) {
            try (var session = driver.session()) {
                return session.executeRead(tx -> new Ids(
                        tx.run("MATCH (o:Official) RETURN o.id AS id ORDER BY id").list(r -> r.get("id").asString()),
                        tx.run("MATCH (o:Official) RETURN o.id AS id ORDER BY COUNT { (o)-[:MET_WITH]-() } DESC, id LIMIT 100")
                                .list(r -> r.get("id").asString()),
                        tx.run("MATCH (c:Country) RETURN c.id AS id ORDER BY id").list(r -> r.get("id").asString())));
            }
        }
    }

    /**
     * One question shape.
     *
     * @param method   the catalogue method it stands for
     * @param resource the bare Cypher, under {@code queries/}
     * @param args     draws varied arguments
     * @param explorer the same question through the typed API, or {@code null} until it exists
     */
    record Probe(String method, String resource, Function<SplittableRandom, Map<String, Object>> args,
                 Function<Map<String, Object>, Object> explorer) {
    }

    /** Median and 99th percentile, in milliseconds, of one way of asking. */
    record Latency(String method, String how, int calls, double medianMs, double p99Ms, double meanRows) {
    }

    private QueryLatency() {
    }

    /** The probes; fill {@code explorer} with the typed call when {@code Explorer} lands (see BENCHMARKS.md). */
    static List<Probe> probes(Ids ids) {
        LocalDate from = LocalDate.of(2005, 1, 1);
        LocalDate to = LocalDate.of(2020, 12, 31);
        Function<SplittableRandom, String> official = r -> pickSkewed(ids, r);
        return List.of(
                new Probe("meetingsOf", "meetings-of", r -> Map.of("id", official.apply(r), "from", from, "to", to), null),
                new Probe("counterparts", "counterparts", r -> Map.of("id", official.apply(r), "from", from, "to", to), null),
                new Probe("rolesOn", "roles-on", r -> Map.of("id", official.apply(r), "on", LocalDate.of(2000 + r.nextInt(25), 6, 1)), null),
                new Probe("shortestChain", "shortest-chain", r -> Map.of("a", official.apply(r), "b", official.apply(r)), null),
                new Probe("brokers", "brokers", r -> Map.of("a", pick(ids.countries(), r), "b", pick(ids.countries(), r)), null));
    }

    /** One call in ten asks about one of the 100 busiest officials (analysts ask about prominent people), the rest any official. */
    private static String pickSkewed(Ids ids, SplittableRandom r) {
        return r.nextInt(10) == 0 ? pick(ids.busiest(), r) : pick(ids.officials(), r);
    }

    private static String pick(List<String> list, SplittableRandom r) {
        return list.get(r.nextInt(list.size()));
    }

    static List<Latency> measure(Driver driver, List<Probe> probes, int calls, long seed) {
        List<Latency> results = new ArrayList<>();
        for (Probe probe : probes) {
            String cypher = Loaders.resource("queries/" + probe.resource());
            // Warm-up: plans cached, pages in the cache.
            run(driver, cypher, probe, Math.max(50, calls / 10), seed + 1);
            results.add(run(driver, cypher, probe, calls, seed));
            if (probe.explorer() != null) {
                results.add(runExplorer(probe, calls, seed));
            }
        }
        return results;
    }

    private static Latency run(Driver driver, String cypher, Probe probe, int calls, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] nanos = new long[calls];
        long rows = 0;
        try (var session = driver.session()) {
            for (int i = 0; i < calls; i++) {
                Map<String, Object> args = probe.args().apply(random);
                long started = System.nanoTime();
                List<Map<String, Object>> result = session.executeRead(tx -> tx.run(cypher, args).list(rec -> rec.asMap(Value::asObject)));
                nanos[i] = System.nanoTime() - started;
                rows += result.size();
            }
        }
        return summarize(probe.method(), "bare driver", nanos, rows);
    }

    private static Latency runExplorer(Probe probe, int calls, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] nanos = new long[calls];
        long rows = 0;
        for (int i = 0; i < calls; i++) {
            Map<String, Object> args = probe.args().apply(random);
            long started = System.nanoTime();
            Object result = probe.explorer().apply(args);
            nanos[i] = System.nanoTime() - started;
            rows += result instanceof List<?> list ? list.size() : 1;
        }
        return summarize(probe.method(), "Explorer", nanos, rows);
    }

    private static Latency summarize(String method, String how, long[] nanos, long rows) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2] / 1e6;
        double p99 = sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1)] / 1e6;
        return new Latency(method, how, nanos.length, median, p99, (double) rows / nanos.length);
    }
}
