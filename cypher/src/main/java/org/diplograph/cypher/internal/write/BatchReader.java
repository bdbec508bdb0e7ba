package org.diplograph.cypher.internal.write;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.diplograph.DiplographException;
import org.diplograph.model.FactSet;

/**
 * Cuts a stream of FactSets into batches on its own thread, so that the next batch is read (JSON
 * parsed, validated) while the current one is written. A batch ends once it holds {@code batchFacts}
 * facts (a FactSet counts one more than its facts), so ingest and the first load cut alike. At most
 * three batches are in memory: one being written, one waiting, one being read. A read failure arrives,
 * from {@link #take()}, after the batches before it.
 */
public final class BatchReader implements Runnable {

    private static final Object END = new Object();

    private final Iterator<FactSet> facts;
    private final int batchFacts;
    private final BlockingQueue<Object> ready = new ArrayBlockingQueue<>(1);
    private final Thread thread;
    private volatile boolean stopped;

    private BatchReader(Iterator<FactSet> facts, int batchFacts, String threadName) {
        this.facts = facts;
        this.batchFacts = batchFacts;
        this.thread = new Thread(this, threadName);
        thread.setDaemon(true);
    }

    /**
     * @param facts      the FactSets, read one at a time on the reader's thread
     * @param batchFacts facts per batch
     * @param threadName the reader thread's name
     * @return the reader, already reading
     */
    public static BatchReader start(Iterator<FactSet> facts, int batchFacts, String threadName) {
        BatchReader reader = new BatchReader(facts, batchFacts, threadName);
        reader.thread.start();
        return reader;
    }

    @Override
    public void run() {
        try {
            List<FactSet> batch = new ArrayList<>();
            int count = 0;
            while (!stopped && facts.hasNext()) {
                FactSet next = facts.next();
                batch.add(next);
                count += next.factCount() + 1;
                if (count >= batchFacts) {
                    ready.put(batch);
                    batch = new ArrayList<>();
                    count = 0;
                }
            }
            if (!batch.isEmpty()) {
                ready.put(batch);
            }
            ready.put(END);
        } catch (InterruptedException e) {
            // stopped by the consumer
        } catch (RuntimeException | Error e) {
            try {
                ready.put(e);
            } catch (InterruptedException stoppedMeanwhile) {
                // the consumer has gone; nobody to tell
            }
        }
    }

    /** @return the next batch, or {@code null} at the end; rethrows what reading threw */
    @SuppressWarnings("unchecked")
    public List<FactSet> take() {
        Object next;
        try {
            next = ready.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiplographException("Interrupted while reading FactSets.", e);
        }
        if (next == END) {
            return null;
        }
        if (next instanceof RuntimeException e) {
            throw e;
        }
        if (next instanceof Error e) {
            throw e;
        }
        return (List<FactSet>) next;
    }

    /** Stops reading and waits for the thread, so that the caller may close the source of FactSets. */
    public void finish() {
        stopped = true;
        thread.interrupt();
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
