package org.diplograph.examples.questions;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.diplograph.cypher.Diplograph;
import org.diplograph.cypher.embedded.EmbeddedNeo4j;
import org.diplograph.examples.SampleCorpus;
import org.diplograph.examples.answers.Answers;

/** The example questions, in the order {@code ./diplograph examples} asks them, and a way to run one. */
public final class Questions {

    /** Every example question. */
    public static final List<Question> ALL = List.of(
            WhomDidSadikovMeet.QUESTION,
            MeetingsBetweenAzerbaijanAndRussia.QUESTION,
            WhoTalksToBothRussiaAndNato.QUESTION,
            ChainFromGerasimovToWolters.QUESTION,
            CounterpartsOfSadikhov.QUESTION,
            RolesOfWoltersOnTheDay.QUESTION,
            PartnersOfAzerbaijan.QUESTION,
            MostConnectedOfficials.QUESTION,
            CommonContactsOfAkarAndSadikov.QUESTION,
            AzerbaijanOverTime.QUESTION);

    private Questions() {
    }

    /**
     * Runs one question on the sample corpus in the embedded database in {@code data/examples}, as the
     * examples' {@code main} methods do.
     *
     * @param question the question
     */
    public static void run(Question question) {
        PrintWriter out = new PrintWriter(System.out, true);
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(Path.of("data", "examples"), 0);
             Diplograph graph = Diplograph.using(neo4j)) {
            graph.writer().writeAll(SampleCorpus.factSets());
            print(1, question, graph, out);
        }
    }

    /**
     * @param number   its number in the list
     * @param question the question
     * @param graph    the graph to ask
     * @param out      where to print the heading and the table
     */
    public static void print(int number, Question question, Diplograph graph, PrintWriter out) {
        out.printf("%d. %s%n   %s%n%n", number, question.words(), question.call());
        Answers.print(question.answer().apply(graph.explorer()), out);
        out.println();
    }
}
