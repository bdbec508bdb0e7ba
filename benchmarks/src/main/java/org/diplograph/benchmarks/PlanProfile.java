package org.diplograph.benchmarks;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.diplograph.cypher.BareQueries;
import org.diplograph.cypher.embedded.EmbeddedNeo4j;
import org.neo4j.driver.Driver;
import org.neo4j.driver.summary.ProfiledPlan;

/**
 * Prints the profiled plan of one query file on a kept benchmark database (see {@code --keep-db}) and
 * times it: what to look at before changing a statement.
 *
 * <pre>{@code
 * java -cp "benchmarks/target/classes:benchmarks/target/lib/*" org.diplograph.benchmarks.PlanProfile \
 *     benchmarks/target/bench/db-ingest-1000000-42 brokers sideA=side:ABC sideB=side:DEF from=null to=null undated=bool:true
 * }</pre>
 *
 * A value is a string, or {@code null}, {@code int:6}, {@code bool:true}, {@code date:2020-01-01}, or
 * {@code side:ID} (the side's officials as the Explorer passes them).
 */
final class PlanProfile {

    private PlanProfile() {
    }

    /**
     * @param args the database folder, the query's name below {@code query/}, then name=value parameters
     */
    public static void main(String[] args) {
        try (EmbeddedNeo4j db = EmbeddedNeo4j.builder(Path.of(args[0])).pageCache(512L << 20).start()) {
            Driver driver = db.driver();
            String statement = BareQueries.statement(args[1]);
            Map<String, Object> parameters = new HashMap<>();
            for (String arg : Arrays.copyOfRange(args, 2, args.length)) {
                String name = arg.substring(0, arg.indexOf('='));
                String value = arg.substring(arg.indexOf('=') + 1);
                parameters.put(name, value(driver, value));
            }
            try (var session = driver.session()) {
                ProfiledPlan plan = session.executeRead(tx -> tx.run("PROFILE " + statement, parameters).consume().profile());
                print(plan, 0);
                long[] nanos = new long[20];
                int rows = 0;
                for (int i = 0; i < nanos.length; i++) {
                    long started = System.nanoTime();
                    rows = session.executeRead(tx -> tx.run(statement, parameters).list().size());
                    nanos[i] = System.nanoTime() - started;
                }
                Arrays.sort(nanos);
                System.out.printf("%d rows; 20 runs: min %.2f ms, median %.2f ms%n", rows, nanos[0] / 1e6, nanos[10] / 1e6);
            }
        }
    }

    private static Object value(Driver driver, String value) {
        if (value.equals("null")) {
            return null;
        } else if (value.startsWith("int:")) {
            return Long.parseLong(value.substring(4));
        } else if (value.startsWith("bool:")) {
            return Boolean.parseBoolean(value.substring(5));
        } else if (value.startsWith("date:")) {
            return LocalDate.parse(value.substring(5));
        } else if (value.startsWith("side:")) {
            try (var session = driver.session()) {
                return BareQueries.sideMembers(session, value.substring(5), false);
            }
        }
        return value;
    }

    private static void print(ProfiledPlan plan, int depth) {
        System.out.printf("%s%s rows=%d dbHits=%d %s%n", "  ".repeat(depth), plan.operatorType(), plan.records(), plan.dbHits(),
                plan.arguments().getOrDefault("Details", org.neo4j.driver.Values.NULL).toString());
        plan.children().forEach(child -> print(child, depth + 1));
    }
}
