package org.diplograph.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.diplograph.cypher.BareQueries;
import org.diplograph.explorer.Explorer;
import org.diplograph.model.ActorKind;
import org.diplograph.model.Period;
import org.diplograph.names.NameKeys;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;

/**
 * Latency of every catalogue method of {@link Explorer} on a loaded graph: each probe is called many
 * times with seeded, varied arguments through the typed {@link Explorer} and, beside it, the very same
 * {@code query/*.cypher} files through the bare driver (ids already known, rows not mapped), the two
 * interleaved call by call in random order with the same session handling, so the typed layer's cost is a
 * fair ratio. Officials are drawn uniformly over all officials for the main rows;
 * the one-actor questions are measured again on the 100 busiest officials ("hubs") and, for
 * {@code meetingsOf} and {@code counterparts}, by name instead of by id.
 */
final class QueryLatency {

    static final Period PERIOD = Period.between(LocalDate.of(2005, 1, 1), LocalDate.of(2020, 12, 31));

    /** Which arguments a probe draws. */
    static final String UNIFORM = "uniform";
    static final String HUBS = "100 busiest";
    static final String BY_NAME = "uniform, by name";

    /** What a probe's arguments are drawn from: ids (and officials' names) of the loaded graph. */
    record Ids(List<String> officials, List<String> busiest, List<String> countries, List<String> alliances,
               List<String> ministries, Map<String, String> names) {
        static Ids of(Driver driver) {
            try (var session = driver.session()) {
                return session.executeRead(tx -> {
                    Map<String, String> names = new HashMap<>();
                    List<String> officials = new ArrayList<>();
                    for (Record r : tx.run("MATCH (o:Official) RETURN o.id AS id, o.name AS name ORDER BY id").list()) {
                        officials.add(r.get("id").asString());
                        names.put(r.get("id").asString(), r.get("name").asString());
                    }
                    return new Ids(officials,
                            tx.run("MATCH (o:Official) RETURN o.id AS id ORDER BY COUNT { (o)-[:MET_WITH]-() } DESC, id LIMIT 100")
                                    .list(r -> r.get("id").asString()),
                            ids(tx, "Country"), ids(tx, "Alliance"), ids(tx, "Ministry"), names);
                });
            }
        }

        private static List<String> ids(TransactionContext tx, String label) {
            return tx.run("MATCH (x:" + label + ") RETURN x.id AS id ORDER BY id").list(r -> r.get("id").asString());
        }
    }

    /**
     * One catalogue method, with one way of drawing its arguments.
     *
     * @param method   its name
     * @param draw     which arguments ({@link #UNIFORM}, {@link #HUBS}, {@link #BY_NAME})
     * @param args     draws varied arguments
     * @param bare     the method's Cypher files run in one read transaction through the bare driver; returns rows
     * @param explorer the method through the typed API; returns results
     */
    record Probe(String method, String draw, Function<SplittableRandom, Map<String, Object>> args,
                 BiFunction<TransactionContext, Map<String, Object>, Integer> bare,
                 BiFunction<Explorer, Map<String, Object>, Integer> explorer) {
    }

    /** Median and 99th percentile, in milliseconds, of one way of asking. */
    record Latency(String method, String draw, String how, int calls, double medianMs, double p99Ms, double meanRows) {
    }

    private QueryLatency() {
    }

