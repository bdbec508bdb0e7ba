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

/**
 * The graph of a write transaction: each {@link BatchWrite.Graph} method runs its statement under {@code write/}.
 *
 * @param tx the transaction, through the driver or in process
 */
public record TransactionGraph(CypherTransaction tx) implements BatchWrite.Graph {

    /** @param tx a driver transaction */
    public TransactionGraph(TransactionContext tx) {
        this(new DriverTransaction(tx));
    }

    @Override
    public List<Known> actorsWithIds(List<String> ids) {
        return known(tx.run(Statements.load("write/find-actors-by-id"), Map.of("ids", ids)));
    }

    @Override
    public List<Known> actorsWithKeys(List<String> keys) {
        return known(tx.run(Statements.load("write/find-actors-by-key"), Map.of("keys", keys)));
    }

    @Override
    public Set<String> mergeSources(List<SourceRow> rows) {
        return Set.copyOf(strings(single(tx.run(Statements.load("write/merge-sources"), Map.of("rows", RowParameters.of(rows))))
                .get("existing")));
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
        tx.run(Statements.load("write/lock-names"), Map.of("keys", keys));
    }

    @Override
    public void unlock(List<String> keys) {
        tx.run(Statements.load("write/unlock-names"), Map.of("keys", keys));
    }

    private void write(String statement, List<?> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<Map<String, Object>> result = tx.run(Statements.load(statement), Map.of("rows", RowParameters.of(rows)));
        // Statements that MATCH actors count the rows they wrote: fewer means an actor is missing.
        if (result.size() == 1 && result.get(0).get("written") instanceof Number count) {
            int written = count.intValue();
            if (written != rows.size()) {
                throw new KnownActors.StaleActors(statement, rows.size(), written);
            }
        }
    }

    private static Map<String, Object> single(List<Map<String, Object>> rows) {
        if (rows.size() != 1) {
            throw new IllegalStateException("Expected one row, got " + rows.size());
        }
        return rows.get(0);
    }

    private static List<Known> known(List<Map<String, Object>> rows) {
        List<Known> known = new ArrayList<>(rows.size());
        for (Map<String, Object> row : rows) {
            known.add(new Known(ActorId.of((String) row.get("id")), ActorKind.fromWord((String) row.get("kind")),
                    strings(row.get("spellings"))));
        }
        return known;
    }

    private static List<String> strings(Object list) {
        List<String> strings = new ArrayList<>();
        for (Object value : (List<?>) list) {
            strings.add((String) value);
        }
        return strings;
    }
}
