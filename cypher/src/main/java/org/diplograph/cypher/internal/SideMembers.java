package org.diplograph.cypher.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Value;

/**
 * The officials on one side as the side statements ({@code query/brokers}, {@code query/meetings-between},
 * …) take them: official id → list of windows {@code {from, to, via}}, one per way he is on the side,
 * built from the rows of {@code query/side-members}.
 */
public final class SideMembers {

    private SideMembers() {
    }

    /**
     * Runs {@code query/side-members} and builds the parameter.
     *
     * @param runner        a session or transaction
     * @param id            the side's id
     * @param viaMembership whether a member country's officials are on an alliance's side
     * @return official id → windows
     */
    public static Map<String, Object> of(SimpleQueryRunner runner, String id, boolean viaMembership) {
        return parameter(runner.run(Statements.load("query/side-members"), Map.of("id", id, "viaMembership", viaMembership)).list());
    }

    /**
     * @param rows the rows of {@code query/side-members} (a row of nulls, for a side without officials, is skipped)
     * @return official id → windows
     */
    public static Map<String, Object> parameter(List<Record> rows) {
        Map<String, Object> members = new LinkedHashMap<>();
        for (Record r : rows) {
            Value official = r.get("official");
            if (official.isNull()) {
                continue;
            }
            Map<String, Object> window = new HashMap<>();
            window.put("from", r.get("validFrom").isNull() ? null : r.get("validFrom").asLocalDate());
            window.put("to", r.get("validTo").isNull() ? null : r.get("validTo").asLocalDate());
            window.put("via", r.get("via").asList(Value::asString));
            @SuppressWarnings("unchecked")
            List<Object> windows = (List<Object>) members.computeIfAbsent(official.asString(), k -> new ArrayList<>());
            windows.add(window);
        }
        return members;
    }
}
