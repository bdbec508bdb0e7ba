package org.diplograph.cypher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.diplograph.json.FactSetJson;
import org.diplograph.model.ActorId;
import org.diplograph.model.FactSet;
import org.diplograph.names.Decision;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;

/**
 * Guarantee: no namesake confused. Two ids declared in one FactSet are two people; other middle names or
 * initials, generational suffixes and numbers keep people apart; an analyst's decision merges what the
 * rules kept apart and splits what they merged, each source and sentence going with the right person.
 */
@ExtendWith(Neo4jExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NamesakesIT {

    Driver driver;

    @BeforeAll
    void open(Driver driver) {
        this.driver = driver;
        Diplograph.using(driver).close();
    }

    @BeforeEach
    void empty() {
        GraphDump.clear(driver);
    }

    @Test
    @DisplayName("one FactSet declaring George W. Bush and George H. W. Bush keeps two men; Malta stays the father's")
    void oneFactSetTwoBushes() {
        write(factSet("bushes", List.of(official("USA/george-w-bush", "George W. Bush"), official("USA/george-h-w-bush", "George H. W. Bush"),
                        official("SUN/mikhail-gorbachev", "Mikhail Gorbachev")),
                meeting("USA/george-h-w-bush", "SUN/mikhail-gorbachev", "1989-12-02", "Bush and Gorbachev met off Malta.")));

        assertThat(officials()).containsExactlyInAnyOrder("SUN/mikhail-gorbachev", "USA/george-h-w-bush", "USA/george-w-bush");
        assertThat(metWith("USA/george-w-bush")).isEmpty();
        assertThat(metWith("USA/george-h-w-bush")).containsExactly("SUN/mikhail-gorbachev");
    }

    @Test
    @DisplayName("fathers and sons, brothers, middle initials and numbers in separate FactSets stay apart; a patronymic does not")
    void namesakesInSeparateFactSets() {
        String[][] people = {
                {"USA/george-w-bush", "George W. Bush"}, {"USA/george-h-w-bush", "George H. W. Bush"},
                {"USA/martin-luther-king-jr", "Martin Luther King Jr."}, {"USA/martin-luther-king-sr", "Martin Luther King Sr."},
                {"USA/joseph-p-kennedy", "Joseph P. Kennedy"}, {"USA/joseph-p-kennedy-ii", "Joseph P. Kennedy II"},
                {"UKR/vitali-klitschko", "Vitali Klitschko"}, {"UKR/wladimir-klitschko", "Wladimir Klitschko"},
                {"AZE/ilham-aliyev", "Ilham Aliyev"}, {"AZE/ilham-heydar-oglu-aliyev", "Ilham Heydar oglu Aliyev"}};
        for (String[] person : people) {
            write(factSet("about-" + person[0].replace('/', '-'), List.of(official(person[0], person[1]))));
        }

        List<String> officials = officials();
        assertThat(officials).hasSize(people.length - 1).doesNotContain("AZE/ilham-heydar-oglu-aliyev");
        assertThat(mergedIds("AZE/ilham-aliyev")).containsExactly("AZE/ilham-heydar-oglu-aliyev");
    }

    @Test
    @DisplayName("twenty thousand FactSets of two thousand people who differ only by a number keep two thousand people")
    void numbersKeepPeopleApart() {
        List<FactSet> corpus = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            int a = i % 2_000;
            int b = (i * 7 + 3) % 2_000;
            if (a == b) {
                b = (b + 1) % 2_000;
            }
            corpus.add(factSet("generated-" + i, List.of(person(a), person(b)), meeting(id(a), id(b), "2020-01-" + (10 + i % 19), null)));
        }
        Diplograph.using(driver, DiplographConfig.builder().batchFacts(2_000).build()).writer().writeAll(corpus);

        assertThat(officials()).hasSize(2_000);
    }

    @Test
    @DisplayName("a decision that two are different splits a wrong merge: each source, sentence and spelling goes with the right man")
    void decisionSplits() {
        write(factSet("ljubljana", List.of(official("USA/george-w-bush", "George W. Bush"), official("RUS/vladimir-putin", "Vladimir Putin")),
                meeting("USA/george-w-bush", "RUS/vladimir-putin", "2001-06-16", "Bush and Putin met in Ljubljana.")));
        write(factSet("malta", List.of(official("USA/george-bush", "George Bush"), official("SUN/mikhail-gorbachev", "Mikhail Gorbachev")),
                meeting("USA/george-bush", "SUN/mikhail-gorbachev", "1989-12-02", "Bush and Gorbachev met off Malta.")));
        write(factSet("slovenia", List.of(official("USA/george-bush", "George Bush"), official("RUS/vladimir-putin", "Vladimir Putin")),
                meeting("USA/george-bush", "RUS/vladimir-putin", "2001-06-16", "The two presidents talked at Brdo Castle.")));
        assertThat(mergedIds("USA/george-w-bush")).as("the name rules merged them").containsExactly("USA/george-bush");
        assertThat(edge("USA/george-w-bush", "RUS/vladimir-putin")).containsEntry("sources", List.of("ljubljana", "slovenia"));

        DecisionsApplied applied = Diplograph.using(driver).writer().apply(List.of(new Decision(Decision.Kind.DIFFERENT,
                ActorId.of("USA/george-w-bush"), ActorId.of("USA/george-bush"), "the Malta summit was the father")));

        assertThat(applied.split()).isEqualTo(1);
        assertThat(officials()).contains("USA/george-bush", "USA/george-w-bush");
        assertThat(mergedIds("USA/george-w-bush")).isEmpty();
        assertThat(actor("USA/george-w-bush")).containsEntry("aliases", List.of("George W. Bush")).containsEntry("sources", List.of("ljubljana"));
        assertThat(actor("USA/george-bush")).containsEntry("aliases", List.of("George Bush"))
                .containsEntry("sources", List.of("malta", "slovenia"));
        assertThat(metWith("USA/george-w-bush")).containsExactly("RUS/vladimir-putin");
        assertThat(edge("USA/george-w-bush", "RUS/vladimir-putin")).containsEntry("sources", List.of("ljubljana"))
                .containsEntry("evidence", List.of("Bush and Putin met in Ljubljana."));
        assertThat(edge("USA/george-bush", "RUS/vladimir-putin")).containsEntry("sources", List.of("slovenia"))
                .containsEntry("evidence", List.of("The two presidents talked at Brdo Castle."));
        assertThat(edge("USA/george-bush", "SUN/mikhail-gorbachev")).containsEntry("sources", List.of("malta"))
                .containsEntry("evidence", List.of("Bush and Gorbachev met off Malta."));

        List<String> after = GraphDump.lines(driver);
        Diplograph.using(driver).writer().apply(List.of(new Decision(Decision.Kind.DIFFERENT,
                ActorId.of("USA/george-w-bush"), ActorId.of("USA/george-bush"), "the Malta summit was the father")));
        assertThat(GraphDump.lines(driver)).as("applying it again changes nothing").isEqualTo(after);

        write(factSet("later", List.of(official("USA/george-w-bush-2", "George W. Bush"), official("USA/george-bush-2", "George Bush"))));
        assertThat(mergedIds("USA/george-w-bush")).as("the spellings still find their men").containsExactly("USA/george-w-bush-2");
    }

    @Test
    @DisplayName("a decision that two are the same merges what the rules kept apart, edges and all, and holds for later FactSets")
    void decisionMerges() {
        write(factSet("baku", List.of(official("AZE/najmeddin-sadikov", "Najmeddin Sadikov"), official("RUS/valery-gerasimov", "Valery Gerasimov")),
                meeting("AZE/najmeddin-sadikov", "RUS/valery-gerasimov", "2020-02-06", "Sadikov received Gerasimov.")));
        write(factSet("eucom", List.of(official("AZE/n-sadikhov", "N. Sadikhov"), official("USA/tod-wolters", "Tod Wolters")),
                meeting("AZE/n-sadikhov", "USA/tod-wolters", "2020-02-06", "Sadikhov sat down with Wolters.")));
        assertThat(officials()).as("an initial gives no name key").contains("AZE/n-sadikhov");

        Diplograph.using(driver).writer().apply(List.of(new Decision(Decision.Kind.SAME,
                ActorId.of("AZE/najmeddin-sadikov"), ActorId.of("AZE/n-sadikhov"), null)));

        assertThat(officials()).doesNotContain("AZE/n-sadikhov");
        assertThat(metWith("AZE/najmeddin-sadikov")).containsExactlyInAnyOrder("RUS/valery-gerasimov", "USA/tod-wolters");
        assertThat(actor("AZE/najmeddin-sadikov")).containsEntry("aliases", List.of("Najmeddin Sadikov", "N. Sadikhov"))
                .containsEntry("sources", List.of("baku", "eucom"));
        assertThat(edge("AZE/najmeddin-sadikov", "USA/tod-wolters")).containsEntry("evidence", List.of("Sadikhov sat down with Wolters."));

        write(factSet("again", List.of(official("AZE/n-sadikhov", "N. Sadikhov"), official("TUR/hulusi-akar", "Hulusi Akar")),
                meeting("AZE/n-sadikhov", "TUR/hulusi-akar", "2020-03-01", null)));
        assertThat(officials()).as("the decision holds for ids that arrive later").doesNotContain("AZE/n-sadikhov");
        assertThat(metWith("AZE/najmeddin-sadikov")).contains("TUR/hulusi-akar");
    }

    private void write(FactSet facts) {
        Diplograph.using(driver).writer().write(facts);
    }

    private static String id(int n) {
        return "USA/person-number" + n + "-" + FAMILIES[n % FAMILIES.length].toLowerCase();
    }

    private static final String[] FAMILIES = {"Xavier", "Young", "Zimmer", "Walker", "Vance"};

    private static String person(int n) {
        return official(id(n), "Person Number" + n + " " + FAMILIES[n % FAMILIES.length]);
    }

    private static String official(String id, String name) {
        return "{\"id\": \"" + id + "\", \"kind\": \"official\", \"name\": \"" + name + "\"}";
    }

    private static String meeting(String a, String b, String on, String evidence) {
        return "{\"participants\": [\"" + a + "\", \"" + b + "\"], \"on\": \"" + on + "\", \"precision\": \"day\""
                + (evidence == null ? "" : ", \"evidence\": \"" + evidence + "\"") + "}";
    }

    private static FactSet factSet(String source, List<String> actors, String... meetings) {
        return FactSetJson.parse("{\"format\": \"diplograph/facts@1\", \"source\": {\"id\": \"" + source + "\"}, \"actors\": ["
                + String.join(", ", actors) + "], \"meetings\": [" + String.join(", ", meetings) + "]}", source);
    }

    private List<String> officials() {
        try (var session = driver.session()) {
            return session.run("MATCH (o:Official) RETURN o.id AS id ORDER BY id").list(r -> r.get("id").asString());
        }
    }

    private List<String> metWith(String id) {
        try (var session = driver.session()) {
            return session.run("MATCH (:Actor {id: $id})-[:MET_WITH]-(o) RETURN o.id AS id ORDER BY id", Map.of("id", id))
                    .list(r -> r.get("id").asString());
        }
    }

    private List<String> mergedIds(String id) {
        return ((List<?>) actor(id).get("mergedIds")).stream().map(String::valueOf).toList();
    }

    private Map<String, Object> actor(String id) {
        return GraphDump.one(driver, "MATCH (a:Actor {id: $id}) RETURN a.aliases AS aliases, a.sources AS sources, "
                + "a.mergedIds AS mergedIds", Map.of("id", id));
    }

    private Map<String, Object> edge(String a, String b) {
        return GraphDump.one(driver, "MATCH (:Actor {id: $a})-[m:MET_WITH]-(:Actor {id: $b}) RETURN m.sources AS sources, "
                + "m.evidence AS evidence", Map.of("a", a, "b", b));
    }

}
