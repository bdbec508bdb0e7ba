package org.diplograph.cypher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.diplograph.InvalidInputException;
import org.diplograph.json.FactSetJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;

/**
 * Guarantee: the read API cannot write, nor read beyond the graph. {@link Diplograph#cypher} refuses every
 * statement of {@link WritingStatements#ALL} and {@link WritingStatements#REACHING_OUT} with an
 * {@link InvalidInputException} giving its reason, and afterwards the graph, its labels, property keys,
 * indexes, constraints, databases and users are exactly as before.
 * (When the typed query API lands, its Explorer methods get the same check: run each, dump unchanged.)
 */
@ExtendWith(Neo4jExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadOnlyCypherIT {

    static final List<String> WRITES = WritingStatements.ALL;

    Driver driver;
    Diplograph graph;
    List<String> before;
    Map<String, Object> catalogueBefore;

    @BeforeAll
    void load(Driver driver) {
        this.driver = driver;
        this.graph = Diplograph.using(driver);
        graph.writer().write(FactSetJson.parse(TransientErrorIT.ONE_MEETING.replace("SOURCE", "read-only"), "r.json"));
        before = GraphDump.lines(driver);
        catalogueBefore = catalogue(driver);
    }

    @ParameterizedTest
    @FieldSource("WRITES")
    void aWritingStatementIsRefusedAndChangesNothing(String statement) {
        assertThatThrownBy(() -> graph.cypher(statement, Map.of()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(WritingStatements.REASONS.get(statement))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThat(GraphDump.lines(driver)).isEqualTo(before);
        assertThat(catalogue(driver)).isEqualTo(catalogueBefore);
    }

    @ParameterizedTest
    @FieldSource("WRITES")
    void theSameStatementWithParametersIsRefusedToo(String statement) {
        assertThatThrownBy(() -> graph.cypher(statement, Map.of("id", "AZE", "value", "x")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(WritingStatements.REASONS.get(statement));
        assertThat(GraphDump.lines(driver)).isEqualTo(before);
    }

    static final List<String> REACHING_OUT = List.copyOf(WritingStatements.REACHING_OUT.keySet());

    @ParameterizedTest
    @FieldSource("REACHING_OUT")
    @DisplayName("a statement reading files or URLs, or calling a procedure not on the allow-list, is refused with its reason")
    void aStatementReachingBeyondTheGraphIsRefusedWithItsReason(String statement) {
        assertThatThrownBy(() -> graph.cypher(statement, Map.of("url", "file:///etc/passwd")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("Only read-only Cypher is accepted here; this statement ")
                .hasMessageContaining(WritingStatements.REACHING_OUT.get(statement))
                .hasMessageEndingWith(". Nothing was run.")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n", "root:"));
        assertThat(GraphDump.lines(driver)).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CALL db.labels() YIELD label RETURN label", "CALL db.schema.visualization()",
            "MATCH (a:Actor) CALL { WITH a CALL db.propertyKeys() YIELD propertyKey RETURN count(*) AS keys } RETURN count(a) AS n",
            "SHOW INDEXES YIELD name RETURN name", "CALL db.info() YIELD name RETURN name"})
    @DisplayName("the procedures on the allow-list, and statements that only read the graph, still run")
    void allowedProceduresRun(String statement) {
        assertThat(graph.cypher(statement, Map.of()).rows()).isNotEmpty();
    }

    static Map<String, Object> catalogue(Driver driver) {
        try (var session = driver.session()) {
            var labels = session.run("CALL db.labels() YIELD label RETURN collect(label) AS x").single().get("x").asList();
            var keys = session.run("CALL db.propertyKeys() YIELD propertyKey RETURN collect(propertyKey) AS x").single().get("x").asList();
            var types = session.run("CALL db.relationshipTypes() YIELD relationshipType RETURN collect(relationshipType) AS x")
                    .single().get("x").asList();
            var indexes = session.run("SHOW INDEXES YIELD name RETURN collect(name) AS x").single().get("x").asList();
            var constraints = session.run("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS x").single().get("x").asList();
            try (var system = driver.session(org.neo4j.driver.SessionConfig.forDatabase("system"))) {
                var databases = system.run("SHOW DATABASES YIELD name RETURN collect(name) AS x").single().get("x").asList();
                var users = system.run("SHOW USERS YIELD user RETURN collect(user) AS x").single().get("x").asList();
                return Map.of("labels", labels.stream().sorted().toList(), "keys", keys.stream().sorted().toList(),
                        "types", types.stream().sorted().toList(), "indexes", indexes.stream().sorted().toList(),
                        "constraints", constraints.stream().sorted().toList(), "databases", databases, "users", users);
            }
        }
    }
}
