package org.diplograph.examples.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.diplograph.InvalidInputException;
import org.diplograph.cypher.NetworkReader;
import org.diplograph.explorer.Network;
import org.diplograph.export.Dot;
import org.diplograph.export.FollowTheMoney;
import org.diplograph.export.GraphMl;
import org.diplograph.export.HtmlPage;
import org.diplograph.export.TimelinePage;
import org.diplograph.model.Period;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code diplograph export}: the graph, or a part of it, as a picture or for other tools. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the graph (or --around ACTOR --hops N of it) as a self-contained HTML page, "
                + "GraphML (Gephi, yEd), DOT (Graphviz) or FollowTheMoney entities (one JSON per line), or one actor's meetings as a timeline page.",
        footer = {"", "Examples:",
                "  ./diplograph export --format html --output graph.html --db data/examples",
                "  ./diplograph export --format html --around AZE/najmeddin-sadikov --hops 2 --output sadikov.html",
                "  ./diplograph export --format graphml --from 2020-01-01 --to 2020-12-31 > 2020.graphml",
                "  ./diplograph export --format dot --around RUS/valery-gerasimov --hops 1 | dot -Tsvg > gerasimov.svg",
                "  ./diplograph export --format timeline --around AZE/najmeddin-sadikov --output sadikov-timeline.html",
                "  ./diplograph export --format ftm --output graph.ftm.json      (FollowTheMoney: Person, PublicBody, Position, Occupancy, Event …)"})
final class ExportCommand implements Callable<Integer> {

    enum Format { html, graphml, dot, timeline, ftm }

    @Spec
    CommandSpec spec;

    @Mixin
    GraphOptions graph;

    @Option(names = "--format", required = true, description = "html, graphml, dot, timeline or ftm.")
    Format format;

    @Option(names = "--around", paramLabel = "ACTOR", description = "Only the part around this actor (id, or any spelling).")
    String around;

    @Option(names = "--hops", defaultValue = "" + NetworkReader.DEFAULT_HOPS, description = "How many meetings away from --around (default: ${DEFAULT-VALUE}).")
    int hops;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only meetings on or after this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only meetings on or before this day.")
    LocalDate to;

    @Option(names = "--undated", description = "Also meetings of unknown date.")
    boolean undated;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to this file instead of standard output.")
    Path output;

    @Override
    public Integer call() {
        Period period = new Period(from, to, undated);
        if (format == Format.timeline && around == null) {
            throw new InvalidInputException("--format timeline needs --around ACTOR.");
        }
        try (GraphOptions.Opened opened = graph.open(GraphOptions.dataFolder().resolve("graph"))) {
            String centre = around == null ? null : opened.graph().explorer().actor(around).id();
            Network network = centre == null ? opened.graph().network().whole(period)
                    : opened.graph().network().around(centre, format == Format.timeline ? 1 : hops, period);
            try (PrintWriter out = writer()) {
                switch (format) {
                    case html -> HtmlPage.write(network, centre == null ? "Diplograph" : "Diplograph: around " + centre, out);
                    case graphml -> GraphMl.write(network, out);
                    case dot -> Dot.write(network, out);
                    case timeline -> TimelinePage.write(network, centre, out);
                    case ftm -> FollowTheMoney.write(network, out);
                }
            }
            if (output != null) {
                spec.commandLine().getErr().printf("Wrote %d actors and %d edges to %s%n",
                        network.nodes().size(), network.edges().size(), output);
            }
        }
        return 0;
    }

    private PrintWriter writer() {
        if (output == null) {
            // Standard output stays open: it belongs to the caller.
            PrintWriter out = spec.commandLine().getOut();
            return new PrintWriter(out) {
                @Override
                public void close() {
                    flush();
                }
            };
        }
        try {
            return new PrintWriter(new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + output + ": " + e.getMessage(), e);
        }
    }
}
