package org.diplograph.examples.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.diplograph.cypher.Diplograph;
import org.diplograph.cypher.GraphDump;
import org.diplograph.cypher.Neo4jExtension;
import org.diplograph.cypher.SyntheticCorpus;
import org.diplograph.cypher.WriteSummary;
import org.diplograph.examples.SampleCorpus;
import org.diplograph.model.FactSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/**
 * Guarantee: nothing duplicated. Ingesting a corpus three times gives exactly the graph of one ingest,
 * compared as the SHA-256 of a canonical dump (every node and edge with every property, sorted).
 */
@ExtendWith(Neo4jExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdempotencyIT {


    /** The size the issue asks for; {@code -Ddiplograph.synthetic.facts=…} changes it for a quick local run. */
    static final int SYNTHETIC_FACTS = Integer.getInteger("diplograph.synthetic.facts", 50_000);

    Driver driver;
    Diplograph graph;

    @BeforeAll
    void open(Driver driver) {
        this.driver = driver;
        this.graph = Diplograph.using(driver);
    }

    @BeforeEach
    void empty() {
        GraphDump.clear(driver);
    }

    @Test
    void theSampleCorpusIngestedThreeTimesHashesLikeOneIngest() {
        graph.writer().writeAll(SampleCorpus.factSets());
        String once = GraphDump.hash(driver);
        graph.writer().writeAll(SampleCorpus.factSets());
        graph.writer().writeAll(SampleCorpus.factSets());
        assertThat(GraphDump.hash(driver)).isEqualTo(once);
        assertThat(GraphDump.lines(driver)).hasSizeGreaterThan(60);
    }

    @Test
    void aFiftyThousandFactSyntheticCorpusIngestedThreeTimesHashesLikeOneIngest() {
        List<FactSet> corpus = SyntheticCorpus.generate(7, SYNTHETIC_FACTS, "synthetic");
        assertThat(corpus.stream().mapToInt(FactSet::factCount).sum()).isGreaterThanOrEqualTo(SYNTHETIC_FACTS * 9 / 10);

        long started = System.nanoTime();
        WriteSummary first = graph.writer().writeAll(corpus);
        System.out.printf("First ingest of %d facts: %d ms%n", first.facts(), (System.nanoTime() - started) / 1_000_000);
        String once = GraphDump.hash(driver);
        var summary = graph.summary();
        assertThat(first.mergeCount()).as("spelling variants were merged").isPositive();
        assertThat(summary.meetings()).as("meetings reported by several sources are one edge")
                .isLessThan(first.meetingPairs());

        for (int again = 2; again <= 3; again++) {
            started = System.nanoTime();
            graph.writer().writeAll(corpus);
            System.out.printf("Ingest %d: %d ms%n", again, (System.nanoTime() - started) / 1_000_000);
        }
        assertThat(GraphDump.hash(driver)).isEqualTo(once);
        assertThat(graph.summary()).isEqualTo(summary);
    }
}
