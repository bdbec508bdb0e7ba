package org.diplograph.cypher.internal.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.cypher.internal.Statements;
import org.diplograph.model.ActorId;
import org.diplograph.model.ActorKind;
import org.diplograph.names.AliasResolver.Known;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * The graph of a write transaction: each {@link BatchWrite.Graph} method runs its statement under {@code write/}.
 *
 * @param tx the transaction
 */
public record TransactionGraph(TransactionContext tx) implements BatchWrite.Graph {

    @Override
    public List<Known> actorsWithIds(List<String> ids) {
        return known(tx.run(Statements.load("write/find-actors-by-id"), Map.of("ids", ids)).list());
    }

    @Override
    public List<Known> actorsWithKeys(List<String> keys) {
        return known(tx.run(Statements.load("write/find-actors-by-key"), Map.of("keys", keys)).list());
    }

    @Override
    public Set<String> mergeSources(List<SourceRow> rows) {
        return Set.copyOf(tx.run(Statements.load("write/merge-sources"), Map.of("rows", RowParameters.of(rows))).single()
                .get("existing").asList(Value::asString));
    }

    @Override
    public void mergeActors(List<ActorRow> rows) {
        write("write/merge-actors", rows);
    }

    @Override
    public void addActorSources(List<ActorRow> rows) {
        write("write/add-actor-sources", rows);
    }

    @Override
    public <R extends EdgeRow<R>> void mergeEdges(List<R> rows) {
        if (!rows.isEmpty()) {
            write(rows.get(0).edgeType().statement(), rows);
        }
    }

    @Override
    public void lock(List<String> keys) {
        tx.run(Statements.load("write/lock-names"), Map.of("keys", keys)).consume();
    }

    @Override
    public void unlock(List<String> keys) {
        tx.run(Statements.load("write/unlock-names"), Map.of("keys", keys)).consume();
    }

    private void write(String statement, List<?> rows) {
        if (rows.isEmpty()) {
            return;
        }
        var result = tx.run(Statements.load(statement), Map.of("rows", RowParameters.of(rows)));
        // Statements that MATCH actors count the rows they wrote: fewer means an actor is missing.
        if (result.keys().contains("written")) {
            int written = result.single().get("written").asInt();
            if (written != rows.size()) {
                throw new KnownActors.StaleActors(statement, rows.size(), written);
            }
        } else {
            result.consume();
        }
    }

    private static List<Known> known(List<org.neo4j.driver.Record> records) {
        List<Known> known = new ArrayList<>(records.size());
        for (org.neo4j.driver.Record row : records) {
            known.add(new Known(ActorId.of(row.get("id").asString()), ActorKind.fromWord(row.get("kind").asString()),
                    row.get("spellings").asList(Value::asString)));
        }
        return known;
    }
}
