package org.diplograph.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.diplograph.cypher.WriteSummary;
import org.diplograph.examples.SampleCorpus;
import org.diplograph.examples.answers.Answers;
import org.diplograph.examples.questions.Question;
import org.diplograph.examples.questions.Questions;
import org.diplograph.explorer.GraphSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code diplograph examples}: loads the sample corpus and answers the example questions. */
@Command(name = "examples", mixinStandardHelpOptions = true,
        description = "Load the bundled sample corpus (into data/examples unless --db or --uri says otherwise) "
                + "and print the answers to the example questions.",
        footer = {"", "Examples:", "  ./diplograph examples", "  ./diplograph examples --db /tmp/sample-graph"})
final class ExamplesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    GraphOptions graph;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (GraphOptions.Opened opened = graph.open(GraphOptions.dataFolder().resolve("examples"))) {
            WriteSummary loaded = opened.graph().writer().writeAll(SampleCorpus.factSets());
            out.printf("Loaded the sample corpus: %d FactSets, %d facts, %d spellings merged into known actors.%n%n",
                    loaded.factSets(), loaded.facts(), loaded.mergeCount());
            GraphSummary summary = opened.graph().summary();
            out.println("The sample graph:");
            Answers.print(summary, out);
            out.println();
            int number = 1;
            for (Question question : Questions.ALL) {
                Questions.print(number++, question, opened.graph(), out);
            }
            out.println("Ask your own: ./diplograph query list; paste-able Cypher for each question is in "
                    + "examples/src/main/resources/org/diplograph/examples/questions/.");
        }
        return 0;
    }
}
