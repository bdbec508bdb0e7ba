package org.diplograph.examples.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.diplograph.InvalidInputException;
import org.diplograph.json.DecisionsJson;
import org.diplograph.model.ActorId;
import org.diplograph.names.Decision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code diplograph decide same|different ID ID --decisions FILE}: records an analyst's decision about two
 * ids that the name rules got wrong, for the next {@code ingest --decisions FILE} to apply.
 */
@Command(name = "decide", mixinStandardHelpOptions = true,
        description = "Record that two ids are the same person (or body) or different ones, whatever their names say, "
                + "in a decisions file (one JSON line each). The next `ingest --decisions FILE` applies it: it merges "
                + "two actors the name rules kept apart, or splits one they merged, each source and sentence going "
                + "with the right actor; the graph keeps the decision for every later ingest.",
        footer = {"", "Examples:",
                "  ./diplograph decide different USA/george-w-bush USA/george-bush --note \"Malta 1989 was the father\" --decisions decisions.jsonl",
                "  ./diplograph decide same AZE/najmeddin-sadikov AZE/n-sadikhov --decisions decisions.jsonl",
                "  ./diplograph ingest --decisions decisions.jsonl --db data/mine"})
final class DecideCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "same|different", description = "What the two ids are.")
    String kind;

    @Parameters(index = "1", paramLabel = "ID", description = "One id (for same: the id the merged actor keeps).")
    String a;

    @Parameters(index = "2", paramLabel = "ID", description = "The other id.")
    String b;

    @Option(names = "--decisions", paramLabel = "FILE", required = true, description = "The decisions file, created when missing.")
    Path file;

    @Option(names = "--note", paramLabel = "TEXT", description = "Why, in your words.")
    String note;

    @Override
    public Integer call() {
        Decision.Kind decided = switch (kind.toLowerCase(Locale.ROOT)) {
            case "same" -> Decision.Kind.SAME;
            case "different" -> Decision.Kind.DIFFERENT;
            default -> throw new InvalidInputException("\"" + kind + "\" is not a decision: say same or different.");
        };
        Decision decision = new Decision(decided, ActorId.of(a), ActorId.of(b), note);
        DecisionsJson.append(file, decision);
        spec.commandLine().getOut().printf("Recorded in %s: %s%nThe next ./diplograph ingest --decisions %s applies it.%n",
                file, DecisionsJson.line(decision), file);
        return 0;
    }
}
