package org.diplograph.cypher;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.diplograph.DatabaseUnavailableException;
import org.diplograph.DiplographException;
import org.diplograph.cypher.internal.Sessions;
import org.diplograph.cypher.internal.decide.DecisionApplier;
import org.diplograph.cypher.internal.decide.DecisionStore;
import org.diplograph.cypher.internal.write.BatchReader;
import org.diplograph.cypher.internal.write.BatchWrite;
import org.diplograph.cypher.internal.write.DecisionRules;
import org.diplograph.cypher.internal.write.KnownActors;
import org.diplograph.cypher.internal.write.TransactionGraph;
import org.diplograph.cypher.internal.write.TransactionRunner;
import org.diplograph.model.ActorId;
import org.diplograph.model.ActorKind;
import org.diplograph.model.FactSet;
import org.diplograph.names.AliasResolver.Known;
import org.diplograph.names.Decision;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes FactSets into the graph with idempotent, batched {@code UNWIND … MERGE} statements.
 *
 * <p>Guarantees: writing the same FactSet twice changes nothing; a FactSet is written all-or-nothing
 * (it never spans two transactions); two sources reporting one meeting give one {@code MET_WITH}
 * edge listing both; an actor with a new id whose folded name matches a known actor of the same
 * kind and country is that actor (see {@link org.diplograph.names.AliasResolver}). Bulk input
 * streams: at most {@link DiplographConfig#batchFacts()} facts are held at a time.
 * <pre>{@code
 * try (Diplograph graph = Diplograph.using(driver);
 *      FactSetReader facts = FactSetJson.open(Path.of("corpus.jsonl"))) {
 *     WriteSummary summary = graph.writer().writeAll(facts, progress -> {});
 * }
 * }</pre>
 */
public final class GraphWriter {

    private static final Logger LOG = LoggerFactory.getLogger(GraphWriter.class);
    /** Two writers creating the same new actor at once: the loser's MERGE fails the constraint; it tries again. */
    private static final int CONSTRAINT_RETRIES = 5;

    private final Driver driver;
    private final DiplographConfig config;
    private final Sessions sessions;
    /** Where batches are written: through the driver, or in process for the embedded database. */
    private final TransactionRunner writes;
    /** Whether the driver retries for {@code config.maxRetryTime()} (Diplograph made it), for the message when it gives up. */
    private final boolean retriesForConfiguredTime;

    GraphWriter(Driver driver, DiplographConfig config, Sessions sessions, TransactionRunner writes, boolean retriesForConfiguredTime) {
        this.driver = driver;
        this.config = config;
        this.sessions = sessions;
        this.writes = writes;
        this.retriesForConfiguredTime = retriesForConfiguredTime;
    }

    /**
     * Writes one FactSet in one transaction.
     *
     * @param facts the FactSet
     * @return what was written
     * @throws org.diplograph.InvalidInputException when the FactSet contradicts the graph (an id of another kind)
     * @throws DatabaseUnavailableException when the database cannot be reached
     */
    public WriteSummary write(FactSet facts) {
        return WriteSummary.NONE.plus(writeBatch(List.of(facts), new KnownActors(), decisions(), WriteSummary.NONE, 0, null));
    }

    /**
     * Applies analysts' decisions (read from a decisions file with {@code DecisionsJson.read}) to the graph,
     * and keeps them there, so that this and every later write honours them: two actors decided the same
     * become one, with all their edges; an actor merged from an id decided different is split, the id
     * taking back exactly the sources that declared it, their sentences and spellings, and its share of
     * every edge. A decision about ids the graph does not hold yet is kept for when they arrive. Applying
     * the same decisions again changes nothing.
     *
     * @param decisions the decisions, applied in order, in one transaction
     * @return what changed
     * @throws org.diplograph.InvalidInputException when a decision is about actors of two kinds
     */
    public DecisionsApplied apply(List<Decision> decisions) {
        if (decisions.isEmpty()) {
            return new DecisionsApplied(0, 0, 0);
        }
        try (var s = driver.session(sessions.write())) {
            DecisionApplier.Applied applied = s.executeWrite(tx -> DecisionApplier.apply(tx, decisions));
            return new DecisionsApplied(applied.kept(), applied.merged(), applied.split());
        }
    }

    /**
     * Writes many FactSets in batches of about {@link DiplographConfig#batchFacts()} facts.
     *
     * @param facts the FactSets
     * @return what was written
     */
    public WriteSummary writeAll(Iterable<FactSet> facts) {
        return writeAll(facts.iterator(), summary -> {
        });
    }

    /**
     * Writes a stream of FactSets in batches; batches already written stay written if a later
     * FactSet fails to read or write (each FactSet is still all-or-nothing).
     *
     * @param facts          the FactSets, read one at a time
     * @param afterEachBatch told the running total after each committed batch (for progress bars)
     * @return what was written
     */
    public WriteSummary writeAll(Iterator<FactSet> facts, Consumer<WriteSummary> afterEachBatch) {
        return writeAll(facts, new BatchListener() {
            @Override
            public void batchStarting(int number, int factSets) {
            }

            @Override
            public void batchCommitted(int number, WriteSummary total) {
                afterEachBatch.accept(total);
            }
        });
    }

    /**
     * Hears about a bulk write batch by batch: each batch is one transaction, so a batch that started and
     * did not commit left nothing behind.
     */
    public interface BatchListener {

        /**
         * @param number   the batch's number, from 1
         * @param factSets how many FactSets it holds
         */
        void batchStarting(int number, int factSets);

        /**
         * @param number the batch's number, from 1
         * @param total  what this write has written so far
         */
        void batchCommitted(int number, WriteSummary total);
    }

    /**
     * Writes a stream of FactSets in batches, telling a listener when each batch starts and commits.
     *
     * @param facts    the FactSets, read one at a time
     * @param listener told about each batch
     * @return what was written
     */
    public WriteSummary writeAll(Iterator<FactSet> facts, BatchListener listener) {
        // The next batch is read (JSON parsed, validated) on another thread while this one is being
        // written, so the database never waits for the parser. At most three batches are in memory:
        // one being written, one waiting, one being read.
        BatchReader reader = BatchReader.start(facts, config.batchFacts(), "diplograph-batch-reader");
        // Actors already seen are not looked up again by later batches of this call.
        KnownActors known = new KnownActors();
        DecisionRules decisions = decisions();
        try {
            WriteSummary total = WriteSummary.NONE;
            int batches = 0;
            String lastWritten = null;
            for (List<FactSet> batch = reader.take(); batch != null; batch = reader.take()) {
                listener.batchStarting(batches + 1, batch.size());
                total = total.plus(writeBatch(batch, known, decisions, total, batches, lastWritten));
                batches++;
                lastWritten = batch.get(batch.size() - 1).source().id();
                listener.batchCommitted(batches, total);
            }
            return total;
        } finally {
            reader.finish();
        }
    }

    /**
     * @param known       actors earlier batches of this call saw committed; this batch's are added once it commits
     * @param before      what earlier batches of this call wrote (for the message when this one cannot be)
     * @param batches     how many batches that was
     * @param lastWritten the source of the last FactSet written before, or {@code null}
     */
    private BatchWrite.Result writeBatch(List<FactSet> batch, KnownActors known, DecisionRules decisions, WriteSummary before,
                                         int batches, String lastWritten) {
        boolean staleBefore = false;
        for (int attempt = 1; ; attempt++) {
            try {
                BatchWrite.Result written = writes.inWriteTransaction(tx -> BatchWrite.run(tx, batch, known, decisions));
                known.remember(written.actorsAfter().get());
                return written;
            } catch (KnownActors.StaleActors e) {
                // Another client deleted an actor during this load: look every actor up again, once.
                if (staleBefore) {
                    throw new DiplographException("An actor of the batch starting with source " + batch.get(0).source().id()
                            + " disappeared from the graph while it was being written (" + e.getMessage()
                            + " Is another client deleting actors?) The batch was not written.", e);
                }
                staleBefore = true;
                known.forget();
                LOG.info("{} Looking the batch's actors up again.", e.getMessage());
            } catch (ClientException e) {
                if (!"Neo.ClientError.Schema.ConstraintValidationFailed".equals(e.code()) || attempt > CONSTRAINT_RETRIES) {
                    throw new DiplographException("Neo4j refused a batch starting with source "
                            + batch.get(0).source().id() + ": " + e.getMessage(), e);
                }
                LOG.debug("Concurrent write of the same actor; retrying batch (attempt {})", attempt);
                TransactionRunner.pauseBeforeRetry(50L * attempt);
            } catch (ServiceUnavailableException | SessionExpiredException e) {
                // The driver has already retried this for its retry time: the database is gone, not busy.
                String written = before.factSets() == 0 ? "Nothing was written before it."
                        : "Written before it, and kept: " + before.factSets() + " FactSets in " + batches
                        + (batches == 1 ? " batch" : " batches") + ", up to source " + lastWritten + ".";
                throw new DatabaseUnavailableException("Neo4j did not answer while writing the batch of " + batch.size()
                        + " FactSets starting with source " + batch.get(0).source().id() + ", even after retrying"
                        + (retriesForConfiguredTime ? " for " + config.maxRetryTime().toSeconds() + " s" : " for as long as the driver allows")
                        + ": that batch and everything after it was not written. "
                        + written + " (" + firstLine(e.getMessage()) + ") Check that the database is running and reachable,"
                        + " then run the same ingest again: what was written will not be duplicated.", e);
            } catch (Neo4jException e) {
                throw new DiplographException("Neo4j failed on the batch starting with source "
                        + batch.get(0).source().id() + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Checks, before anything of an input is written, that the graph holds none of its ids as another kind of
     * actor (one id names one kind: an official's id cannot name a ministry), so that such an input is refused
     * whole rather than found out half-way through a bulk load.
     *
     * @param declared every id the input declares, with its kind
     * @param input    the input, for the message (a file name)
     * @throws org.diplograph.InvalidInputException naming the first id the graph holds as another kind
     */
    public void checkKinds(Map<ActorId, ActorKind> declared, String input) {
        List<String> ids = declared.keySet().stream().map(ActorId::value).toList();
        try (var s = driver.session(sessions.read())) {
            for (int from = 0; from < ids.size(); from += config.batchFacts()) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + config.batchFacts()));
                for (Known known : s.executeRead(tx -> new TransactionGraph(tx).actorsWithIds(chunk))) {
                    ActorKind kind = declared.get(known.id());
                    if (kind != known.kind()) {
                        throw new org.diplograph.InvalidInputException(input, null, null, "\"" + known.id() + "\" is "
                                + known.kind().withArticle() + " in the graph, but the input declares it " + kind.withArticle()
                                + "; one id names one kind of actor.", null);
                    }
                }
            }
        }
    }

    /** The decisions the graph keeps, read once per write (they are few). */
    private DecisionRules decisions() {
        try (var s = driver.session(sessions.read())) {
            return s.executeRead(DecisionStore::load);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "no reason given" : message.lines().findFirst().orElse(message).strip();
    }
}
