package org.diplograph.cypher.embedded;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.diplograph.DiplographException;
import org.diplograph.cypher.internal.Statements;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.commandline.admin.security.SetInitialPasswordCommand;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Who may log in to an embedded database: this JVM as {@value EmbeddedNeo4j#PROCESS_USER} with a secret
 * only it knows, and outside clients as {@value EmbeddedNeo4j#NEO4J_USER} with the password {@code serve}
 * sets, never with Neo4j's well-known default.
 */
final class Access {

    private static final Logger LOG = LoggerFactory.getLogger(Access.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Made once per JVM, so a driver keeps working when the database is restarted in the same JVM. */
    private static final class ProcessSecret {
        static final String VALUE = newSecret();
    }

    private Access() {
    }

    /** @return 32 random bytes as text, a password nobody can guess */
    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * @param folder the embedded database's folder
     * @return whether its system database (which holds the users) has never been created
     */
    static boolean isNewStore(Path folder) {
        return !Files.isDirectory(folder.resolve("data").resolve("databases").resolve(GraphDatabaseSettings.SYSTEM_DATABASE_NAME));
    }

    /**
     * Gives {@code neo4j} its password before the store's first start, as {@code neo4j-admin dbms
     * set-initial-password} does, so the store is never open with the default password, not even for a moment.
     */
    static void setInitialNeo4jPassword(Path folder, String password) {
        Path home = folder.toAbsolutePath();
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        var context = new ExecutionContext(home, home.resolve("conf"), quiet, quiet, new DefaultFileSystemAbstraction());
        CommandLine command = new CommandLine(new SetInitialPasswordCommand(context));
        command.setOut(new PrintWriter(quiet)).setErr(new PrintWriter(quiet));
        // "--" ends the options: a password may begin with "-" (a random one does once in 64 times).
        int code = command.execute("--", password);
        if (code != 0) {
            throw new DiplographException("Could not give the new embedded database in " + folder
                    + " its initial password (Neo4j's set-initial-password ended with code " + code + ").");
        }
    }

    /**
     * Deletes the initial password file once the store's first start has read it: it holds a hash of the password.
     */
    static void forgetInitialPassword(Path folder) {
        try {
            Files.deleteIfExists(folder.resolve("data").resolve("dbms").resolve("auth.ini"));
        } catch (IOException e) {
            LOG.debug("Could not delete the initial password file in {}", folder, e);
        }
    }

    /**
     * After start: replaces this JVM's user (with the per-JVM secret) and sees to {@code neo4j}'s password.
     *
     * @param service       the running database
     * @param neo4jPassword the password outside clients log in with, or null to leave it (unless it is the default)
     * @return the credentials this JVM logs in with
     */
    static AuthToken secure(DatabaseManagementService service, String neo4jPassword) {
        GraphDatabaseService system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        String replaceUser = Statements.load("security/replace-user");
        if (neo4jPassword != null) {
            system.executeTransactionally(replaceUser, Map.of("user", EmbeddedNeo4j.NEO4J_USER, "password", neo4jPassword));
        } else if (system.executeTransactionally(Statements.load("security/password-change-required"),
                Map.of("user", EmbeddedNeo4j.NEO4J_USER), result -> result.hasNext() && Boolean.TRUE.equals(result.next().get("passwordChangeRequired")))) {
            // First opened without authentication (or by another tool): neo4j's password is the well-known default.
            LOG.info("The user neo4j still had Neo4j's default password; it now has a random one (serve sets your own).");
            system.executeTransactionally(replaceUser, Map.of("user", EmbeddedNeo4j.NEO4J_USER, "password", newSecret()));
        }
        system.executeTransactionally(replaceUser, Map.of("user", EmbeddedNeo4j.PROCESS_USER, "password", ProcessSecret.VALUE));
        return AuthTokens.basic(EmbeddedNeo4j.PROCESS_USER, ProcessSecret.VALUE);
    }
}
