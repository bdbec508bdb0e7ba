package org.diplograph.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.diplograph.cypher.Diplograph;
import org.diplograph.cypher.GraphDump;
import org.diplograph.cypher.Neo4jExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

@ExtendWith(Neo4jExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings("unchecked")
class SampleCorpusIT {

    Driver driver;
    List<String> afterOneLoad;

    @BeforeAll
    void loadOnce(Driver driver) {
        this.driver = driver;
        Diplograph.using(driver).writer().writeAll(SampleCorpus.factSets());
        afterOneLoad = GraphDump.lines(driver);
    }

    @Test
    void theIndexListsEverySampleFile() throws IOException {
        Path folder = Path.of("src/main/resources/org/diplograph/examples/sample");
        try (Stream<Path> files = Files.walk(folder)) {
            assertThat(files.map(f -> folder.relativize(f).toString()).filter(f -> f.endsWith(".json") || f.endsWith(".txt")))
                    .containsExactlyInAnyOrderElementsOf(SampleCorpus.files());
        }
    }

    @Test
    void loadingTheSampleAgainLeavesEveryNodeEdgeAndPropertyUnchanged() {
        Diplograph.using(driver).writer().writeAll(SampleCorpus.factSets());
        assertThat(GraphDump.lines(driver)).isEqualTo(afterOneLoad).hasSizeGreaterThan(60);
    }

    @Test
    void theMeetingReportedByTwoSourcesIsOneEdgeWithBothSources() {
        Map<String, Object> row = GraphDump.one(driver, """
                MATCH (:Official {id: 'AZE/najmeddin-sadikov'})-[m:MET_WITH]-(:Official {id: 'RUS/valery-gerasimov'})
                RETURN count(m) AS edges, collect(m.sources)[0] AS sources, collect(m.place)[0] AS place""", Map.of());
        assertThat(row.get("edges")).isEqualTo(1L);
        assertThat((List<Object>) row.get("sources")).containsExactly("baku-2020-02-11", "mod-russia-2020-02-06");
        assertThat(row.get("place")).isEqualTo("Baku");
    }

    @Test
    void theTwoSpellingsAreOneNodeWithBothAliases() {
        Map<String, Object> row = GraphDump.one(driver, """
                MATCH (a:Official) WHERE a.id IN ['AZE/najmeddin-sadikov', 'AZE/najmeddin-sadikhov']
                RETURN count(a) AS nodes, collect(a.aliases)[0] AS aliases""", Map.of());
        assertThat(row.get("nodes")).isEqualTo(1L);
        assertThat((List<Object>) row.get("aliases")).contains("Najmeddin Sadikov", "Najmeddin Sadikhov", "Sadikhov");
        Map<String, Object> gerasimov = GraphDump.one(driver,
                "MATCH (a:Official {id: 'RUS/valery-gerasimov'}) RETURN a.aliases AS aliases", Map.of());
        assertThat((List<Object>) gerasimov.get("aliases")).contains("Valery Gerasimov", "Valeriy Gerasimov");
    }

    @Test
    void fatherAndSonStayTwoPeople() {
        Map<String, Object> row = GraphDump.one(driver,
                "MATCH (a:Official) WHERE a.id IN ['AZE/heydar-aliyev', 'AZE/ilham-aliyev'] RETURN count(a) AS nodes", Map.of());
        assertThat(row.get("nodes")).isEqualTo(2L);
    }
}
