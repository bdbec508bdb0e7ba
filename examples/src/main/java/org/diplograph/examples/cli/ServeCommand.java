package org.diplograph.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.diplograph.InvalidInputException;
import org.diplograph.cypher.Diplograph;
import org.diplograph.cypher.embedded.EmbeddedNeo4j;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code diplograph serve}: keeps the embedded database open with Bolt on 127.0.0.1 for any Neo4j
 * client (cypher-shell, Neo4j Desktop, drivers in other languages), and Neo4j Browser over HTTP on
 * 127.0.0.1, until Ctrl-C. Clients log
 * in as {@code neo4j}; the password comes from {@code --password-file} or {@value GraphOptions#PASSWORD_VARIABLE},
 * or is made on first start and kept in {@value #PASSWORD_FILE} in the database folder, readable by its owner only.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Keep the embedded database open on a local Bolt port for other Neo4j clients, and serve Neo4j Browser, "
                + "until Ctrl-C. "
                + "It listens on 127.0.0.1 only; clients log in as neo4j with the password from --password-file or $"
                + GraphOptions.PASSWORD_VARIABLE + ", or else the one made on first start and kept in DIR/" + ServeCommand.PASSWORD_FILE
                + " (readable by you only).",
        footer = {"", "Examples:", "  ./diplograph serve --db data/examples        then open the Neo4j Browser address it prints",
                "  cypher-shell -a bolt://127.0.0.1:7687 -u neo4j -p \"$(cat data/examples/" + ServeCommand.PASSWORD_FILE
                        + ")\" \"MATCH (o:Official) RETURN o.name LIMIT 5\""})
final class ServeCommand implements Callable<Integer> {

    /** The file in the database folder holding the password made on first start. */
    static final String PASSWORD_FILE = "neo4j-password";

    private static final int MINIMUM_PASSWORD_LENGTH = 8;   // Neo4j's dbms.security.auth_minimum_password_length

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR", description = "Folder of the embedded database (default: data/graph).")
    Path db;

    @Option(names = "--port", defaultValue = "7687", description = "Bolt port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Option(names = "--http-port", defaultValue = "7474",
            description = "HTTP port on 127.0.0.1 for Neo4j Browser (at /browser/) and Neo4j's HTTP API (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int httpPort;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "File whose first line is the password clients log in with as neo4j (else $" + GraphOptions.PASSWORD_VARIABLE
                    + ", else DIR/" + PASSWORD_FILE + ").")
    Path passwordFile;

    @Option(names = "--no-auth", description = "No authentication: anyone on this machine, and any web page open in your "
            + "browser, can read and change the graph while it runs.")
    boolean noAuth;

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
        EmbeddedNeo4j.Builder builder = EmbeddedNeo4j.builder(folder).boltPort(port).httpPort(httpPort);
        String login;
        if (noAuth) {
            builder.withoutAuthentication();
            login = "No authentication (--no-auth).";
            PrintWriter err = spec.commandLine().getErr();
            err.println("diplograph: warning: --no-auth: anyone on this machine, and any web page open in your browser, "
                    + "can read and change the graph while serve runs.");
            err.flush();
        } else {
            Password password = password(folder);
            builder.neo4jPassword(password.value());
            login = "Log in as " + EmbeddedNeo4j.NEO4J_USER + " with the password " + password.from() + ".";
        }
        try (EmbeddedNeo4j neo4j = builder.start()) {
            Diplograph.using(neo4j.driver()).close(); // applies the schema, so clients see the indexes
            Runtime.getRuntime().addShutdownHook(hook);
            out.printf("Serving %s on %s (127.0.0.1 only).%n", folder, neo4j.boltUri());
            out.println(login);
            // ?dbms= fills in the Browser's form with this Bolt address: under --port 0 the server cannot
            // advertise the port it got
            neo4j.browserUri().ifPresent(browser -> out.printf("Neo4j Browser: open %s?dbms=%s and connect %s.%n", browser,
                    neo4j.boltUri(), noAuth ? "with no authentication" : "as " + EmbeddedNeo4j.NEO4J_USER + " with that password"));
            out.println("Press Ctrl-C to stop.");
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

    /** A password and where it came from, for the startup lines (never the password itself). */
    record Password(String value, String from) {
    }

    /** From --password-file, else $DIPLOGRAPH_PASSWORD, else the database folder's own file, made on first start. */
    private Password password(Path folder) {
        Password password;
        if (passwordFile != null) {
            password = new Password(GraphOptions.readPassword(passwordFile), "in " + passwordFile);
        } else if (System.getenv(GraphOptions.PASSWORD_VARIABLE) != null) {
            password = new Password(System.getenv(GraphOptions.PASSWORD_VARIABLE), "in $" + GraphOptions.PASSWORD_VARIABLE);
        } else {
            Path file = folder.resolve(PASSWORD_FILE);
            password = new Password(ownPassword(file), "in " + file + " (readable by you only)");
        }
        if (password.value().length() < MINIMUM_PASSWORD_LENGTH) {
            throw new InvalidInputException("The password " + password.from() + " is too short: Neo4j needs at least "
                    + MINIMUM_PASSWORD_LENGTH + " characters.");
        }
        return password;
    }

    /** Reads the folder's password file, or makes it with a new random password, readable and writable by its owner only. */
    private static String ownPassword(Path file) {
        try {
            Files.createDirectories(file.getParent());
            boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
            Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
            try {
                if (posix) {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(ownerOnly));   // never readable by others, not even for a moment
                } else {
                    Files.createFile(file);
                }
                Files.writeString(file, EmbeddedNeo4j.newPassword() + "\n");
            } catch (FileAlreadyExistsException made) {
                if (posix) {
                    Files.setPosixFilePermissions(file, ownerOnly);
                }
            }
            return GraphOptions.readPassword(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make or read the password file " + file + ": " + e.getMessage(), e);
        }
    }
}
