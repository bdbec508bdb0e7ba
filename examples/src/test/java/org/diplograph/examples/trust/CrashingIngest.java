package org.diplograph.examples.trust;

import java.nio.file.Path;
import java.util.List;
import org.diplograph.cypher.Diplograph;
import org.diplograph.cypher.DiplographConfig;
import org.diplograph.cypher.SyntheticCorpus;
import org.diplograph.cypher.embedded.EmbeddedNeo4j;
import org.diplograph.model.FactSet;

/**
 * The child JVM of {@link CrashIT}: ingests {@link #corpus()} into the embedded database in a folder,
 * slowly and in many batches, telling its parent on standard output after each committed batch, until
 * it is killed.
 */
public final class CrashingIngest {

    static final int BATCH_FACTS = 40;

    private CrashingIngest() {
    }

    static List<FactSet> corpus() {
        return SyntheticCorpus.generate(17, 1_500, "crash");
    }

    static DiplographConfig config() {
        return DiplographConfig.builder().batchFacts(BATCH_FACTS).build();
    }

    /**
     * @param args the database folder
     */
    public static void main(String[] args) {
        EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(Path.of(args[0]), 0);   // never closed: the parent kills us
        Diplograph graph = Diplograph.using(neo4j.driver(), config());
        System.out.println("STARTED");
        graph.writer().writeAll(corpus().iterator(), total -> {
            System.out.println("COMMITTED " + total.factSets());
            System.out.flush();
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        System.out.println("FINISHED");
    }
}
