package org.diplograph.cypher;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.diplograph.DatabaseUnavailableException;
import org.diplograph.cypher.embedded.EmbeddedNeo4j;
import org.diplograph.cypher.internal.ReadOnlyCypher;
import org.diplograph.cypher.internal.ReadRunner;
import org.diplograph.cypher.internal.Schema;
import org.diplograph.cypher.internal.Sessions;
import org.diplograph.cypher.internal.Statements;
import org.diplograph.cypher.internal.write.InProcessTransactions;
import org.diplograph.cypher.internal.write.TransactionRunner;
import org.diplograph.explorer.Explorer;
import org.diplograph.explorer.GraphSummary;
import org.diplograph.explorer.Rows;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * A Diplograph graph in a Neo4j database: the entry point for writing FactSets and asking questions.
 *
 * <p>Opening one checks that the database answers and applies the schema (idempotently).
 * <pre>{@code
 * try (Diplograph graph = Diplograph.connect("neo4j://localhost:7687", AuthTokens.basic("neo4j", password))) {
 *     graph.writer().write(FactSetJson.parse(json, "baku.json"));
 *     GraphSummary summary = graph.summary();
 * }
 * }</pre>
 */
public final class Diplograph implements AutoCloseable {

    /** How long opening a graph waits for the database before giving up with a clear message. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);

    private final Driver driver;
    private final boolean ownsDriver;
    private final DiplographConfig config;
    private final Sessions sessions;
    /** Where the writer's batches run: the driver's write sessions, or the embedded database in process. */
    private final TransactionRunner writes;
    /** Where the Explorer's questions and the exports run: the driver's read sessions, or in process. */
    private final ReadRunner reads;

    private Diplograph(Driver driver, boolean ownsDriver, DiplographConfig config, GraphDatabaseService inProcess) {
        this.driver = driver;
        this.ownsDriver = ownsDriver;
        this.config = config;
        this.sessions = new Sessions(config.database(), config.startAfter());
        if (inProcess == null) {
            this.writes = TransactionRunner.bolt(driver, sessions.write());
            this.reads = ReadRunner.bolt(driver, sessions.read());
        } else {
            InProcessTransactions transactions = new InProcessTransactions(inProcess, config.maxRetryTime());
            this.writes = transactions;
            this.reads = transactions;
        }
        prepare();
    }

