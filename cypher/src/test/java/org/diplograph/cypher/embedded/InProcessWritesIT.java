package org.diplograph.cypher.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.diplograph.cypher.CorpusGenerator;
import org.diplograph.cypher.Diplograph;
import org.diplograph.cypher.DiplographConfig;
import org.diplograph.cypher.GraphDump;
import org.diplograph.cypher.WriteSummary;
import org.diplograph.json.FactSetJson;
import org.diplograph.json.FactSetReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writer's batches run in process on the embedded database ({@code Diplograph.using(EmbeddedNeo4j, …)})
 * give exactly the graph the same batches give through Bolt, and loading again changes nothing either way.
 */
class InProcessWritesIT {

    /** Small batches, so that spelling merges and repeated meetings cross batch boundaries. */
    private static final int BATCH = 150;

    @Test
    @DisplayName("in process and through Bolt, ingest writes the same graph, and a second load changes nothing")
    void sameGraphEitherWay(@TempDir Path work) throws Exception {
        CorpusGenerator.write(new CorpusGenerator.Spec(1_200, 11, 150), work.resolve("corpus"));
        Path corpus = work.resolve("corpus/corpus.jsonl");
        DiplographConfig config = DiplographConfig.builder().batchFacts(BATCH).build();
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(work.resolve("db"), 0)) {
            WriteSummary throughBolt = load(Diplograph.using(db.driver(), config), corpus);
            List<String> boltGraph = GraphDump.lines(db.driver());
            GraphDump.clear(db.driver());

            WriteSummary inProcess = load(Diplograph.using(db, config), corpus);
            assertThat(inProcess.mergeCount()).as("the corpus exercises spelling merges").isPositive();
            assertThat(inProcess).isEqualTo(throughBolt);
            assertThat(GraphDump.lines(db.driver())).containsExactlyElementsOf(boltGraph);

            load(Diplograph.using(db, config), corpus);
            assertThat(GraphDump.lines(db.driver())).as("a second load, in process").containsExactlyElementsOf(boltGraph);
        }
    }

    private static WriteSummary load(Diplograph graph, Path corpus) throws Exception {
        try (graph; FactSetReader reader = FactSetJson.open(corpus)) {
            return graph.writer().writeAll(reader, total -> { });
        }
    }
}
