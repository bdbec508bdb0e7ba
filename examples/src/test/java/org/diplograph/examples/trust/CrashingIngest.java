package org.diplograph.examples.trust;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.diplograph.cypher.Diplograph;
import org.diplograph.cypher.DiplographConfig;
import org.diplograph.cypher.GraphWriter;
import org.diplograph.cypher.SyntheticCorpus;
import org.diplograph.cypher.WriteSummary;
import org.diplograph.cypher.embedded.EmbeddedNeo4j;
import org.diplograph.model.FactSet;
import org.neo4j.driver.Driver;

/**
 * The child JVM of {@link CrashIT}: opens the embedded database in a folder (recovering it after a kill) and
 * tells its parent what the store holds — every source and how many edges name it — then ingests
 * {@link #corpus()}, telling its parent on standard output when each batch (one transaction) begins and when it
 * has committed, until it is killed or finishes.
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
        say("HOLDS " + holds(neo4j.driver()));
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

    /**
     * @return every source the store holds, with how many edges name it ({@code id=count;…}), and, after
     *     {@code |}, the sources edges name that the store does not hold
     */
    static String holds(Driver driver) {
        try (var session = driver.session()) {
            Map<String, Long> edges = new TreeMap<>();
            session.run("MATCH ()-[r:MET_WITH|REPRESENTS|MEMBER_OF|PARTNER_OF]->() UNWIND r.sources AS source "
                    + "RETURN source, count(*) AS edges").forEachRemaining(r -> edges.put(r.get("source").asString(), r.get("edges").asLong()));
            StringBuilder held = new StringBuilder();
            session.run("MATCH (s:Source) RETURN s.id AS id ORDER BY id").forEachRemaining(r -> {
                String id = r.get("id").asString();
                held.append(id).append('=').append(edges.getOrDefault(id, 0L)).append(';');
                edges.remove(id);
            });
            return held + "|" + String.join(";", edges.keySet());
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