    /**
     * Connects to a server or cluster ({@code bolt://}, {@code neo4j://}, {@code neo4j+s://}, {@code bolt+s://}).
     *
     * @param uri    the URI
     * @param auth   credentials, e.g. {@code AuthTokens.basic(user, password)}
     * @param config the configuration
     * @return the graph; close it to close the connection
     * @throws DatabaseUnavailableException when the server does not answer within {@link #CONNECT_TIMEOUT}
     *     or refuses the credentials
     */
    public static Diplograph connect(String uri, AuthToken auth, DiplographConfig config) {
        Driver driver;
        try {
            driver = GraphDatabase.driver(uri, auth, Config.builder()
                    .withConnectionTimeout(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                    .withConnectionAcquisitionTimeout(CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                    .withMaxTransactionRetryTime(config.maxRetryTime().toMillis(), TimeUnit.MILLISECONDS)
                    .withLogging(org.neo4j.driver.Logging.slf4j())
                    .build());
        } catch (IllegalArgumentException e) {
            throw new org.diplograph.InvalidInputException("\"" + uri + "\" is not a Neo4j URI: " + e.getMessage()
                    + " Use bolt://, neo4j://, bolt+s:// or neo4j+s://host:port.");
        }
        try {
            return new Diplograph(driver, true, config, null);
        } catch (RuntimeException e) {
            driver.close();
            throw e;
        }
    }

    /**
     * @param uri  the URI
     * @param auth credentials
     * @return the graph with the default configuration
     */
    public static Diplograph connect(String uri, AuthToken auth) {
        return connect(uri, auth, DiplographConfig.defaultConfig());
    }

    /**
     * Uses a driver the caller owns (and closes). Transient failures are retried for as long as that
     * driver says ({@code Config.builder().withMaxTransactionRetryTime}, 30 s unless set);
     * {@link DiplographConfig#maxRetryTime()} applies only to the driver {@link #connect} makes, since a
     * driver's retry time cannot be changed after it is built.
     *
     * @param driver the driver
     * @param config the configuration
     * @return the graph; closing it leaves the driver open
     */
    public static Diplograph using(Driver driver, DiplographConfig config) {
        return new Diplograph(driver, false, config, null);
    }

    /**
     * Uses the embedded database of this JVM: the writer's batches, the Explorer's questions and the exports
     * run in process on the database's own transaction API, the same statements without Bolt's serialisation
     * of every row, while analysts' Cypher and decisions go through its driver (Bolt on 127.0.0.1, logged in,
     * with the read-only checks). A database other than the embedded one's default is reached through the driver.
     * <pre>{@code
     * try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(Path.of("data/graph"), 0);
     *      Diplograph graph = Diplograph.using(neo4j, DiplographConfig.defaultConfig())) {
     *     graph.writer().writeAll(FactSetJson.open(Path.of("corpus.jsonl")));
     * }
     * }</pre>
     *
     * @param embedded the embedded database (closed by its owner, not by this graph)
     * @param config   the configuration
     * @return the graph; closing it leaves the database running
     */
    public static Diplograph using(EmbeddedNeo4j embedded, DiplographConfig config) {
        boolean itsDefault = config.database() == null || config.database().equals(EmbeddedNeo4j.DEFAULT_DATABASE);
        return using(embedded.driver(), itsDefault ? embedded.database() : null, config);
    }

    /**
     * @param driver    the driver of the database
     * @param inProcess the same database's own API in this JVM, or {@code null} for the driver alone
     * @param config    the configuration
     * @return the graph (as {@link #using(EmbeddedNeo4j, DiplographConfig)}, for a database of another owner, such as a test's)
     */
    static Diplograph using(Driver driver, GraphDatabaseService inProcess, DiplographConfig config) {
        return new Diplograph(driver, false, config, inProcess);
    }

    /**
     * @param embedded the embedded database
     * @return the graph with the default configuration (see {@link #using(EmbeddedNeo4j, DiplographConfig)})
     */
    public static Diplograph using(EmbeddedNeo4j embedded) {
        return using(embedded, DiplographConfig.defaultConfig());
    }

    /**
     * @param driver the driver
     * @return the graph with the default configuration
     */
    public static Diplograph using(Driver driver) {
        return using(driver, DiplographConfig.defaultConfig());
    }

    /** @return the writer for FactSets */
    public GraphWriter writer() {
        return new GraphWriter(driver, config, sessions, writes, ownsDriver);
    }

    /**
     * The analyst's typed questions, each answered in one read transaction.
     * <pre>{@code
     * Explorer explorer = graph.explorer();
     * List<SideMeeting> meetings = explorer.meetingsBetween("AZE", "RUS");
     * }</pre>
     *
     * @return the explorer over this graph
     */
    public Explorer explorer() {
        return new CypherExplorer(driver, sessions, reads);
    }

    /**
     * Runs an analyst's own read-only Cypher; writing statements and procedures are refused.
     *
     * @param statement  Cypher, with values as {@code $parameters}
     * @param parameters the parameter values
     * @return the rows as plain values
     * @throws org.diplograph.InvalidInputException when the statement is invalid or could write
     */
    public Rows cypher(String statement, Map<String, Object> parameters) {
        return ReadOnlyCypher.run(driver, sessions.read(), statement, parameters);
    }

    /** @return a reader of the graph (or a part of it) for pictures and exports */
    public NetworkReader network() {
        return new NetworkReader(reads);
    }

    /** @return counts of nodes by label and edges by type */
    public GraphSummary summary() {
        return reads.inReadTransaction(tx -> {
            var r = tx.run(Statements.load("query/graph-summary"), Map.of()).get(0); // one row: it counts
            return new GraphSummary(r.get("officials").asLong(), r.get("ministries").asLong(),
                    r.get("alliances").asLong(), r.get("countries").asLong(), r.get("sources").asLong(),
                    r.get("meetings").asLong(), r.get("roles").asLong(), r.get("partnerships").asLong(),
                    r.get("memberships").asLong());
        });
    }

    /** @return the driver, for callers that need Neo4j directly */
    public Driver driver() {
        return driver;
    }

    /** @return the configuration */
    public DiplographConfig config() {
        return config;
    }

    /**
     * The bookmarks of the latest writes through this graph: give them to another process's
     * {@link DiplographConfig.Builder#startAfter} and its reads see those writes too, on any member of a cluster.
     *
     * @return the bookmarks, as strings
     */
    public Set<String> bookmarks() {
        return sessions.bookmarks();
    }

    private void prepare() {
        try {
            driver.verifyConnectivity();
            try (var session = driver.session(sessions.write())) {
                Schema.apply(session);
            }
        } catch (AuthenticationException e) {
            throw new DatabaseUnavailableException("Neo4j refused the credentials: " + e.getMessage()
                    + " Check the user and the password variable.", e);
        } catch (ClientException e) {
            if ("Neo.ClientError.Database.DatabaseNotFound".equals(e.code())) {
                throw new org.diplograph.InvalidInputException("The server has no database \"" + config.database()
                        + "\" (" + e.getMessage() + "). Name one it has (SHOW DATABASES lists them), or leave the name out "
                        + "for the server's default.");
            }
            throw new DatabaseUnavailableException("Neo4j could not prepare the Diplograph schema: " + e.getMessage(), e);
        } catch (ServiceUnavailableException e) {
            throw new DatabaseUnavailableException("Neo4j did not answer: " + e.getMessage()
                    + " Check that the server is running and the URI is right.", e);
        } catch (Neo4jException e) {
            throw new DatabaseUnavailableException("Neo4j could not prepare the Diplograph schema: " + e.getMessage(), e);
        }
    }

    /** Closes the driver if this graph opened it. */
    @Override
    public void close() {
        if (ownsDriver) {
            driver.close();
        }
    }
}
