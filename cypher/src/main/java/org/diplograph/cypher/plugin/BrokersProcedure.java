package org.diplograph.cypher.plugin;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.neo4j.graphdb.Transaction;
import org.neo4j.procedure.Context;
import org.neo4j.procedure.Description;
import org.neo4j.procedure.Mode;
import org.neo4j.procedure.Name;
import org.neo4j.procedure.Procedure;

/**
 * {@code CALL diplograph.brokers($a, $b, $viaMembership, $from, $to, $undated)}: the rows of {@code query/brokers}
 * between two sides given by id, with each side's officials found by {@code query/side-members} and the
 * brokers by {@link BrokersWalk}, inside the server, for Explorers that reach the graph through Bolt: one
 * round trip, and no side sent either way. The embedded database registers it for its own Bolt clients
 * ({@code serve}); a Neo4j server or every member of a cluster gets it from the plugin jar
 * ({@code diplograph-cypher-<version>-plugin.jar} in its {@code plugins} folder). Where it is missing (Aura
 * takes no plugins), or is of another version, the Explorer runs the statements: the same rows, more slowly.
 */
public class BrokersProcedure {

    /** The procedure's name. */
    public static final String NAME = "diplograph.brokers";

    /**
     * What {@code SHOW PROCEDURES} shows as its description, and what the Explorer checks before calling it:
     * the parameters and the rows' form. Change the form, change the words.
     */
    public static final String DESCRIPTION = "Diplograph: the rows of query/brokers (broker, withA, withB) between two "
            + "sides given by id, by a walk of the store; one row of nulls when an id names no actor; parameters and "
            + "rows of Diplograph 0.1 (form 2).";

    /** The transaction the procedure reads in (the caller's). */
    @Context
    public Transaction tx;

    /**
     * @param a             side A's id
     * @param b             side B's id
     * @param viaMembership whether a member country's officials are on an alliance's side
     * @param from          the period's first day, or null
     * @param to            its last day, or null
     * @param undated       whether undated meetings count (over all time only)
     * @return the statement's rows, in its order; one row of nulls when either id names no actor
     */
    @Procedure(name = NAME, mode = Mode.READ)
    @Description(DESCRIPTION)
    public Stream<Row> brokers(@Name("a") String a, @Name("b") String b, @Name("viaMembership") boolean viaMembership,
            @Name("from") LocalDate from, @Name("to") LocalDate to, @Name("undated") boolean undated) {
        List<Map<String, Object>> rows = BrokersWalk.between(tx, a, b, viaMembership, from, to, undated);
        return rows == null ? Stream.of(new Row(new HashMap<>())) : rows.stream().map(Row::new);
    }

    /** One row: the columns of {@code query/brokers}. */
    public static final class Row {

        /** The broker: {@code {id, kind, name}}. */
        public Map<String, Object> broker;
        /** His meetings with side A: {@code {official, meeting}}, by date. */
        public List<Map<String, Object>> withA;
        /** His meetings with side B, the same way. */
        public List<Map<String, Object>> withB;

        @SuppressWarnings("unchecked")
        Row(Map<String, Object> row) {
            this.broker = (Map<String, Object>) row.get("broker");
            this.withA = (List<Map<String, Object>>) row.get("withA");
            this.withB = (List<Map<String, Object>>) row.get("withB");
        }
    }
}
