package org.diplograph.cypher.firstload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.diplograph.cypher.CorpusGenerator;
import org.diplograph.cypher.Diplograph;
import org.diplograph.cypher.DiplographConfig;
import org.diplograph.cypher.GraphDump;
import org.diplograph.cypher.embedded.EmbeddedNeo4j;
import org.diplograph.json.FactSetJson;
import org.diplograph.json.FactSetReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline first load gives exactly the graph that ingest (in process, as by default) gives, on a small generated corpus. */
class FirstLoadIT {

    /** Small batches, so that spelling merges and repeated meetings cross batch boundaries. */
    static final int BATCH = 200;

    @Test
    @DisplayName("the importer path and ingest produce the same canonical graph dump")
    void sameGraph(@TempDir Path work) throws Exception {
        CorpusGenerator.Stats stats = CorpusGenerator.write(new CorpusGenerator.Spec(1_500, 7, 200), work.resolve("corpus"));
        Path corpus = work.resolve("corpus/corpus.jsonl");

        List<String> ingested;
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(work.resolve("ingest"), 0);
             Diplograph graph = Diplograph.using(db, DiplographConfig.builder().batchFacts(BATCH).build());
             FactSetReader reader = FactSetJson.open(corpus)) {
            var written = graph.writer().writeAll(reader, total -> { });
            assertThat(written.mergeCount()).as("the corpus exercises spelling merges").isPositive();
            ingested = GraphDump.lines(db.driver());
        }

        FirstLoad load = new FirstLoad(BATCH);
        try (FactSetReader reader = FactSetJson.open(corpus)) {
            load.read(reader);
        }
        load.importInto(work.resolve("imported"), new PrintStream(OutputStream.nullOutputStream()));
        FirstLoad.openAndPrepare(work.resolve("imported"));
        List<String> imported;
        try (EmbeddedNeo4j db = EmbeddedNeo4j.start(work.resolve("imported"), 0)) {
            imported = GraphDump.lines(db.driver());
        }

        assertThat(ingested).hasSizeGreaterThan((int) stats.factSets());
        assertThat(imported).containsExactlyElementsOf(ingested);
        assertThat(Files.exists(work.resolve("imported/data/databases/neo4j"))).isTrue();
    }
}
