package org.diplograph.cypher.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;

/**
 * Finds the actors around one actor ring by ring, nearest first: each ring statement gives the actors one
 * edge from the last ring that are not kept yet, best first. In Java because each ring needs the ids kept
 * so far as a parameter: inside one statement they are a list walked for every edge, or (a variable-length
 * pattern) every path is walked, which took seconds to minutes around a busy official at a million meetings.
 */
public final class NeighbourhoodWalk {

    /**
     * @param ids      the centre first, then ring by ring
     * @param complete whether no actor within reach was left out for the cap
     */
    public record Rings(List<String> ids, boolean complete) {
    }

    /**
     * @param links    the row of {@code query/neighbourhood-links}: {@code actors} (empty when the centre
     *                 is no actor's id) and {@code links}
     * @param complete whether no actor within reach was left out for the cap
     */
    public record Found(Record links, boolean complete) {
    }

    private NeighbourhoodWalk() {
    }

    /**
     * {@code Explorer.neighbourhood}: the rings of {@code query/neighbourhood-ring}, then the edges among
     * them ({@code query/neighbourhood-links}).
     *
     * @param runner    a transaction or session
     * @param centre    the centre's id
     * @param hops      how many rings, at least 1
     * @param maxActors how many actors at most, the centre included, at least 1
     * @param period    {@code from}, {@code to}, {@code undated}, as the query statements take them
     * @return the actors and links
     */
    public static Found walk(QueryTransaction runner, String centre, int hops, int maxActors, Map<String, Object> period) {
        Rings rings = rings(runner, "query/neighbourhood-ring", centre, hops, maxActors, period);
        Map<String, Object> parameters = new HashMap<>(period);
        parameters.put("ids", rings.ids());
        Record links = runner.run(Statements.load("query/neighbourhood-links"), parameters).get(0); // one row: it aggregates
        return new Found(links, rings.complete());
    }

    /**
     * @param runner        a transaction or session
     * @param ringStatement a statement taking {@code $ring}, {@code $kept} (ids) and {@code $limit} besides
     *                      {@code parameters}, giving the next ring's ids in column {@code id}, best first
     * @param centre        the centre's id
     * @param hops          how many rings, at least 1
     * @param maxActors     how many actors at most, the centre included, at least 1
     * @param parameters    the statement's other parameters
     * @return the ids kept
     */
    public static Rings rings(QueryTransaction runner, String ringStatement, String centre, int hops, int maxActors,
                              Map<String, Object> parameters) {
        List<String> kept = new ArrayList<>(List.of(centre));
        List<String> ring = List.of(centre);
        boolean complete = true;
        for (int hop = 1; hop <= hops && !ring.isEmpty(); hop++) {
            int room = maxActors - kept.size();
            if (room == 0 && !complete) {
                break; // full, and already known to have left someone out
            }
            // one more than there is room for, to know whether the cap leaves anyone out
            List<String> next = ring(runner, ringStatement, ring, kept, room + 1L, parameters);
            if (next.size() > room) {
                complete = false;
                next = next.subList(0, room);
            }
            kept.addAll(next);
            ring = next;
        }
        return new Rings(kept, complete);
    }

    private static List<String> ring(QueryTransaction runner, String statement, List<String> ring, List<String> kept,
                                     long limit, Map<String, Object> others) {
        Map<String, Object> parameters = new HashMap<>(others);
        parameters.put("ring", ring);
        parameters.put("kept", kept);
        parameters.put("limit", limit);
        return runner.run(Statements.load(statement), parameters).stream().map(r -> r.get("id").asString()).toList();
    }
}
