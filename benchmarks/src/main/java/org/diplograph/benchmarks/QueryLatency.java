package org.diplograph.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.diplograph.cypher.internal.Statements;
import org.diplograph.model.Period;
import org.diplograph.query.Explorer;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/**
 * Latency of catalogue methods on a loaded graph: each probe is called many times with varied
 * arguments through the typed {@link Explorer} and, beside it, the very same {@code query/*.cypher}
 * files through the bare driver (ids already resolved, rows not mapped), so the typed layer's cost
 * is a ratio.
 */
final class QueryLatency {

    static final Period PERIOD = Period.between(LocalDate.of(2005, 1, 1), LocalDate.of(2020, 12, 31));

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
     * One catalogue method.
     *
     * @param method   its name
     * @param args     draws varied arguments
     * @param bare     the method's Cypher files run in one read transaction through the bare driver; returns rows
     * @param explorer the method through the typed API; returns results
     */
    record Probe(String method, Function<SplittableRandom, Map<String, Object>> args,
                 BiFunction<TransactionContext, Map<String, Object>, Integer> bare,
                 BiFunction<Explorer, Map<String, Object>, Integer> explorer) {
    }

    /** Median and 99th percentile, in milliseconds, of one way of asking. */
    record Latency(String method, String how, int calls, double medianMs, double p99Ms, double meanRows) {
    }

    private QueryLatency() {
    }

    /** The probes: the issue's one-actor questions, shortest chain and brokers. */
    static List<Probe> probes(Ids ids) {
        Function<SplittableRandom, String> official = r -> pickSkewed(ids, r);
        return List.of(
                new Probe("meetingsOf", r -> Map.of("id", official.apply(r)),
                        (tx, a) -> rows(tx, "meetings-of", period(Map.of("id", a.get("id")))),
                        (x, a) -> x.meetingsOf((String) a.get("id"), PERIOD).size()),
                new Probe("counterparts", r -> Map.of("id", official.apply(r)),
                        (tx, a) -> rows(tx, "counterparts", period(Map.of("id", a.get("id")))),
                        (x, a) -> x.counterparts((String) a.get("id"), PERIOD).size()),
                new Probe("rolesOn", r -> Map.of("id", official.apply(r), "on", LocalDate.of(2000 + r.nextInt(25), 6, 1)),
                        (tx, a) -> rows(tx, "roles-on", a),
                        (x, a) -> x.rolesOn((String) a.get("id"), (LocalDate) a.get("on")).size()),
                new Probe("shortestChain", r -> Map.of("a", official.apply(r), "b", official.apply(r)),
                        (tx, a) -> a.get("a").equals(a.get("b")) ? 0
                                : rows(tx, "shortest-chain", periodAlways(Map.of("a", a.get("a"), "b", a.get("b"), "maxHops", 6))),
                        (x, a) -> x.shortestChain((String) a.get("a"), (String) a.get("b"), 6).isPresent() ? 1 : 0),
                new Probe("brokers", r -> Map.of("a", pick(ids.countries(), r), "b", pick(ids.countries(), r)),
                        (tx, a) -> rows(tx, "brokers", periodAlways(Map.of("sideA", sideMembers(tx, (String) a.get("a")),
                                "sideB", sideMembers(tx, (String) a.get("b"))))),
                        (x, a) -> x.brokers((String) a.get("a"), (String) a.get("b"), Period.always(), false).size()));
    }

    private static int rows(TransactionContext tx, String query, Map<String, Object> parameters) {
        return tx.run(Statements.load("query/" + query), parameters).list().size();
    }

    private static Map<String, Object> period(Map<String, Object> others) {
        Map<String, Object> p = new HashMap<>(others);
        p.put("from", PERIOD.from());
        p.put("to", PERIOD.to());
        p.put("undated", PERIOD.includeUndated());
        return p;
    }

    private static Map<String, Object> periodAlways(Map<String, Object> others) {
        Map<String, Object> p = new HashMap<>(others);
        p.put("from", Period.always().from());
        p.put("to", Period.always().to());
        p.put("undated", Period.always().includeUndated());
        return p;
    }

    /** What the Explorer passes for a side: official id → windows of representation. */
    private static Map<String, Object> sideMembers(TransactionContext tx, String id) {
        Map<String, Object> members = new LinkedHashMap<>();
        for (Record r : tx.run(Statements.load("query/side-members"), Map.of("id", id, "viaMembership", false)).list()) {
            Map<String, Object> window = new HashMap<>();
            window.put("from", r.get("validFrom").isNull() ? null : r.get("validFrom").asLocalDate());
            window.put("to", r.get("validTo").isNull() ? null : r.get("validTo").asLocalDate());
            window.put("via", r.get("via").asList(v -> v.asString()));
            @SuppressWarnings("unchecked")
            List<Object> windows = (List<Object>) members.computeIfAbsent(r.get("official").asString(), k -> new ArrayList<>());
            windows.add(window);
        }
        return members;
    }

    /** One call in ten asks about one of the 100 busiest officials (analysts ask about prominent people), the rest any official. */
    private static String pickSkewed(Ids ids, SplittableRandom r) {
        return r.nextInt(10) == 0 ? pick(ids.busiest(), r) : pick(ids.officials(), r);
    }

    private static String pick(List<String> list, SplittableRandom r) {
        return list.get(r.nextInt(list.size()));
    }

    /** Warms up, then measures each probe: bare driver, then Explorer, with the same arguments. */
    static List<Latency> measure(Driver driver, Explorer explorer, List<Probe> probes, int calls, long seed) {
        List<Latency> results = new ArrayList<>();
        for (Probe probe : probes) {
            int warmUp = Math.max(50, calls / 10);
            bare(driver, probe, warmUp, seed + 1);
            typed(explorer, probe, warmUp, seed + 1);
            results.add(bare(driver, probe, calls, seed));
            results.add(typed(explorer, probe, calls, seed));
        }
        return results;
    }

    private static Latency bare(Driver driver, Probe probe, int calls, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] nanos = new long[calls];
        long rows = 0;
        try (var session = driver.session()) {
            for (int i = 0; i < calls; i++) {
                Map<String, Object> args = probe.args().apply(random);
                long started = System.nanoTime();
                rows += session.executeRead(tx -> probe.bare().apply(tx, args));
                nanos[i] = System.nanoTime() - started;
            }
        }
        return summarize(probe.method(), "bare driver, same Cypher", nanos, rows);
    }

    private static Latency typed(Explorer explorer, Probe probe, int calls, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] nanos = new long[calls];
        long rows = 0;
        for (int i = 0; i < calls; i++) {
            Map<String, Object> args = probe.args().apply(random);
            long started = System.nanoTime();
            rows += probe.explorer().apply(explorer, args);
            nanos[i] = System.nanoTime() - started;
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
