package org.diplograph.cypher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.diplograph.cypher.internal.SideMembers;
import org.diplograph.cypher.internal.Statements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * {@code query/brokers} groups the sides' edges by counterpart before it checks periods and windows;
 * on a synthetic corpus it gives, for every pair of sides, with and without membership, over all time
 * and over a period, the brokers and meetings the plan before it gave (kept in {@code reference/}).
 */
@ExtendWith(Neo4jExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrokersPlanIT {

    private Driver driver;

    @BeforeAll
    void load(Driver driver) {
        this.driver = driver;
        GraphDump.clear(driver);
        Diplograph.using(driver).writer().writeAll(SyntheticCorpus.generate(5, 1_500, "b"));
    }

    @Test
    void theNewPlanFindsWhatTheOldOneFound() throws IOException {
        String before;
        try (InputStream in = BrokersPlanIT.class.getResourceAsStream("/reference/brokers-before.cypher")) {
            before = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> sides = new ArrayList<>(SyntheticCorpus.COUNTRIES);
        sides.addAll(SyntheticCorpus.ALLIANCES);
        int nonEmpty = 0;
        for (int i = 0; i < sides.size(); i++) {
            for (int j = i + 1; j < sides.size(); j++) {
                for (boolean via : List.of(false, true)) {
                    for (LocalDate from : new LocalDate[] {null, LocalDate.of(2018, 1, 1)}) {
                        Map<String, Object> p = new HashMap<>();
                        p.put("sideA", sideMembers(sides.get(i), via));
                        p.put("sideB", sideMembers(sides.get(j), via));
                        p.put("from", from);
                        p.put("to", from == null ? null : LocalDate.of(2020, 6, 30));
                        p.put("undated", from == null);
                        List<String> expected = brokers(before, p);
                        assertThat(brokers(Statements.load("query/brokers"), p))
                                .as("%s and %s, via membership %s, from %s", sides.get(i), sides.get(j), via, from)
                                .isEqualTo(expected);
                        nonEmpty += expected.isEmpty() ? 0 : 1;
                    }
                }
            }
        }
        assertThat(nonEmpty).as("pairs of sides with brokers").isGreaterThan(50);
    }

    /** Each broker as one line: id, then his meetings with each side (official, date, sources), sorted. */
    private List<String> brokers(String statement, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(statement, parameters).list(r -> r.get("broker").get("id").asString()
                    + " A" + meetings(r.get("withA")) + " B" + meetings(r.get("withB"))));
        }
    }

    private static List<String> meetings(Value with) {
        return with.asList(x -> x.get("official").get("id").asString() + "@" + x.get("meeting").get("date")
                + x.get("meeting").get("sources")).stream().sorted(Comparator.naturalOrder()).toList();
    }

    private Map<String, Object> sideMembers(String side, boolean viaMembership) {
        try (var session = driver.session()) {
            return SideMembers.of(session, side, viaMembership);
        }
    }
}
