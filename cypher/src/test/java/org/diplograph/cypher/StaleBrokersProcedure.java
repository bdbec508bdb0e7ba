package org.diplograph.cypher;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.diplograph.cypher.plugin.BrokersProcedure;
import org.neo4j.procedure.Description;
import org.neo4j.procedure.Mode;
import org.neo4j.procedure.Name;
import org.neo4j.procedure.Procedure;

/**
 * Another version's {@code diplograph.brokers} (another description), which finds nobody: a server with a stale
 * plugin jar. The Explorer must not call it, so that its brokers are still the statement's.
 */
public class StaleBrokersProcedure {

    /**
     * @return no rows
     */
    @Procedure(name = BrokersProcedure.NAME, mode = Mode.READ)
    @Description("Diplograph: the rows of query/brokers, form 0.")
    public Stream<BrokersProcedure.Row> brokers(@Name("sideA") Map<String, Object> sideA, @Name("sideB") Map<String, Object> sideB,
            @Name("from") LocalDate from, @Name("to") LocalDate to, @Name("undated") boolean undated) {
        return Stream.empty();
    }
}
