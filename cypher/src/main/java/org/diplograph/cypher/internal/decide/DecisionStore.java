package org.diplograph.cypher.internal.decide;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.cypher.internal.Statements;
import org.diplograph.cypher.internal.write.DecisionRules;
import org.diplograph.model.ActorId;
import org.diplograph.names.Decision;
import org.neo4j.driver.Record;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * Analysts' decisions kept in the graph as {@code :Decision} nodes, so that every later writer honours them,
 * whether or not it is given the decisions file again.
 */
public final class DecisionStore {

    private DecisionStore() {
    }

    /**
     * @param runner a session or transaction
     * @return the decisions the graph keeps, each id mapped to the actor that holds it now
     */
    public static DecisionRules load(SimpleQueryRunner runner) {
        List<Decision> decisions = new ArrayList<>();
        for (Record r : runner.run(Statements.load("decide/decisions")).list()) {
            decisions.add(new Decision(Decision.Kind.valueOf(r.get("kind").asString().toUpperCase(java.util.Locale.ROOT)),
                    ActorId.of(r.get("a").asString()), ActorId.of(r.get("b").asString()), r.get("note").asString(null)));
        }
        if (decisions.isEmpty()) {
            return DecisionRules.NONE;
        }
        Map<ActorId, ActorId> holders = new HashMap<>();
        holders(runner, decisions).forEach((id, holder) -> holders.put(id, holder.id()));
        return new DecisionRules(decisions, holders);
    }

    /**
     * @param runner    a transaction that may write
     * @param decisions decisions to keep (one already kept is kept once)
     */
    static void save(SimpleQueryRunner runner, List<Decision> decisions) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Decision d : decisions) {
            String first = d.a().compareTo(d.b()) <= 0 ? d.a().value() : d.b().value();
            String second = first.equals(d.a().value()) ? d.b().value() : d.a().value();
            Map<String, Object> row = new HashMap<>();
            row.put("key", d.kind().word() + "|" + first + "|" + second);
            row.put("kind", d.kind().word());
            row.put("a", d.a().value());
            row.put("b", d.b().value());
            row.put("note", d.note());
            rows.add(row);
        }
        runner.run(Statements.load("decide/save-decisions"), Map.of("rows", rows)).consume();
    }

    /** The actor that holds an id now, and its kind. */
    record Holder(ActorId id, String kind) {
    }

    /** @return each id some actor holds, with that actor */
    static Map<ActorId, Holder> holders(SimpleQueryRunner runner, List<Decision> decisions) {
        Set<String> ids = new LinkedHashSet<>();
        for (Decision d : decisions) {
            ids.add(d.a().value());
            ids.add(d.b().value());
        }
        Map<ActorId, Holder> holders = new HashMap<>();
        for (Record r : runner.run(Statements.load("decide/holders"), Map.of("ids", List.copyOf(ids))).list()) {
            if (!r.get("holder").isNull()) {
                holders.put(ActorId.of(r.get("id").asString()), new Holder(ActorId.of(r.get("holder").asString()), r.get("kind").asString()));
            }
        }
        return holders;
    }
}
