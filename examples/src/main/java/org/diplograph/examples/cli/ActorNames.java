package org.diplograph.examples.cli;

import java.util.Map;
import org.diplograph.NotFoundException;
import org.diplograph.cypher.Diplograph;

/** Turns what a user typed (an id or a spelling) into an actor id. */
final class ActorNames {

    private ActorNames() {
    }

    static String resolve(Diplograph graph, String nameOrId) {
        var rows = graph.cypher("MATCH (a:Actor) WHERE a.id = $id OR $id IN a.mergedIds RETURN a.id AS id", Map.of("id", nameOrId));
        if (rows.rows().isEmpty()) {
            throw new NotFoundException("No actor has the id \"" + nameOrId + "\".", java.util.List.of());
        }
        return (String) rows.rows().get(0).get("id");
    }
}
