package org.diplograph.examples.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.diplograph.cypher.Diplograph;
import org.diplograph.cypher.GraphDump;
import org.diplograph.cypher.Neo4jExtension;
import org.diplograph.examples.SampleCorpus;
import org.diplograph.explorer.Explorer;
import org.diplograph.model.ActorKind;
import org.diplograph.model.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/** Guarantee: asking questions never changes the graph — every Explorer method, called on the sample, leaves the dump as it was. */
@ExtendWith(Neo4jExtension.class)
class ExplorerReadsOnlyIT {

    static final Period ALL = Period.always().withUndated();

    /** One call of every Explorer method, by name. */
    static final Map<String, Function<Explorer, Object>> CALLS = Map.ofEntries(
            Map.entry("actor", e -> e.actor("Sadikhov")),
            Map.entry("findActor", e -> e.findActor("Gerasimov")),
            Map.entry("search", e -> e.search("Aliyev")),
            Map.entry("meetingsOf", e -> e.meetingsOf("Sadikov", ALL)),
            Map.entry("meetingsBetween", e -> e.meetingsBetween("AZE", "RUS", ALL, true)),
            Map.entry("counterparts", e -> e.counterparts("Hulusi Akar", ALL)),
            Map.entry("commonContacts", e -> e.commonContacts("Akar", "Sadikov", ALL)),
            Map.entry("shortestChain", e -> e.shortestChain("Gerasimov", "Wolters", 6, ALL)),
            Map.entry("representatives", e -> e.representatives("AZE", LocalDate.of(2020, 2, 6))),
            Map.entry("rolesOf", e -> e.rolesOf("Tod Wolters")),
            Map.entry("rolesOn", e -> e.rolesOn("Tod Wolters", LocalDate.of(2020, 2, 6))),
            Map.entry("partnersOf", e -> e.partnersOf("AZE")),
            Map.entry("membersOf", e -> e.membersOf("NATO", null)),
            Map.entry("brokers", e -> e.brokers("RUS", "NATO", ALL, true)),
            Map.entry("timeline", e -> e.timeline("AZE", ALL)),
            Map.entry("mostConnected", e -> e.mostConnected(ActorKind.COUNTRY, ALL, 10)),
            Map.entry("neighbourhood", e -> e.neighbourhood("Sadikov", 3, ALL)),
            Map.entry("cypher", e -> e.cypher("MATCH (n) RETURN count(n) AS n", Map.of())));

    @Test
    void everyExplorerMethodLeavesTheGraphAsItWas(Driver driver) {
        Diplograph graph = Diplograph.using(driver);
        graph.writer().writeAll(SampleCorpus.factSets());
        List<String> before = GraphDump.lines(driver);

        Set<String> methods = Arrays.stream(Explorer.class.getMethods()).filter(m -> !m.isDefault())
                .map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
        assertThat(CALLS.keySet()).as("a call for every Explorer method").containsExactlyInAnyOrderElementsOf(methods);

        for (Map.Entry<String, Function<Explorer, Object>> call : CALLS.entrySet()) {
            assertThat(call.getValue().apply(graph.explorer())).as(call.getKey()).isNotNull();
            assertThat(GraphDump.lines(driver)).as("the graph after " + call.getKey()).isEqualTo(before);
        }
    }
}
