package org.diplograph.cypher.firstload;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.diplograph.DiplographException;
import org.diplograph.cypher.Diplograph;
import org.diplograph.cypher.DiplographConfig;
import org.diplograph.cypher.embedded.EmbeddedNeo4j;
import org.diplograph.cypher.internal.write.BatchReader;
import org.diplograph.cypher.internal.write.BatchWrite;
import org.diplograph.explorer.GraphSummary;
import org.diplograph.model.FactSet;
import org.neo4j.batchimport.api.input.Input;

/**
 * The first load of an empty embedded database through Neo4j's offline importer
 * ({@code neo4j-admin database import full}), giving exactly the graph that ingest gives.
 * <pre>{@code
 * FirstLoad load = new FirstLoad(DiplographConfig.defaultConfig().batchFacts());
 * try (FactSetReader reader = FactSetJson.open(Path.of("corpus.jsonl"))) {
 *     load.read(reader);                       // all input is read and checked before anything is written
 * }
 * load.importInto(Path.of("data/graph"), System.err);
 * GraphSummary graph = FirstLoad.openAndPrepare(Path.of("data/graph"));   // schema and indexes
 * }</pre>
 * FactSets go through the very code ingest uses ({@link BatchWrite}: the same batches, the same
 * spelling resolution, the same rows), against a graph held in memory that applies each write
 * statement's semantics; the importer then writes that graph's store directly. Memory grows with
 * the graph, unlike ingest's: about 110 MiB live per 200,000 meeting facts; a million convert and
 * import in a 1.5 GiB heap.
 */
public final class FirstLoad {

    private final int batchFacts;
    private final InMemoryGraph graph = new InMemoryGraph();
    private long factSets;
    private long facts;
    private long merges;

    /**
     * @param batchFacts facts per batch, as {@link DiplographConfig#batchFacts()}: batches decide spelling
     *                   merges exactly as ingest's transactions do, so use the value ingest would use
     */
    public FirstLoad(int batchFacts) {
        this.batchFacts = batchFacts;
    }

    /**
     * Reads FactSets into the in-memory graph, as one {@code GraphWriter.writeAll} call would write
     * them (ingest calls it once per file). They are parsed on another thread while the previous
     * batch is resolved.
     *
     * @param input the FactSets
     * @return this
     * @throws org.diplograph.InvalidInputException for the first FactSet that is not valid
     */
    public FirstLoad read(Iterator<FactSet> input) {
        BatchReader batches = BatchReader.start(input, batchFacts, "diplograph-first-load-reader");
        try {
            for (List<FactSet> batch = batches.take(); batch != null; batch = batches.take()) {
                BatchWrite.Result written = BatchWrite.run(graph, batch);
                factSets += written.factSets();
                facts += written.roles() + written.meetingPairs() + written.partnerships() + written.memberships();
                merges += written.merges().size();
            }
        } finally {
            batches.finish();
        }
        return this;
    }

    /**
     * What has been read.
     *
     * @param factSets      FactSets read
     * @param facts         roles, meeting pairs, partnerships and memberships read
     * @param merges        spellings taken to be known actors
     * @param nodes         nodes the import will create
     * @param relationships relationships the import will create
     */
    public record Counts(long factSets, long facts, long merges, long nodes, long relationships) {
    }

    /** @return what has been read so far */
    public Counts counts() {
        return new Counts(factSets, facts, merges, graph.actors.size() + graph.sources.size(), graph.edges().size());
    }

    /**
     * @return the graph read so far as the importer's input (for benchmarks that compare importers on
     *         the same nodes and relationships)
     */
    public Input importerInput() {
        return new ImporterInput(graph);
    }

    /**
     * Writes the graph read so far as the store of the default database of an embedded Neo4j's folder,
     * replacing any store there. Check {@link #holdsData(Path)} first.
     *
     * @param folder      the embedded database's folder ({@code --db})
     * @param importerLog the importer's progress and report
     */
    public void importInto(Path folder, PrintStream importerLog) {
        OfflineImport.run(folder, importerInput(), importerLog);
    }

    /**
     * Starts the embedded database on an imported folder once, so that opening a Diplograph creates
     * the schema and the indexes are populated.
     *
     * @param folder the embedded database's folder
     * @return what the graph holds
     */
    public static GraphSummary openAndPrepare(Path folder) {
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(folder, 0); Diplograph graph = Diplograph.using(neo4j.driver())) {
            return graph.summary();
        }
    }

    /**
     * Whether an embedded database folder holds a graph with data (the first load only loads an empty
     * one). A folder with no store, or whose store holds no node, holds none.
     *
     * @param folder the embedded database's folder
     * @return whether it holds any node
     */
    public static boolean holdsData(Path folder) {
        Path store = folder.resolve("data/databases/neo4j");
        if (!Files.isDirectory(store)) {
            return false;
        }
        try (Stream<Path> files = Files.list(store)) {
            if (files.findAny().isEmpty()) {
                return false;
            }
        } catch (IOException e) {
            throw new DiplographException("Cannot look into " + store + ": " + e.getMessage(), e);
        }
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(folder, 0); var session = neo4j.driver().session()) {
            return session.run("MATCH (n) RETURN n LIMIT 1").hasNext();
        }
    }
}
