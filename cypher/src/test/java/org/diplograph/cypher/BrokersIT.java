package org.diplograph.cypher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.diplograph.NotFoundException;
import org.diplograph.cypher.embedded.EmbeddedNeo4j;
import org.diplograph.cypher.internal.QueryTransaction;
import org.diplograph.cypher.internal.SideMembers;
import org.diplograph.cypher.internal.Statements;
import org.diplograph.cypher.internal.write.InProcessTransactions;
import org.diplograph.cypher.plugin.BrokersProcedure;
import org.diplograph.explorer.Broker;
import org.diplograph.json.FactSetJson;
import org.diplograph.model.Period;
import org.diplograph.json.FactSetReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/**
 * {@code query/brokers} three ways on the benchmark's generator (dated roles, ministries, alliances;
 * meetings dated to the day, month and year, and undated), for pairs of countries and alliances, with and
 * without membership, over all time and over periods, some starting inside a meeting dated to a month or a
 * year:
 * <ul>
 *   <li>the statement finds the brokers and meetings of the plan before it (its first, plainer form, kept
 *       in {@code reference/brokers-before.cypher} as the definition);</li>
 *   <li>the embedded database's {@code BrokersWalk} gives the statement's rows: the same brokers in the
 *       same order, each with the same meetings in the same order, every value equal;</li>
 *   <li>so does the same walk as the server's procedure ({@code query/brokers-by-plugin} through Bolt), which
 *       the embedded database offers its Bolt clients as a server with the plugin jar does.</li>
 * </ul>
 * The plugin jar holds the plugin package, all of it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrokersIT {

    private EmbeddedNeo4j db;
    private InProcessTransactions inProcess;
    private String before;

    @BeforeAll
    void load(@TempDir Path work) throws IOException {
        CorpusGenerator.write(new CorpusGenerator.Spec(4_000, 19, 200), work.resolve("corpus"));
        db = EmbeddedNeo4j.start(work.resolve("db"), 0);
        try (Diplograph graph = Diplograph.using(db);
                FactSetReader reader = FactSetJson.open(work.resolve("corpus/corpus.jsonl"))) {
            graph.writer().writeAll(reader, total -> { });
        }
        inProcess = new InProcessTransactions(db.database(), Duration.ofSeconds(5));
        try (InputStream in = BrokersIT.class.getResourceAsStream("/reference/brokers-before.cypher")) {
            before = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @AfterAll
    void stop() {
        db.close();
    }

    @Test
    void theStatementFindsWhatItsFirstFormFoundAndTheWalkGivesItsRows() {
        Driver driver = db.driver();
        List<String> countries = ids(driver, "Country");
        List<String> alliances = ids(driver, "Alliance");
        Random random = new Random(5);
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            pairs.add(new String[] {countries.get(random.nextInt(countries.size())),
                countries.get(random.nextInt(countries.size()))});
        }
        for (String a : alliances) {
            for (String b : alliances) {
                if (a.compareTo(b) < 0) {
                    pairs.add(new String[] {a, b});
                }
            }
            pairs.add(new String[] {a, countries.get(random.nextInt(countries.size()))});
        }
        int withBrokers = 0;
        int compared = 0;
        int straddling = 0;
        for (String[] pair : pairs) {
            if (pair[0].equals(pair[1])) {
                continue;
            }
            // Membership changes only an alliance's side.
            boolean anAlliance = alliances.contains(pair[0]) || alliances.contains(pair[1]);
            for (boolean via : anAlliance ? List.of(false, true) : List.of(false)) {
                Map<String, Object> sides = new HashMap<>();
                try (var session = driver.session()) {
                    sides.put("sideA", SideMembers.of(session, pair[0], via));
                    sides.put("sideB", SideMembers.of(session, pair[1], via));
                }
                List<LocalDate[]> periods = new ArrayList<>(List.of(new LocalDate[] {null, null},
                        new LocalDate[] {null, LocalDate.of(2016, 11, 20)},
                        new LocalDate[] {LocalDate.of(2004, 7, 9), LocalDate.of(2012, 1, 31)}));
                // Periods that start inside a meeting dated to a month or a year: it is in them by its span alone.
                List<LocalDate> coarse = coarseDates(statement(sides, null, null, true));
                for (int i = 0; i < Math.min(3, coarse.size()); i++) {
                    periods.add(new LocalDate[] {coarse.get(random.nextInt(coarse.size())).plusDays(10), null});
                }
                for (LocalDate[] period : periods) {
                    for (boolean undated : List.of(false, true)) {
                        List<Map<String, Object>> expected = statement(sides, period[0], period[1], undated);
                        Map<String, Object> p = parameters(sides, period[0], period[1], undated);
                        Map<String, Object> span = parameters(Map.of(), period[0], period[1], undated);
                        List<Map<String, Object>> walked = maps(inProcess.inReadTransaction(tx -> tx.brokers(pair[0], pair[1], via, span)));
                        List<Map<String, Object>> byStatements = maps(throughDriver(tx -> tx.brokers(pair[0], pair[1], via, span)));
                        String which = String.format("%s and %s, via membership %s, %s to %s, undated %s", pair[0], pair[1], via,
                                period[0], period[1], undated);
                        assertThat(lines(expected)).as("the statement, " + which).isEqualTo(lines(run(before, p)));
                        assertThat(walked).as("the walk, " + which).isEqualTo(expected);
                        assertThat(byStatements).as("the statements through the driver, " + which).isEqualTo(expected);
                        assertThat(run(Statements.load("query/brokers-by-plugin"), byPlugin(pair[0], pair[1], via, span)))
                                .as("the procedure, " + which).isEqualTo(expected);
                        compared++;
                        withBrokers += expected.isEmpty() ? 0 : 1;
                        LocalDate from = period[0];
                        straddling += from == null ? 0 : (int) coarseDates(expected).stream().filter(from::isAfter).count();
                    }
                }
            }
        }
        assertThat(withBrokers).as("cases with brokers, of %d", compared).isGreaterThan(compared / 4);
        assertThat(straddling).as("meetings dated to a month or year that began before the period and are in it")
                .isGreaterThan(20);
    }

    @Test
    void anIdNoActorHasGivesNoRowsEveryWaySoThatTheExplorerResolvesIt() {
        String country = ids(db.driver(), "Country").get(0);
        Map<String, Object> always = parameters(Map.of(), null, null, true);
        for (String[] pair : List.of(new String[] {"XXX", country}, new String[] {country, "XXX"})) {
            List<Record> inProcessRows = inProcess.inReadTransaction(tx -> tx.brokers(pair[0], pair[1], false, always));
            List<Record> statementRows = throughDriver(tx -> tx.brokers(pair[0], pair[1], false, always));
            assertThat(inProcessRows).as("in process").isNull();
            assertThat(statementRows).as("the statements").isNull();
            assertThat(run(Statements.load("query/brokers-by-plugin"), byPlugin(pair[0], pair[1], false, always)))
                    .as("the procedure: one row of nulls").singleElement()
                    .satisfies(row -> assertThat(row.values()).containsOnlyNulls());
        }
    }

    @Test
    void theExplorerThroughBoltWithThePluginAnswersAsInProcessByIdAndByName() {
        List<String> countries = ids(db.driver(), "Country");
        Map<String, String> names = new HashMap<>();
        try (var session = db.driver().session()) {
            session.run("MATCH (c:Country) RETURN c.id AS id, c.name AS name")
                    .forEachRemaining(r -> names.put(r.get("id").asString(), r.get("name").asString()));
        }
        Random random = new Random(11);
        int withBrokers = 0;
        try (Diplograph embedded = Diplograph.using(db); Diplograph bolt = Diplograph.using(db.driver())) {
            for (int i = 0; i < 40; i++) {
                String a = countries.get(random.nextInt(countries.size()));
                String b = countries.get(random.nextInt(countries.size()));
                if (a.equals(b)) {
                    continue;
                }
                // by id, then side A by its name (resolved first, as any name is)
                for (String sideA : List.of(a, names.get(a))) {
                    List<Broker> inProcessAnswer = embedded.explorer().brokers(sideA, b, Period.always(), false);
                    assertThat(bolt.explorer().brokers(sideA, b, Period.always(), false)).as("%s and %s", sideA, b)
                            .isEqualTo(inProcessAnswer);
                    withBrokers += inProcessAnswer.isEmpty() ? 0 : 1;
                }
            }
            // an id no actor has is looked up as a name, and is not found
            assertThatThrownBy(() -> bolt.explorer().brokers("XXX", countries.get(0), Period.always(), false))
                    .isInstanceOf(NotFoundException.class).hasMessageContaining("XXX");
        }
        assertThat(withBrokers).as("answers with brokers").isGreaterThan(8);
    }

    @Test
    void theServerOffersThisVersionsProcedureAndThePluginJarHoldsItsPackage() throws IOException {
        // What the Explorer through Bolt checks before it calls the procedure.
        assertThat(run(Statements.load("query/plugin-installed"), Map.of())).extracting(r -> r.get("description"))
                .containsExactly(BrokersProcedure.DESCRIPTION);

        Path classes = Path.of("target/classes");
        List<String> expected;
        try (Stream<Path> files = Files.walk(classes.resolve("org/diplograph/cypher/plugin"))) {
            expected = files.filter(f -> f.toString().endsWith(".class")).map(f -> classes.relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        }
        Path jar;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            jar = files.filter(f -> f.getFileName().toString().matches("diplograph-cypher-.*-plugin\\.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("no diplograph-cypher-*-plugin.jar in target (mvn package builds it)"));
        }
        try (JarFile plugin = new JarFile(jar.toFile())) {
            assertThat(plugin.stream().map(JarEntry::getName).filter(n -> n.endsWith(".class")).sorted())
                    .as("classes of %s", jar).containsExactlyElementsOf(expected).contains(
                            "org/diplograph/cypher/plugin/BrokersProcedure.class", "org/diplograph/cypher/plugin/BrokersWalk.class");
            // the one statement the walk runs in the server, and no other
            assertThat(plugin.stream().map(JarEntry::getName).filter(n -> n.endsWith(".cypher")))
                    .containsExactly("org/diplograph/cypher/query/side-members.cypher");
        }
    }

    private List<Map<String, Object>> statement(Map<String, Object> sides, LocalDate from, LocalDate to, boolean undated) {
        return run(BareQueries.statement("brokers"), parameters(sides, from, to, undated));
    }

    /** The rows through the driver, as a server without the plugin gives them. */
    private List<Record> throughDriver(Function<QueryTransaction, List<Record>> work) {
        try (var session = db.driver().session()) {
            return session.executeRead(tx -> work.apply((statement, parameters) -> tx.run(statement, parameters).list()));
        }
    }

    private static List<Map<String, Object>> maps(List<Record> records) {
        return records.stream().map(Record::asMap).toList();
    }

    private static Map<String, Object> byPlugin(String a, String b, boolean via, Map<String, Object> period) {
        Map<String, Object> p = new HashMap<>(period);
        p.put("a", a);
        p.put("b", b);
        p.put("viaMembership", via);
        return p;
    }

    private List<Map<String, Object>> run(String statement, Map<String, Object> parameters) {
        try (var session = db.driver().session()) {
            return session.executeRead(tx -> tx.run(statement, parameters).list(Record::asMap));
        }
    }

    /**
     * Each broker as one line: id, then his meetings with each side (official, date, sources), sorted (the
     * first form ordered meetings of one day as the side's keys came).
     */
    @SuppressWarnings("unchecked")
    private static List<String> lines(List<Map<String, Object>> brokers) {
        return brokers.stream().map(b -> ((Map<String, Object>) b.get("broker")).get("id") + " A" + meetings(b.get("withA"))
                + " B" + meetings(b.get("withB"))).toList();
    }

    private static List<String> meetings(Object with) {
        return ((List<?>) with).stream().map(x -> {
            Map<?, ?> m = (Map<?, ?>) ((Map<?, ?>) x).get("meeting");
            return ((Map<?, ?>) ((Map<?, ?>) x).get("official")).get("id") + "@" + m.get("date") + m.get("sources");
        }).sorted(Comparator.naturalOrder()).toList();
    }

    private static Map<String, Object> parameters(Map<String, Object> sides, LocalDate from, LocalDate to, boolean undated) {
        Map<String, Object> p = new HashMap<>(sides);
        p.put("from", from);
        p.put("to", to);
        p.put("undated", undated);
        return p;
    }

    /** The first days of the brokers' meetings dated to a month or a year. */
    private static List<LocalDate> coarseDates(List<Map<String, Object>> brokers) {
        List<LocalDate> dates = new ArrayList<>();
        for (Map<String, Object> broker : brokers) {
            for (String side : List.of("withA", "withB")) {
                for (Object x : (List<?>) broker.get(side)) {
                    Map<?, ?> m = (Map<?, ?>) ((Map<?, ?>) x).get("meeting");
                    if (m.get("on") != null && !"day".equals(m.get("precision"))) {
                        dates.add((LocalDate) m.get("on"));
                    }
                }
            }
        }
        return dates;
    }

    private static List<String> ids(Driver driver, String label) {
        try (var session = driver.session()) {
            return session.run("MATCH (x:" + label + ") RETURN x.id AS id ORDER BY id").list(r -> r.get("id").asString());
        }
    }
}
