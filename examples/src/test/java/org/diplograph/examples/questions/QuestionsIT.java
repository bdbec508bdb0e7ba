package org.diplograph.examples.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.diplograph.cypher.Diplograph;
import org.diplograph.cypher.Neo4jExtension;
import org.diplograph.examples.SampleCorpus;
import org.diplograph.examples.cli.Cli;
import org.diplograph.explorer.Chain;
import org.diplograph.explorer.Rows;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

@ExtendWith(Neo4jExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuestionsIT {

    Diplograph graph;

    @BeforeAll
    void loadTheSample(Driver driver) {
        graph = Diplograph.using(driver);
        graph.writer().writeAll(SampleCorpus.factSets());
    }

    @Test
    void thereAreAtLeastEightQuestionsAndEachHasAnAnswerOnTheSample() {
        assertThat(Questions.ALL).hasSizeGreaterThanOrEqualTo(8);
        for (Question question : Questions.ALL) {
            Object answer = question.answer().apply(graph.explorer());
            assertThat(answer instanceof Optional<?> o ? o.isPresent() : !((List<?>) answer).isEmpty())
                    .as(question.words()).isTrue();
        }
    }

    @Test
    void theTypedAnswersSayWhatTheIssueSaysTheyShould() {
        Chain chain = graph.explorer().shortestChain("Gerasimov", "Wolters").orElseThrow();
        assertThat(chain.hops()).extracting(hop -> hop.to().name()).containsExactly("Najmeddin Sadikov", "Tod Wolters");
        assertThat(graph.explorer().brokers("RUS", "NATO")).extracting(b -> b.broker().name()).contains("Najmeddin Sadikov");
    }

    @Test
    void eachQuestionHasAPasteableCypherFileThatAnswersOnTheSample() throws IOException {
        for (Question question : Questions.ALL) {
            String path = "/org/diplograph/examples/questions/" + question.cypher();
            try (InputStream in = Questions.class.getResourceAsStream(path)) {
                assertThat(in).as(path).isNotNull();
                String cypher = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(cypher).startsWith("// " + question.words());
                Rows rows = graph.cypher(cypher, Map.of());
                assertThat(rows.rows()).as(path).isNotEmpty();
            }
        }
    }

    @Test
    void examplesPrintsEveryQuestionWithItsCallAndAnswer(@TempDir java.nio.file.Path tmp) {
        Cli.Run run = Cli.run("examples", "--db", tmp.resolve("examples").toString());
        assertThat(run.code()).as(run.err()).isZero();
        for (Question question : Questions.ALL) {
            assertThat(run.out()).contains(question.words(), question.call());
        }
        assertThat(run.out()).contains("Najmeddin Sadikov", "Tod Wolters").doesNotContain("(no results)");
    }
}
