package org.diplograph.cypher;

import java.util.Map;
import org.diplograph.cypher.internal.NeighbourhoodWalk;
import org.diplograph.cypher.internal.SideMembers;
import org.diplograph.cypher.internal.Statements;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * The Explorer's own statements and parameters for callers that run them through the bare driver: the
 * latency benchmark (the same Cypher beside the typed API) and plan checks. A test fixture, so that
 * nothing outside this module reaches into {@code cypher.internal}.
 */
public final class BareQueries {

    private BareQueries() {
    }

    /**
     * @param name a statement below {@code query/}, like {@code brokers}
     * @return its Cypher
     */
    public static String statement(String name) {
        return Statements.load("query/" + name);
    }

    /**
     * @param runner        a session or transaction
     * @param side          the side's id
     * @param viaMembership whether a member country's officials are on an alliance's side
     * @return the {@code sideA}/{@code sideB} parameter the side statements take
     */
    public static Map<String, Object> sideMembers(SimpleQueryRunner runner, String side, boolean viaMembership) {
        return SideMembers.of(runner, side, viaMembership);
    }

    /**
     * {@code Explorer.neighbourhood}'s statements: the rings, then the links among them.
     *
     * @return how many actors the neighbourhood holds
     */
    public static int neighbourhoodActors(SimpleQueryRunner runner, String centre, int hops, int maxActors,
                                          Map<String, Object> period) {
        return NeighbourhoodWalk.walk((statement, parameters) -> runner.run(statement, parameters).list(), centre, hops, maxActors, period)
                .links().get("actors").size();
    }
}
