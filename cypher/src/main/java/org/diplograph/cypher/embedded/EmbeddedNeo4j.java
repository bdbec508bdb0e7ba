package org.diplograph.cypher.embedded;

import inet.ipaddr.IPAddressString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.diplograph.DatabaseUnavailableException;
import org.diplograph.cypher.plugin.BrokersProcedure;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.kernel.api.exceptions.ProcedureException;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.server.configuration.ServerSettings;
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

    /** The name of the one database an embedded Neo4j holds (Neo4j's default). */
    public static final String DEFAULT_DATABASE = GraphDatabaseSettings.DEFAULT_DATABASE_NAME;

    /** The user outside clients of {@code serve} log in as, as with any Neo4j. */
    public static final String NEO4J_USER = "neo4j";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedNeo4j.class);
    private static final String BROWSER_STYLE = "/org/diplograph/cypher/browser/diplograph-style.json";
    /**
     * Sent with the Browser's pages: Neo4j's own policy without its font, analytics and guide hosts, so chromium or
     * any other browser loads and connects to nothing but this machine. Neo4j Browser 5.24 still asks for Google's
     * fonts, Segment's analytics script and Canny's feedback widget even with telemetry off; this refuses them
     * (Neo4jBrowserIT records every request the page makes).
     */
    private static final String BROWSER_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; font-src 'self' data:; base-uri 'none'; object-src 'none'; frame-ancestors 'none'; "
            + "connect-src 'self' ws://127.0.0.1:* ws://localhost:* http://127.0.0.1:* http://localhost:*";

    private final Path folder;
    private final DatabaseManagementService service;
    private final String boltUri;
    private final String httpUri;
    private final AuthToken auth;
    private final Driver driver;

    private EmbeddedNeo4j(Path folder, DatabaseManagementService service, String boltUri, String httpUri, AuthToken auth) {
        this.folder = folder;
        this.service = service;
        this.boltUri = boltUri;
        this.httpUri = httpUri;
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
        private Integer httpPort;

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
         * Opens Neo4j's HTTP connector on 127.0.0.1 too, behind the same authentication as Bolt: its HTTP API and,
         * when {@code org.neo4j.client:neo4j-browser} is on the class path, Neo4j Browser at {@code /browser/},
         * styled for Diplograph's graph (see {@link #browserStyle()}). Nothing calls home: usage reports and the
         * Browser's telemetry are off, remote guides are allowed from localhost only, and the content security policy
         * sent with the Browser's pages keeps it from loading anything from elsewhere. Without this call there is no
         * HTTP connector.
         *
         * @param port the HTTP port, or 0 for any free port
         * @return this builder
         */
        public Builder httpPort(int port) {
            this.httpPort = port;
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
                        // neo4j:// clients (and Neo4j Browser's first guess) are sent to the address Bolt listens on,
                        // not to "localhost" (which may be ::1) or the default port
                        .setConfig(GraphDatabaseSettings.default_advertised_address, new SocketAddress("127.0.0.1"))
                        .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                        .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                        .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
                        .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
                        .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ZERO)
                        .setConfig(GraphDatabaseSettings.udc_enabled, false)   // no usage report leaves the machine
                        .setConfig(HttpConnector.enabled, httpPort != null);
                if (boltPort != 0) {
                    // and its port (a free one, 0, is known only after the start: routing needs a fixed port)
                    builder.setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", boltPort));
                }
                if (httpPort != null) {
                    builder.setConfig(HttpConnector.listen_address, new SocketAddress("127.0.0.1", httpPort))
                            .setConfig(ServerSettings.allow_telemetry, false)
                            .setConfig(ServerSettings.browser_remote_content_hostname_whitelist, "localhost")
                            .setConfig(ServerSettings.http_static_content_security_policy, BROWSER_CONTENT_SECURITY_POLICY)
                            .setConfig(ServerSettings.browser_post_connect_cmd, "style " + browserStyle());
                }
                if (csvImportFolder != null) {
                    builder.setConfig(GraphDatabaseSettings.load_csv_file_url_root, csvImportFolder.toAbsolutePath());
                }
                service = builder.build();
            } catch (Exception e) {
                String reason = rootMessage(e);
                if (reason.contains("already in use")) {
                    // a port taken (by another serve, or Neo4j Desktop on 7687/7474), not the folder
                    throw new DatabaseUnavailableException("The embedded Neo4j could not start in " + folder + ": " + reason
                            + " Another program listens on that port: stop it, or choose another port (serve --port for Bolt, "
                            + "--http-port for Neo4j Browser).", e);
                }
                throw new DatabaseUnavailableException("The embedded Neo4j could not start in " + folder + ": "
                        + reason + " Is another Diplograph (for example `serve`) using this folder? "
                        + "Stop it, choose another --db, or connect to it with --uri.", e);
            }
            try {
                GraphDatabaseAPI db = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
                registerPlugin(db);
                var address = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                        .getLocalAddress(ConnectorType.BOLT);
                String uri = "bolt://127.0.0.1:" + address.getPort();
                String http = httpPort == null ? null : "http://127.0.0.1:" + db.getDependencyResolver()
                        .resolveDependency(ConnectorPortRegister.class).getLocalAddress(ConnectorType.HTTP).getPort();
                AuthToken auth = authentication ? Access.secure(service, neo4jPassword) : AuthTokens.none();
                Access.forgetInitialPassword(folder);
                LOG.debug("Embedded Neo4j in {} listening on {} after {} ms", folder, uri, (System.nanoTime() - started) / 1_000_000);
                return new EmbeddedNeo4j(folder, service, uri, http, auth);
            } catch (RuntimeException e) {
                service.shutdown();
                throw new DatabaseUnavailableException("The embedded Neo4j in " + folder + " started but is not usable: "
                        + rootMessage(e), e);
            }
        }
    }

    /** Bolt clients (serve's) get {@code brokers} by the walk too, as from a server with the plugin jar. */
    private static void registerPlugin(GraphDatabaseAPI db) {
        try {
            db.getDependencyResolver().resolveDependency(GlobalProcedures.class).registerProcedure(BrokersProcedure.class);
        } catch (ProcedureException e) {
            throw new IllegalStateException("Diplograph's own procedure was refused: " + e.getMessage(), e);
        }
    }

    /**
     * The database itself, for code of this JVM that runs its own statements in process (the writer's
     * batches: {@code Diplograph.using(EmbeddedNeo4j, …)}); it is not reachable from outside the JVM, and
     * anything an analyst types goes through {@link #driver()}, logged in.
     *
     * @return the default database
     */
    public GraphDatabaseService database() {
        return service.database(DEFAULT_DATABASE);
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

    /**
     * @return Neo4j Browser's address while this runs ({@code http://127.0.0.1:PORT/browser/}), when
     *     {@link Builder#httpPort(int)} opened the HTTP connector
     */
    public Optional<String> browserUri() {
        return Optional.ofNullable(httpUri).map(uri -> uri + "/browser/");
    }

    /**
     * The Neo4j Browser style for Diplograph's graph (a GRASS style sheet as JSON): every actor captioned with its
     * {@code name}, officials, ministries, alliances and countries in the colours of the exported HTML page, meetings
     * labelled with their date. {@code serve} applies it whenever the Browser connects; paste {@code :style} and
     * this text into a Browser connected elsewhere.
     *
     * @return the style
     */
    public static String browserStyle() {
        try (var in = EmbeddedNeo4j.class.getResourceAsStream(BROWSER_STYLE)) {
            if (in == null) {
                throw new IllegalStateException("The Neo4j Browser style " + BROWSER_STYLE + " is missing from the classpath.");
            }
            // One line: Neo4j Browser runs the post-connect command as typed.
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("\\s*\\R\\s*", " ").strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + BROWSER_STYLE, e);
        }
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
