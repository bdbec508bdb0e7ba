package org.diplograph.export;

import java.io.PrintWriter;
import java.util.Map;
import org.diplograph.explorer.Network;

/** A network as Graphviz DOT: actors shaped and coloured by kind, meetings as undirected edges labelled with dates. */
public final class Dot {

    private static final Map<String, String> STYLE = Map.of(
            "official", "shape=ellipse, style=filled, fillcolor=\"#9ecae1\"",
            "ministry", "shape=box, style=filled, fillcolor=\"#fdd0a2\"",
            "country", "shape=doubleoctagon, style=filled, fillcolor=\"#c7e9c0\"",
            "alliance", "shape=hexagon, style=filled, fillcolor=\"#dadaeb\"");

    private Dot() {
    }

    /**
     * @param network the network
     * @param out     where to write; render with {@code dot -Tsvg}
     */
    public static void write(Network network, PrintWriter out) {
        out.println("digraph diplograph {");
        out.println("  graph [overlap=false, splines=true];");
        for (Network.Node node : network.nodes()) {
            out.printf("  \"%s\" [label=\"%s\", %s];%n", Markup.dot(node.id()), Markup.dot(node.name()),
                    STYLE.getOrDefault(node.kind(), "shape=ellipse"));
        }
        for (Network.Edge edge : network.edges()) {
            String style = switch (edge.type()) {
                case "MET_WITH" -> "dir=none, penwidth=2, color=\"#3182bd\"";
                case "PARTNER_OF" -> "dir=none, style=dashed, color=\"#31a354\"";
                case "MEMBER_OF" -> "style=dotted, color=\"#756bb1\"";
                default -> "color=\"#969696\"";
            };
            out.printf("  \"%s\" -> \"%s\" [label=\"%s\", tooltip=\"%s\", %s];%n", Markup.dot(edge.from()), Markup.dot(edge.to()),
                    Markup.dot(edge.label()), Markup.dot(String.join(" | ", edge.evidence())), style);
        }
        out.println("}");
        out.flush();
    }
}