    /** Every catalogue method on uniformly drawn arguments, then the one-actor ones on hubs and by name. */
    static List<Probe> probes(Ids ids) {
        Function<SplittableRandom, String> anyOfficial = r -> pick(ids.officials(), r);
        Function<SplittableRandom, String> hub = r -> pick(ids.busiest(), r);
        Function<SplittableRandom, String> country = r -> pick(ids.countries(), r);
        List<String> states = new ArrayList<>(ids.countries());
        states.addAll(ids.alliances());
        List<String> bodies = new ArrayList<>(ids.ministries());
        bodies.addAll(ids.countries());
        List<Probe> probes = new ArrayList<>();

        // the floor: one round trip of a statement that reads nothing, so a p99 can be read against the machine's noise
        probes.add(new Probe("(floor: RETURN $x)", UNIFORM, r -> Map.of("x", r.nextInt(1000)),
                (tx, a) -> tx.run("RETURN $x AS x", a).list().size(),
                (x, a) -> x.cypher("RETURN $x AS x", a).rows().size()));
        probes.add(new Probe("actor", UNIFORM, r -> Map.of("id", anyOfficial.apply(r)),
                (tx, a) -> rows(tx, "resolve-actor", nulls(Map.of("id", a.get("id")), "scope", "key")),
                (x, a) -> x.actor((String) a.get("id")) == null ? 0 : 1));
        probes.add(new Probe("search", UNIFORM, r -> Map.of("text", familyName(ids, anyOfficial.apply(r))),
                (tx, a) -> rows(tx, "search", Map.of("text", NameKeys.fold((String) a.get("text")), "idPrefix", a.get("text"),
                        "limit", Explorer.SEARCH_LIMIT)),
                (x, a) -> x.search((String) a.get("text")).size()));
        for (var draw : List.of(Map.entry(UNIFORM, anyOfficial), Map.entry(HUBS, hub))) {
            Function<SplittableRandom, String> official = draw.getValue();
            probes.add(new Probe("meetingsOf", draw.getKey(), r -> Map.of("id", official.apply(r)),
                    (tx, a) -> rows(tx, "meetings-of", period(PERIOD, Map.of("id", a.get("id")))),
                    (x, a) -> x.meetingsOf((String) a.get("id"), PERIOD).size()));
            probes.add(new Probe("counterparts", draw.getKey(), r -> Map.of("id", official.apply(r)),
                    (tx, a) -> rows(tx, "counterparts", period(PERIOD, Map.of("id", a.get("id")))),
                    (x, a) -> x.counterparts((String) a.get("id"), PERIOD).size()));
            probes.add(new Probe("rolesOn", draw.getKey(), r -> Map.of("id", official.apply(r), "on", someDay(r)),
                    (tx, a) -> rows(tx, "roles-on", a),
                    (x, a) -> x.rolesOn((String) a.get("id"), (LocalDate) a.get("on")).size()));
            probes.add(new Probe("rolesOf", draw.getKey(), r -> Map.of("id", official.apply(r)),
                    (tx, a) -> rows(tx, "roles-of", a),
                    (x, a) -> x.rolesOf((String) a.get("id")).size()));
            probes.add(new Probe("commonContacts", draw.getKey(), r -> Map.of("a", official.apply(r), "b", official.apply(r)),
                    (tx, a) -> rows(tx, "common-contacts", period(PERIOD, a)),
                    (x, a) -> x.commonContacts((String) a.get("a"), (String) a.get("b"), PERIOD).size()));
            probes.add(new Probe("shortestChain", draw.getKey(), r -> Map.of("a", official.apply(r), "b", official.apply(r)),
                    (tx, a) -> a.get("a").equals(a.get("b")) ? 0
                            : rows(tx, "shortest-chain", period(Period.always(), Map.of("a", a.get("a"), "b", a.get("b"), "maxHops", 6))),
                    (x, a) -> x.shortestChain((String) a.get("a"), (String) a.get("b"), 6).isPresent() ? 1 : 0));
            probes.add(new Probe("timeline", draw.getKey(), r -> Map.of("id", official.apply(r)),
                    (tx, a) -> rows(tx, "timeline", period(PERIOD, Map.of("id", a.get("id"),
                            "members", BareQueries.sideMembers(tx, (String) a.get("id"), false)))),
                    (x, a) -> x.timeline((String) a.get("id"), PERIOD).size()));
            probes.add(new Probe("neighbourhood", draw.getKey(), r -> Map.of("id", official.apply(r)),
                    (tx, a) -> BareQueries.neighbourhoodActors(tx, (String) a.get("id"), 1, Explorer.NEIGHBOURHOOD_ACTORS,
                            period(PERIOD, Map.of())),
                    (x, a) -> x.neighbourhood((String) a.get("id"), 1, PERIOD).actors().size()));
        }
        // By name, the Explorer resolves the name (query/resolve-actor by folded key) and then runs the
        // statement with the id: the bare side runs the same two statements.
        for (String method : List.of("meetingsOf", "counterparts")) {
            Probe byId = probes.stream().filter(p -> p.method().equals(method) && p.draw().equals(UNIFORM)).findFirst().orElseThrow();
            probes.add(new Probe(method, BY_NAME, byId.args(), (tx, a) -> {
                String name = ids.names().get((String) a.get("id"));
                List<Record> found = tx.run(BareQueries.statement("resolve-actor"),
                        nulls(Map.of("key", NameKeys.fold(name)), "id", "scope")).list();
                return found.isEmpty() ? 0 : byId.bare().apply(tx, Map.of("id", found.get(0).get("actor").get("id").asString()));
            }, (x, a) -> byId.explorer().apply(x, Map.of("id", ids.names().get((String) a.get("id"))))));
        }
        probes.add(new Probe("representatives", UNIFORM, r -> Map.of("id", pick(bodies, r), "on", someDay(r)),
                (tx, a) -> rows(tx, "representatives", a),
                (x, a) -> x.representatives((String) a.get("id"), (LocalDate) a.get("on")).size()));
        probes.add(new Probe("partnersOf", UNIFORM, r -> Map.of("id", pick(states, r)),
                (tx, a) -> rows(tx, "partners-of", a),
                (x, a) -> x.partnersOf((String) a.get("id")).size()));
        probes.add(new Probe("membersOf", UNIFORM, r -> Map.of("id", pick(states, r), "on", someDay(r)),
                (tx, a) -> rows(tx, "members-of", a),
                (x, a) -> x.membersOf((String) a.get("id"), (LocalDate) a.get("on")).size()));
        probes.add(new Probe("meetingsBetween", UNIFORM, r -> Map.of("a", country.apply(r), "b", country.apply(r)),
                (tx, a) -> rows(tx, "meetings-between", period(Period.always(), Map.of(
                        "sideA", BareQueries.sideMembers(tx, (String) a.get("a"), false), "sideB", BareQueries.sideMembers(tx, (String) a.get("b"), false)))),
                (x, a) -> x.meetingsBetween((String) a.get("a"), (String) a.get("b"), Period.always(), false).size()));
        // two different countries: brokers refuses one country on both sides
        probes.add(new Probe("brokers", UNIFORM, r -> {
                    int a = r.nextInt(ids.countries().size());
                    int b = (a + 1 + r.nextInt(ids.countries().size() - 1)) % ids.countries().size();
                    return Map.of("a", ids.countries().get(a), "b", ids.countries().get(b));
                },
                (tx, a) -> rows(tx, "brokers", period(Period.always(), Map.of(
                        "sideA", BareQueries.sideMembers(tx, (String) a.get("a"), false), "sideB", BareQueries.sideMembers(tx, (String) a.get("b"), false)))),
                (x, a) -> x.brokers((String) a.get("a"), (String) a.get("b"), Period.always(), false).size()));
        probes.add(new Probe("mostConnected", UNIFORM, r -> {
            LocalDate from = LocalDate.of(2005 + r.nextInt(16), 1 + r.nextInt(12), 1);
            return Map.of("kind", r.nextBoolean() ? "official" : "country", "from", from, "to", from.plusMonths(1).minusDays(1));
        }, (tx, a) -> {
            Period p = Period.between((LocalDate) a.get("from"), (LocalDate) a.get("to"));
            Map<String, Object> parameters = period(p, Map.of("kind", a.get("kind"), "limit", 10,
                    "scanFrom", p.from().minusYears(1), "scanTo", p.to()));
            return rows(tx, "most-connected", parameters);
        }, (x, a) -> x.mostConnected(ActorKind.fromWord((String) a.get("kind")),
                Period.between((LocalDate) a.get("from"), (LocalDate) a.get("to")), 10).size()));
        String own = "MATCH (o:Actor {id: $id})-[m:MET_WITH]-(c:Official) RETURN c.name AS name, m.on AS on ORDER BY on";
        probes.add(new Probe("cypher", UNIFORM, r -> Map.of("id", anyOfficial.apply(r)),
                (tx, a) -> tx.run(own, a).list().size(),
                (x, a) -> x.cypher(own, a).rows().size()));
        return probes;
    }

