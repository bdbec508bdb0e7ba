package org.diplograph.cypher;

import static org.diplograph.cypher.QueryResults.sentences;
import static org.diplograph.cypher.QueryResults.strings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.diplograph.NotFoundException;
import org.diplograph.cypher.internal.NeighbourhoodWalk;
import org.diplograph.cypher.internal.ReadRunner;
import org.diplograph.cypher.internal.Statements;
import org.diplograph.explorer.Network;
import org.diplograph.model.Period;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Reads the graph, or the part of it around one actor, as a {@link Network} for pictures and exports.
 * Meetings are kept only inside the period; roles, partnerships and memberships always; with them, the
 * sources the edges name.
 */
public final class NetworkReader {

    /** More hops than this draw most of any real graph; use the whole-graph export instead. */
    public static final int MAX_HOPS = 6;
    /** How many meetings away {@code export --around} reaches unless told (as {@code Explorer.neighbourhood}). */
    public static final int DEFAULT_HOPS = org.diplograph.explorer.Explorer.DEFAULT_NEIGHBOURHOOD_HOPS;

    private final ReadRunner reads;

    NetworkReader(ReadRunner reads) {
        this.reads = reads;
    }

    /**
     * @param period meetings to keep
     * @return every actor and every edge
     */
    public Network whole(Period period) {
        return read(null, 0, period);
    }

    /**
     * @param actorId the actor at the centre (an id; see the Explorer to resolve names)
     * @param hops    how many meetings away (1..{@value #MAX_HOPS})
     * @param period  meetings to follow and keep
     * @return the actors around it and the edges among them
     * @throws NotFoundException when no actor has that id
     */
    public Network around(String actorId, int hops, Period period) {
        if (hops < 1 || hops > MAX_HOPS) {
            throw new org.diplograph.InvalidInputException("--hops must be between 1 and " + MAX_HOPS + ", not " + hops + ".");
        }
        return read(actorId, hops, period);
    }

    private Network read(String centre, int hops, Period period) {
        Map<String, Object> params = new HashMap<>();
        params.put("from", period.from());
        params.put("to", period.to());
        params.put("includeUndated", period.includeUndated());
        return reads.inReadTransaction(tx -> {
            List<Network.Node> nodes = new ArrayList<>();
            if (centre != null) {
                // the officials within hops meetings, ring by ring (an export has no cap on actors)
                params.put("ids", NeighbourhoodWalk.rings(tx, "export/met-ring", centre, hops, Integer.MAX_VALUE, params).ids());
            }
            String actors = centre == null ? "export/actors" : "export/actors-around";
            for (Record r : tx.run(Statements.load(actors), params)) {
                nodes.add(new Network.Node(r.get("id").asString(), r.get("kind").asString(null),
                        r.get("name").asString(null), strings(r.get("aliases"))));
            }
            if (centre != null && nodes.isEmpty()) {
                throw new NotFoundException("No actor has the id \"" + centre + "\".", List.of());
            }
            params.put("ids", centre == null ? null : nodes.stream().map(Network.Node::id).toList());
            List<Network.Edge> edges = new ArrayList<>();
            for (Record r : tx.run(Statements.load("export/edges"), params)) {
                String type = r.get("type").asString();
                Value on = r.get("on");
                String label = switch (type) {
                    case "MET_WITH" -> on.isNull() ? "date unknown" : QueryResults.partialDate(on, r.get("precision")).toString();
                    case "REPRESENTS" -> r.get("title").asString("");
                    case "PARTNER_OF" -> r.get("kind").asString("");
                    default -> "member";
                };
                edges.add(new Network.Edge(type, r.get("from").asString(), r.get("to").asString(),
                        on.isNull() ? null : on.asLocalDate(), r.get("precision").asString(null),
                        r.get("place").asString(null), label, strings(r.get("sources")), sentences(r.get("evidence")),
                        r.get("title").asString(null), r.get("begins").isNull() ? null : r.get("begins").asLocalDate(),
                        r.get("beginsPrecision").asString(null), r.get("ends").isNull() ? null : r.get("ends").asLocalDate(),
                        r.get("endsPrecision").asString(null)));
            }
            List<String> sourceIds = edges.stream().flatMap(e -> e.sources().stream()).distinct().toList();
            List<Network.SourceInfo> sources = new ArrayList<>();
            for (Record r : tx.run(Statements.load("export/sources"), Map.of("ids", sourceIds))) {
                sources.add(new Network.SourceInfo(r.get("id").asString(), r.get("title").asString(null),
                        r.get("publisher").asString(null), r.get("url").asString(null),
                        r.get("published").isNull() ? null : r.get("published").asLocalDate()));
            }
            return new Network(nodes, edges, sources);
        });
    }

}
