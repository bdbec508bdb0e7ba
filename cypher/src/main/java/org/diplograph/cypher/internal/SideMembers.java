package org.diplograph.cypher.internal;

import java.util.List;
import java.util.Map;
import org.diplograph.cypher.plugin.SideWindows;
import org.neo4j.driver.Record;
import org.neo4j.driver.SimpleQueryRunner;

/**
 * The officials on one side as the side statements take them ({@link SideWindows}), from the rows of
 * {@code query/side-members} run through the driver.
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
        return SideWindows.of(rows.stream().map(Record::asMap).toList());
    }
}
