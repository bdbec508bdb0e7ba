package org.diplograph.cypher.embedded;

import inet.ipaddr.IPAddressString;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.diplograph.DatabaseUnavailableException;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default: a Neo4j 5.26 running inside this JVM, keeping its data in a folder so an
 * analyst's graph survives between runs, reached like any server through Bolt on 127.0.0.1.
 * <pre>{@code
 * try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(Path.of("data/graph"), 0);
 *      Diplograph graph = Diplograph.using(neo4j.driver())) {
 *     GraphSummary summary = graph.summary();
 * }
 * }</pre>
 * It needs {@code org.neo4j:neo4j} on the class path (an optional dependency of diplograph-cypher).
 *
 * <p>Nobody else gets in. Bolt listens on 127.0.0.1 only, with authentication on: this JVM logs in as a
 * user of its own ({@value #PROCESS_USER}) whose password is a random secret made once per JVM and kept
 * only in its memory; the user is replaced at every start and left at close, its secret gone with the JVM
 * (so a client of this JVM that retries across a restart is never refused). The user {@code neo4j},
 * which outside clients use, is never given the well-known default password: a new store gets a random
 * one before its first start (Neo4j's own {@code set-initial-password}), a store first opened without
 * authentication has its default replaced by a random one, and otherwise it is left as it is, unless
 * {@link Builder#neo4jPassword(String)} sets it (as {@code serve} does). {@code LOAD CSV} reads no file
 * unless {@link Builder#csvImportFolder(Path)} allows a folder, and Cypher fetches no URL.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    /** The user this JVM logs in as; its password never leaves the JVM. */
    public static final String PROCESS_USER = "diplograph_process";

    /** The user outside clients of {@code serve} log in as, as with any Neo4j. */
    public static final String NEO4J_USER = "neo4j";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    private final Path folder;
    private final DatabaseManagementService service;
    private final String boltUri;
    private final AuthToken auth;
    private final Driver driver;

    private EmbeddedNeo4j(Path folder, DatabaseManagementService service, String boltUri, AuthToken auth) {
        this.folder = folder;
        this.service = service;
        this.boltUri = boltUri;
        this.auth = auth;
        this.driver = driver(Config.builder().withLogging(org.neo4j.driver.Logging.slf4j()).build());
    }

    /**
     * Starts Neo4j on a folder (created if missing) with the defaults: page cache from
     * {@code DIPLOGRAPH_PAGECACHE} or 512 MiB, no {@code LOAD CSV} from files.
     *
     * @param folder   where the data lives
     * @param boltPort the Bolt port on 127.0.0.1, or 0 for any free port
     * @return the running database; close it to stop Neo4j cleanly
     * @throws DatabaseUnavailableException when the folder is in use by another process or Neo4j cannot start
     */
    public static EmbeddedNeo4j start(Path folder, int boltPort) {
        return builder(folder).boltPort(boltPort).start();
    }

    /**
     * @param folder where the data lives (created if missing)
     * @return a builder for an embedded database on that folder
     */
    public static Builder builder(Path folder) {
        return new Builder(folder);
    }

    /** How to start an embedded database; {@link #start()} starts it. */
    public static final class Builder {
        private final Path folder;
        private int boltPort;
        private long pageCache = pageCacheSetting();
        private Path csvImportFolder;
        private boolean authentication = true;
        private String neo4jPassword;

        private Builder(Path folder) {
            this.folder = folder;
        }

        /**
         * @param port the Bolt port on 127.0.0.1, or 0 (the default) for any free port
         * @return this builder
         */
        public Builder boltPort(int port) {
            this.boltPort = port;
            return this;
        }

        /**
         * @param bytes the page cache size
         * @return this builder
         */
        public Builder pageCache(long bytes) {
            this.pageCache = bytes;
            return this;
        }

        /**
         * Lets {@code LOAD CSV} read {@code file:///} URLs below a folder (for benchmarks that compare loaders);
         * without it no file can be read through Cypher.
         *
         * @param csvFolder the folder file URLs are resolved against
         * @return this builder
         */
        public Builder csvImportFolder(Path csvFolder) {
            this.csvImportFolder = csvFolder;
            return this;
        }

        /**
         * Lets outside clients log in as {@value EmbeddedNeo4j#NEO4J_USER} with this password (for {@code serve}):
         * the user is given it at start, replacing whatever it had.
         *
         * @param password at least 8 characters
         * @return this builder
         */
        public Builder neo4jPassword(String password) {
            this.neo4jPassword = password;
            return this;
        }

        /**
         * Turns authentication off: anyone who can reach the Bolt port reads and writes the graph
         * ({@code serve --no-auth}). Without this call authentication is on.
         *
         * @return this builder
         */
        public Builder withoutAuthentication() {
            this.authentication = false;
            return this;
        }

        /**
         * @return the running database; close it to stop Neo4j cleanly
         * @throws DatabaseUnavailableException when the folder is in use by another process or Neo4j cannot start
         */
        public EmbeddedNeo4j start() {
            long started = System.nanoTime();
            DatabaseManagementService service;
            try {
                Files.createDirectories(folder);
                if (authentication && Access.isNewStore(folder)) {
                    Access.setInitialNeo4jPassword(folder, neo4jPassword != null ? neo4jPassword : Access.newSecret());
                }
                DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(folder.toAbsolutePath())
                        .setConfig(GraphDatabaseSettings.auth_enabled, authentication)
                        .setConfig(GraphDatabaseSettings.allow_file_urls, csvImportFolder != null)
                        // No URL for LOAD CSV (or any procedure that fetches one): every IPv4 and IPv6 address is blocked.
                        .setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist,
                                List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")))
                        .setConfig(BoltConnector.enabled, true)
                        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                        .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                        .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                        .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
                        .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
                        .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ZERO);
                if (csvImportFolder != null) {
                    builder.setConfig(GraphDatabaseSettings.load_csv_file_url_root, csvImportFolder.toAbsolutePath());
                }
                service = builder.build();
            } catch (Exception e) {
                throw new DatabaseUnavailableException("The embedded Neo4j could not start in " + folder + ": "
                        + rootMessage(e) + " Is another Diplograph (for example `serve`) using this folder? "
                        + "Stop it, choose another --db, or connect to it with --uri.", e);
            }
            try {
                GraphDatabaseAPI db = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
                var address = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                        .getLocalAddress(ConnectorType.BOLT);
                String uri = "bolt://127.0.0.1:" + address.getPort();
                AuthToken auth = authentication ? Access.secure(service, neo4jPassword) : AuthTokens.none();
                Access.forgetInitialPassword(folder);
                LOG.debug("Embedded Neo4j in {} listening on {} after {} ms", folder, uri, (System.nanoTime() - started) / 1_000_000);
                return new EmbeddedNeo4j(folder, service, uri, auth);
            } catch (RuntimeException e) {
                service.shutdown();
                throw new DatabaseUnavailableException("The embedded Neo4j in " + folder + " started but is not usable: "
                        + rootMessage(e), e);
            }
        }
    }

    /** @return a driver connected to this database (closed with it) */
    public Driver driver() {
        return driver;
    }

    /**
     * A new driver to this database, logged in as this JVM, with the caller's settings (retry and
     * connection timeouts); it keeps working when this database is stopped and another one started on
     * the same folder and port in this JVM.
     *
     * @param config the driver's configuration
     * @return the driver; the caller closes it
     */
    public Driver driver(Config config) {
        return GraphDatabase.driver(boltUri, auth, config);
    }

    /** @return a new random password (32 random bytes as text), for {@link Builder#neo4jPassword(String)} */
    public static String newPassword() {
        return Access.newSecret();
    }

    /** @return the Bolt URI other clients can use while this runs */
    public String boltUri() {
        return boltUri;
    }

    /** @return the data folder */
    public Path folder() {
        return folder;
    }

    /** Closes the driver and shuts Neo4j down. */
    @Override
    public void close() {
        driver.close();
        service.shutdown();
    }

    /** The page cache: {@code DIPLOGRAPH_PAGECACHE} (like {@code 2g}, {@code 512m}) or 512 MiB. */
    private static long pageCacheSetting() {
        String setting = System.getenv("DIPLOGRAPH_PAGECACHE");
        if (setting == null || setting.isBlank()) {
            return 512L * 1024 * 1024;
        }
        String s = setting.strip().toLowerCase(java.util.Locale.ROOT);
        long unit = s.endsWith("g") ? 1L << 30 : s.endsWith("m") ? 1L << 20 : s.endsWith("k") ? 1L << 10 : 1;
        return Long.parseLong(unit == 1 ? s : s.substring(0, s.length() - 1)) * unit;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
