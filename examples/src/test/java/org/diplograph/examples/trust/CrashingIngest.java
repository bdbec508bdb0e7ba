package org.diplograph.examples.trust;

import java.nio.file.Path;
import java.util.List;
import org.diplograph.cypher.Diplograph;
import org.diplograph.cypher.DiplographConfig;
import org.diplograph.cypher.GraphWriter;
import org.diplograph.cypher.SyntheticCorpus;
import org.diplograph.cypher.WriteSummary;
import org.diplograph.cypher.embedded.EmbeddedNeo4j;
import org.diplograph.model.FactSet;

/**
 * The child JVM of {@link CrashIT}: ingests {@link #corpus()} into the embedded database in a folder, telling
 * its parent on standard output when each batch (one transaction) begins and when it has committed, until it
 * is killed or finishes.
 */
public final class CrashingIngest {

    /** Facts per batch: large enough that most of the ingest's time is spent inside transactions. */
    static final int BATCH_FACTS = 250;

    private CrashingIngest() {
    }

    static List<FactSet> corpus() {
        return SyntheticCorpus.generate(17, 2_500, "crash");
    }

    static DiplographConfig config() {
        return DiplographConfig.builder().batchFacts(BATCH_FACTS).build();
    }

    /**
     * @param args the database folder
     */
    public static void main(String[] args) {
        List<FactSet> corpus = corpus();
        EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(Path.of(args[0]), 0);   // never closed: the parent kills us
        Diplograph graph = Diplograph.using(neo4j.driver(), config());
        say("STARTED");
        graph.writer().writeAll(corpus.iterator(), new GraphWriter.BatchListener() {
            @Override
            public void batchStarting(int number, int factSets) {
                say("BEGIN " + number);
            }

            @Override
            public void batchCommitted(int number, WriteSummary total) {
                say("COMMITTED " + number);
            }
        });
        say("FINISHED");
        System.exit(0);
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
