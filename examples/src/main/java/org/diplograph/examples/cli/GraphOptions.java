package org.diplograph.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.diplograph.InvalidInputException;
import org.diplograph.cypher.Diplograph;
import org.diplograph.cypher.DiplographConfig;
import org.diplograph.cypher.embedded.EmbeddedNeo4j;
import org.neo4j.driver.AuthTokens;
import picocli.CommandLine.Option;

/**
 * Where the graph is: the embedded database in {@code --db DIR} (the default), or a Neo4j server
 * named by {@code --uri}. Passwords never come from the command line: they come from the
 * environment ({@value #PASSWORD_VARIABLE}) or from {@code --password-file}.
 */
final class GraphOptions {

    /** The environment variable holding the server password. */
    static final String PASSWORD_VARIABLE = "DIPLOGRAPH_PASSWORD";

    @Option(names = "--db", paramLabel = "DIR",
            description = "Folder of the embedded database, created when missing (default: data/graph in the "
                    + "Diplograph folder; data/examples for the examples command).")
    Path db;

    @Option(names = "--uri", paramLabel = "URI",
            description = "A Neo4j server instead of the embedded database: bolt://, neo4j://, bolt+s:// or neo4j+s://.")
    String uri;

    @Option(names = "--user", paramLabel = "USER", defaultValue = "neo4j",
            description = "User for --uri (default: ${DEFAULT-VALUE}); the password comes from $" + PASSWORD_VARIABLE
                    + " or --password-file.")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "File whose first line is the password for --uri.")
    Path passwordFile;

    @Option(names = "--database", paramLabel = "NAME", description = "Database name on the server (default: the server's default).")
    String database;

    /** An open graph, and the embedded database behind it when there is one. */
    record Opened(Diplograph graph, EmbeddedNeo4j embedded) implements AutoCloseable {
        @Override
        public void close() {
            graph.close();
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    /**
     * @param defaultFolder the embedded folder when {@code --db} is not given
     * @return the open graph
     */
    Opened open(Path defaultFolder) {
        DiplographConfig config = DiplographConfig.builder().database(database).build();
        if (uri != null) {
            return new Opened(Diplograph.connect(uri, AuthTokens.basic(user, password()), config), null);
        }
        EmbeddedNeo4j embedded = EmbeddedNeo4j.start(db != null ? db : defaultFolder, 0);
        try {
            return new Opened(Diplograph.using(embedded, config), embedded);
        } catch (RuntimeException e) {
            embedded.close();
            throw e;
        }
    }

    private String password() {
        if (passwordFile != null) {
            return readPassword(passwordFile);
        }
        String password = System.getenv(PASSWORD_VARIABLE);
        if (password == null) {
            throw new InvalidInputException("--uri needs a password: set $" + PASSWORD_VARIABLE
                    + " or pass --password-file FILE (never on the command line).");
        }
        return password;
    }

    /**
     * @param file a password file
     * @return its first line, stripped
     * @throws InvalidInputException when it cannot be read
     */
    static String readPassword(Path file) {
        try {
            return Files.readAllLines(file).stream().findFirst().orElse("").strip();
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read the password file " + file + ": " + e.getMessage());
        }
    }

    /** The folder data lives in by default: {@code $DIPLOGRAPH_HOME/data} or {@code ./data}. */
    static Path dataFolder() {
        String home = System.getProperty("diplograph.home", System.getenv("DIPLOGRAPH_HOME"));
        return (home == null ? Path.of(".") : Path.of(home)).resolve("data");
    }
}
