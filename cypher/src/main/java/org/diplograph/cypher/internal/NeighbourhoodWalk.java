package org.diplograph.cypher.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * Finds a neighbourhood ring by ring ({@code query/neighbourhood-ring}), nearest and most tied first, up
 * to a number of actors, then reads the edges among them ({@code query/neighbourhood-links}). In Java
 * because each ring needs the ids found so far as a parameter: inside one statement they would be a list
 * walked for every edge, which made a busy official's neighbourhood take seconds.
 */
public final class NeighbourhoodWalk {

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
     * @param runner    a transaction or session
     * @param centre    the centre's id
     * @param hops      how many rings, at least 1
     * @param maxActors how many actors at most, the centre included, at least 1
     * @param period    {@code from}, {@code to}, {@code undated}, as the query statements take them
     * @return the actors and links
     */
    public static Found walk(SimpleQueryRunner runner, String centre, int hops, int maxActors, Map<String, Object> period) {
        List<String> kept = new ArrayList<>(List.of(centre));
        List<String> ring = List.of(centre);
        boolean complete = true;
        for (int hop = 1; hop <= hops && !ring.isEmpty(); hop++) {
            int room = maxActors - kept.size();
            if (room == 0 && !complete) {
                break; // full, and already known to have left someone out
            }
            // one more than there is room for, to know whether the cap leaves anyone out
            List<String> next = ring(runner, ring, kept, room + 1, period);
            if (next.size() > room) {
                complete = false;
                next = next.subList(0, room);
            }
            kept.addAll(next);
            ring = next;
        }
        Map<String, Object> parameters = new HashMap<>(period);
        parameters.put("ids", kept);
        Record links = runner.run(Statements.load("query/neighbourhood-links"), parameters).single();
        return new Found(links, complete);
    }

    private static List<String> ring(SimpleQueryRunner runner, List<String> ring, List<String> kept, int limit,
                                     Map<String, Object> period) {
        Map<String, Object> parameters = new HashMap<>(period);
        parameters.put("ring", ring);
        parameters.put("kept", kept);
        parameters.put("limit", limit);
        return runner.run(Statements.load("query/neighbourhood-ring"), parameters).list(r -> r.get("id").asString());
    }
}
