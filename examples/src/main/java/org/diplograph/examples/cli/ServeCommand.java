package org.diplograph.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.diplograph.cypher.Diplograph;
import org.diplograph.cypher.embedded.EmbeddedNeo4j;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code diplograph serve}: keeps the embedded database open with Bolt on 127.0.0.1 for any Neo4j
 * client (cypher-shell, Neo4j Desktop or Browser, drivers in other languages) until Ctrl-C.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Keep the embedded database open on a local Bolt port for other Neo4j clients, until Ctrl-C. "
                + "No authentication: it listens on 127.0.0.1 only.",
        footer = {"", "Examples:", "  ./diplograph serve --db data/examples",
                "  cypher-shell -a bolt://127.0.0.1:7687 \"MATCH (o:Official) RETURN o.name LIMIT 5\""})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR", description = "Folder of the embedded database (default: data/graph).")
    Path db;

    @Option(names = "--port", defaultValue = "7687", description = "Bolt port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    /** Counted down when the server should stop: by Ctrl-C (the shutdown hook) or by interrupting the thread. */
    private final CountDownLatch stop = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = db != null ? db : GraphOptions.dataFolder().resolve("graph");
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "diplograph-serve-shutdown");
        boolean interrupted = false;
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(folder, port)) {
            Diplograph.using(neo4j.driver()).close(); // applies the schema, so clients see the indexes
            Runtime.getRuntime().addShutdownHook(hook);
            out.printf("Serving %s on %s (no authentication, 127.0.0.1 only). Press Ctrl-C to stop.%n", folder, neo4j.boltUri());
            out.flush();
            try {
                stop.await();
            } catch (InterruptedException e) {
                interrupted = true; // restored after Neo4j has shut down: an interrupted thread cannot close it cleanly
            }
        } finally {
            stopped.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The JVM is already stopping: the hook is running and waits for the close above.
            }
        }
        out.println("Stopped.");
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
