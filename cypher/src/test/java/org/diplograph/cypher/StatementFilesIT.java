package org.diplograph.cypher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.diplograph.cypher.internal.SideMembers;
import org.diplograph.cypher.internal.Statements;
import org.diplograph.cypher.plugin.BrokersProcedure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.ProfiledPlan;

/**
 * Every statement file, found by listing the resource folders (so a new file cannot be forgotten):
 * it has its header, Neo4j can plan it, and the questions about one actor start from an index.
 */
@ExtendWith(Neo4jExtension.class)
@Neo4jExtension.Procedures(BrokersProcedure.class) // as a server with the plugin jar: brokers-by-plugin plans
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementFilesIT {

    private static final Path ROOT = Path.of("src/main/resources/org/diplograph/cypher");
    private static final Pattern PARAMETER = Pattern.compile("\\$([A-Za-z][A-Za-z0-9]*)");
    private static final List<String> SCANS = List.of("NodeByLabelScan", "AllNodesScan");

    private Driver driver;

    @BeforeAll
    void load(Driver driver) {
        this.driver = driver;
        Fixtures.load(driver, Fixtures.FIXTURE);
    }

    /** @return {@code write/merge-actors}, {@code query/meetings-of}, … */
    static List<String> statementFiles() throws IOException {
        List<String> names = new ArrayList<>();
        for (String folder : List.of("write", "query", "export", "decide")) {
            try (Stream<Path> files = Files.list(ROOT.resolve(folder))) {
                files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".cypher")).sorted()
                        .forEach(f -> names.add(folder + "/" + f.substring(0, f.length() - ".cypher".length())));
            }
        }
        return names;
    }

    /** @return the query files about one actor: all but the whole-graph ones and the plugin's (a procedure call, a listing) */
    static List<String> oneActorQueries() throws IOException {
        return statementFiles().stream().filter(n -> n.startsWith("query/"))
                .filter(n -> !List.of("query/graph-summary", "query/most-connected", "query/brokers-by-plugin",
                        "query/plugin-installed").contains(n))
                .toList();
    }

    @Test
    @DisplayName("the files are found: every query method has one")
    void theListingFindsTheFiles() throws IOException {
        assertThat(statementFiles()).contains("write/merge-actors", "query/meetings-between", "query/shortest-chain",
                "query/resolve-actor", "query/side-members").hasSizeGreaterThan(20);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statementFiles")
    @DisplayName("each file starts with a header naming its parameters (and, for queries, its columns)")
    void hasAHeader(String name) {
        String text = Statements.load(name);
        List<String> header = text.lines().takeWhile(l -> l.startsWith("//")).toList();

        assertThat(header).as("header of %s", name).isNotEmpty().anyMatch(l -> l.startsWith("// Parameters:"));
        if (name.startsWith("query/")) {
            assertThat(header).as("header of %s", name).anyMatch(l -> l.startsWith("// Columns:"));
        }
        String body = text.lines().filter(l -> !l.startsWith("//")).reduce("", (a, b) -> a + "\n" + b);
        for (String parameter : parameters(body).keySet()) {
            assertThat(String.join("\n", header)).as("%s mentions $%s in its header", name, parameter)
                    .contains("$" + parameter);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statementFiles")
    @DisplayName("Neo4j plans each file (EXPLAIN), so a typo fails the build")
    void explains(String name) {
        String text = Statements.load(name);
        try (var session = driver.session()) {
            var summary = session.run("EXPLAIN " + text, parameters(text)).consume();
            assertThat(summary.hasPlan()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"write/merge-roles", "write/merge-meetings", "write/merge-partnerships", "write/merge-memberships"})
    @DisplayName("the edge statements read and append each edge's lists row by row: no Eager buffers the rows (EXPLAIN)")
    void edgeStatementsHaveNoEager(String name) {
        // An Eager (the planner's answer to a read/set conflict, e.g. the list read in a WITH before the SET)
        // reads every row's lists before any is written: twice the work, and appends lost if two rows
        // ever named one edge.
        String text = Statements.load(name);
        List<String> operators = new ArrayList<>();
        try (var session = driver.session()) {
            collect(session.run("EXPLAIN " + text, parameters(text)).consume().plan(), operators);
        }
        assertThat(operators).as("operators of %s", name).isNotEmpty().noneMatch(op -> op.startsWith("Eager@"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneActorQueries")
    @DisplayName("a question about one actor scans no label and no whole graph (PROFILE)")
    void startsFromAnIndex(String name) {
        List<String> operators = profile(name, realParameters(name.substring("query/".length())));

        assertThat(operators).as("operators of %s", name).noneMatch(op -> SCANS.stream().anyMatch(op::startsWith));
        assertThat(operators).as("operators of %s", name)
                .anyMatch(op -> op.contains("IndexSeek") || op.contains("IndexContainsScan") || op.contains("IndexEndsWithScan")
                        || op.contains("IndexScan"));
    }

    @Test
    @DisplayName("mostConnected over a period seeks the MET_WITH(on) range index")
    void mostConnectedSeeksTheMeetingDateIndex() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("kind", "official");
        parameters.put("limit", 10);
        parameters.put("scanFrom", LocalDate.of(2020, 1, 1));
        parameters.put("scanTo", LocalDate.of(2021, 12, 31));
        parameters.put("from", LocalDate.of(2021, 1, 1));
        parameters.put("to", LocalDate.of(2021, 12, 31));
        parameters.put("undated", false);

        List<String> operators = profile("query/most-connected", parameters);

        assertThat(operators).anyMatch(op -> op.contains("RelationshipIndexSeekByRange"))
                .noneMatch(op -> SCANS.stream().anyMatch(op::startsWith));
    }

    private List<String> profile(String name, Map<String, Object> parameters) {
        try (var session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            ProfiledPlan plan = session.executeRead(tx -> tx.run("PROFILE " + Statements.load(name), parameters).consume().profile());
            List<String> operators = new ArrayList<>();
            collect(plan, operators);
            return operators;
        }
    }

    private static void collect(Plan plan, List<String> operators) {
        operators.add(plan.operatorType());
        plan.children().forEach(child -> collect(child, operators));
    }

    /** Every $parameter of a statement, as null: enough for EXPLAIN. */
    private static Map<String, Object> parameters(String text) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        Matcher m = PARAMETER.matcher(text.lines().filter(l -> !l.strip().startsWith("//")).reduce("", (a, b) -> a + "\n" + b));
        while (m.find()) {
            parameters.put(m.group(1), null);
        }
        return parameters;
    }

    /** Parameters as the Explorer would pass them for the fixture graph. */
    private Map<String, Object> realParameters(String query) {
        Map<String, Object> p = new HashMap<>();
        p.put("from", LocalDate.of(2020, 1, 1));
        p.put("to", LocalDate.of(2021, 12, 31));
        p.put("undated", true);
        switch (query) {
            case "resolve-actor" -> {
                p.put("id", "RUS/sergei-volkov");
                p.put("scope", "RUS");
                p.put("key", "sergey volkov");
            }
            case "close-matches" -> {
                p.put("prefixes", List.of("vol", "ser"));
                p.put("limit", 200);
            }
            case "search" -> {
                p.put("text", "volk");
                p.put("idPrefix", "volk");
                p.put("limit", 25);
            }
            case "side-members" -> {
                p.put("id", "NATO");
                p.put("viaMembership", true);
            }
            case "meetings-between", "brokers" -> {
                p.put("sideA", sideMembers("RUS"));
                p.put("sideB", sideMembers("NATO"));
            }
            case "timeline" -> {
                p.put("id", "GEO");
                p.put("members", sideMembers("GEO"));
            }
            case "common-contacts", "shortest-chain" -> {
                p.put("a", "RUS/sergey-volkov");
                p.put("b", "USA/james-porter");
                p.put("maxHops", 6);
            }
            case "neighbourhood-ring" -> {
                p.put("ring", List.of("AZE/elchin-guliyev"));
                p.put("kept", List.of("AZE/elchin-guliyev"));
                p.put("limit", 500);
            }
            case "neighbourhood-links" -> p.put("ids", List.of("AZE/elchin-guliyev", "RUS/sergey-volkov", "USA/james-porter"));
            case "representatives", "partners-of", "members-of" -> {
                p.put("id", query.equals("representatives") ? "GEO" : "NATO");
                p.put("on", LocalDate.of(2021, 4, 1));
            }
            default -> {
                p.put("id", "USA/james-porter");
                p.put("on", LocalDate.of(2021, 4, 1));
            }
        }
        return p;
    }

    private Map<String, Object> sideMembers(String side) {
        try (var session = driver.session()) {
            return SideMembers.of(session, side, true);
        }
    }
}
