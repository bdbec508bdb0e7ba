package org.diplograph.export;

import java.io.PrintWriter;
import org.diplograph.explorer.Network;

/** A network as GraphML, for Gephi, yEd or Cytoscape: node kind, name and aliases; edge type, label, date, place, sources, evidence. */
public final class GraphMl {

    private GraphMl() {
    }

    /**
     * @param network the network
     * @param out     where to write the document
     */
    public static void write(Network network, PrintWriter out) {
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">");
        for (String[] key : new String[][] {{"kind", "node"}, {"name", "node"}, {"aliases", "node"}, {"type", "edge"},
                {"label", "edge"}, {"on", "edge"}, {"place", "edge"}, {"sources", "edge"}, {"evidence", "edge"}}) {
            out.printf("  <key id=\"%s\" for=\"%s\" attr.name=\"%s\" attr.type=\"string\"/>%n", key[0], key[1], key[0]);
        }
        out.println("  <graph id=\"diplograph\" edgedefault=\"directed\">");
        for (Network.Node node : network.nodes()) {
            out.printf("    <node id=\"%s\"><data key=\"kind\">%s</data><data key=\"name\">%s</data><data key=\"aliases\">%s</data></node>%n",
                    Markup.xml(node.id()), Markup.xml(node.kind()), Markup.xml(node.name()), Markup.xml(String.join("; ", node.aliases())));
        }
        int i = 0;
        for (Network.Edge edge : network.edges()) {
            out.printf("    <edge id=\"e%d\" source=\"%s\" target=\"%s\"><data key=\"type\">%s</data><data key=\"label\">%s</data>"
                            + "<data key=\"on\">%s</data><data key=\"place\">%s</data><data key=\"sources\">%s</data><data key=\"evidence\">%s</data></edge>%n",
                    i++, Markup.xml(edge.from()), Markup.xml(edge.to()), Markup.xml(edge.type()), Markup.xml(edge.label()),
                    edge.date() == null ? "" : edge.date(), Markup.xml(edge.place()), Markup.xml(String.join("; ", edge.sources())),
                    Markup.xml(String.join(" | ", edge.evidence())));
        }
        out.println("  </graph>");
        out.println("</graphml>");
        out.flush();
    }
}