    private static int rows(TransactionContext tx, String query, Map<String, Object> parameters) {
        return tx.run(BareQueries.statement(query), parameters).list().size();
    }

    private static Map<String, Object> period(Period period, Map<String, Object> others) {
        Map<String, Object> p = new HashMap<>(others);
        p.put("from", period.from());
        p.put("to", period.to());
        p.put("undated", period.includeUndated());
        return p;
    }

    private static Map<String, Object> nulls(Map<String, Object> others, String... names) {
        Map<String, Object> p = new HashMap<>(others);
        for (String name : names) {
            p.put(name, null);
        }
        return p;
    }


    private static LocalDate someDay(SplittableRandom r) {
        return LocalDate.of(2000 + r.nextInt(25), 1 + r.nextInt(12), 1 + r.nextInt(28));
    }

    /** An official's family name (his name's last word): what an analyst types into search. */
    private static String familyName(Ids ids, String official) {
        String name = ids.names().get(official);
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    private static String pick(List<String> list, SplittableRandom r) {
        return list.get(r.nextInt(list.size()));
    }

    /**
     * Warms up, then measures each probe: each call's arguments go to the bare driver and to each Explorer, in
     * a random order per call (so that none always finds the caches warmed by another), the driver and each
     * Explorer that goes through Bolt opening a read session per call as the Explorer does.
     *
     * @param explorers the Explorers to measure, by how they reach the database (e.g. "Explorer, in process")
     * @return per probe, the bare driver's latency, then each Explorer's, in the order given
     */
    static List<Latency> measure(Driver driver, Map<String, Explorer> explorers, List<Probe> probes, int calls, long seed) {
        List<Latency> results = new ArrayList<>();
        for (Probe probe : probes) {
            interleaved(driver, explorers, probe, Math.max(50, calls / 10), seed + 1);
            List<Latency> measured = interleaved(driver, explorers, probe, calls, seed);
            StringBuilder line = new StringBuilder("  " + probe.method() + " (" + probe.draw() + "):");
            for (Latency l : measured) {
                line.append(String.format(java.util.Locale.ROOT, " %s %.2f / %.2f ms;", l.how(), l.medianMs(), l.p99Ms()));
            }
            System.err.println(line);
            results.addAll(measured);
        }
        return results;
    }

    /** @return the bare driver's latency, then each Explorer's, over the same calls in random order */
    private static List<Latency> interleaved(Driver driver, Map<String, Explorer> explorers, Probe probe, int calls, long seed) {
        SplittableRandom arguments = new SplittableRandom(seed);
        SplittableRandom order = new SplittableRandom(~seed);
        SessionConfig read = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();
        List<Explorer> typed = new ArrayList<>(explorers.values());
        int ways = typed.size() + 1; // way 0 is the bare driver
        long[][] nanos = new long[ways][calls];
        long[] rows = new long[ways];
        List<Integer> turns = new ArrayList<>();
        for (int way = 0; way < ways; way++) {
            turns.add(way);
        }
        for (int i = 0; i < calls; i++) {
            Map<String, Object> args = probe.args().apply(arguments);
            java.util.Collections.shuffle(turns, new java.util.Random(order.nextLong()));
            for (int way : turns) {
                long started = System.nanoTime();
                if (way == 0) {
                    try (var session = driver.session(read)) {
                        rows[0] += session.executeRead(tx -> probe.bare().apply(tx, args));
                    }
                } else {
                    rows[way] += probe.explorer().apply(typed.get(way - 1), args);
                }
                nanos[way][i] = System.nanoTime() - started;
            }
        }
        List<Latency> measured = new ArrayList<>();
        measured.add(summarize(probe, BARE, nanos[0], rows[0]));
        int way = 1;
        for (String how : explorers.keySet()) {
            measured.add(summarize(probe, how, nanos[way], rows[way]));
            way++;
        }
        return measured;
    }

    /** How the bare driver's rows are labelled. */
    static final String BARE = "bare driver, same Cypher";

    private static Latency summarize(Probe probe, String how, long[] nanos, long rows) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2] / 1e6;
        double p99 = sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1)] / 1e6;
        return new Latency(probe.method(), probe.draw(), how, nanos.length, median, p99, (double) rows / nanos.length);
    }
}
