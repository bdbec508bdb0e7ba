package org.diplograph.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.diplograph.cypher.Diplograph;
import org.diplograph.cypher.Neo4jExtension;
import org.diplograph.explorer.GraphSummary;
import org.diplograph.explorer.Rows;
import org.diplograph.json.FactSetJson;
import org.diplograph.model.FactSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/** The Java example in README.md is this test's code, and the test fails if they drift apart. */
@ExtendWith(Neo4jExtension.class)
class ReadmeExampleIT {

    static final Path SAMPLE = Path.of("src/main/resources/org/diplograph/examples/sample");

    @Test
    void theReadmeExampleRunsAndIsQuotedVerbatim(Driver driver) throws IOException {
        Path file = SAMPLE.resolve("baku-2020-02-11.json");
        // tag::readme[]
        FactSet facts = FactSetJson.parse(Files.readString(file), file.toString());
        try (Diplograph graph = Diplograph.using(driver)) {           // or Diplograph.connect(uri, AuthTokens.basic(…))
            graph.writer().write(facts);                               // idempotent: writing it again changes nothing
            GraphSummary summary = graph.summary();
            Rows met = graph.cypher("""
                    MATCH (o:Official {id: $id})-[m:MET_WITH]-(other)
                    RETURN other.name AS name, m.on AS on, m.sources AS sources ORDER BY name""",
                    java.util.Map.of("id", "AZE/najmeddin-sadikov"));
            // end::readme[]
            assertThat(summary.officials()).isEqualTo(3);
            assertThat(met.rows()).extracting(row -> row.get("name")).containsExactly("Tod Wolters", "Valery Gerasimov");
        }
        String source = Files.readString(Path.of("src/test/java/org/diplograph/examples/ReadmeExampleIT.java"));
        String snippet = source.substring(source.indexOf("// tag::readme[]") + "// tag::readme[]".length(),
                source.indexOf("// end::readme[]")).stripTrailing();
        String readme = Files.readString(Path.of("..", "README.md"));
        assertThat(readme).contains(snippet.stripIndent().strip());
    }
}
