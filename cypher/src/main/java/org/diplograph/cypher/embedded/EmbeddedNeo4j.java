package org.diplograph.cypher.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.diplograph.DatabaseUnavailableException;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
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
 * Authentication is off: Bolt listens on the loopback address only.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    private final Path folder;
    private final DatabaseManagementService service;
    private final String boltUri;
    private final Driver driver;

    private EmbeddedNeo4j(Path folder, DatabaseManagementService service, String boltUri) {
        this.folder = folder;
        this.service = service;
        this.boltUri = boltUri;
        this.driver = GraphDatabase.driver(boltUri, AuthTokens.none(),
                Config.builder().withLogging(org.neo4j.driver.Logging.slf4j()).build());
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
         * @return the running database; close it to stop Neo4j cleanly
         * @throws DatabaseUnavailableException when the folder is in use by another process or Neo4j cannot start
         */
        public EmbeddedNeo4j start() {
            long started = System.nanoTime();
            DatabaseManagementService service;
            try {
                Files.createDirectories(folder);
                DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(folder.toAbsolutePath())
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
                LOG.debug("Embedded Neo4j in {} listening on {} after {} ms", folder, uri, (System.nanoTime() - started) / 1_000_000);
                return new EmbeddedNeo4j(folder, service, uri);
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
