package org.diplograph.export;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.diplograph.explorer.Network;

/** One actor's meetings over time, as a self-contained HTML page: dots on a time axis and a table with the evidence. */
public final class TimelinePage {

    private TimelinePage() {
    }

    /**
     * @param network the network around the actor (its meetings are the MET_WITH edges touching it)
     * @param actorId the actor
     * @param out     where to write the page
     */
    public static void write(Network network, String actorId, PrintWriter out) {
        Map<String, Network.Node> nodes = network.nodes().stream().collect(Collectors.toMap(Network.Node::id, Function.identity()));
        String name = nodes.containsKey(actorId) ? nodes.get(actorId).name() : actorId;
        List<Network.Edge> meetings = network.edges().stream()
                .filter(e -> e.type().equals("MET_WITH") && (e.from().equals(actorId) || e.to().equals(actorId)))
                .sorted(Comparator.comparing(Network.Edge::on, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        StringBuilder rows = new StringBuilder();
        for (Network.Edge m : meetings) {
            String other = m.from().equals(actorId) ? m.to() : m.from();
            rows.append("<tr><td>").append(Markup.xml(m.label())).append("</td><td>")
                    .append(Markup.xml(nodes.containsKey(other) ? nodes.get(other).name() : other)).append("</td><td>")
                    .append(Markup.xml(m.place())).append("</td><td>").append(Markup.xml(String.join(", ", m.sources())))
                    .append("</td><td class=\"evidence\">").append(Markup.xml(String.join(" — ", m.evidence()))).append("</td></tr>\n");
        }
        String page = Template.read("/org/diplograph/export/timeline.html")
                .replace("{{TITLE}}", Markup.xml("Meetings of " + name))
                .replace("{{SUBTITLE}}", Markup.xml(meetings.size() + " meetings · " + actorId))
                .replace("{{SVG}}", svg(meetings, actorId, nodes))
                .replace("{{ROWS}}", rows.toString());
        out.print(page);
        out.flush();
    }

    private static String svg(List<Network.Edge> meetings, String actorId, Map<String, Network.Node> nodes) {
        List<Network.Edge> dated = meetings.stream().filter(m -> m.on() != null).toList();
        StringBuilder svg = new StringBuilder("<svg viewBox=\"0 0 1000 120\" role=\"img\">\n")
                .append("<line x1=\"20\" y1=\"70\" x2=\"980\" y2=\"70\" stroke=\"#999\"/>\n");
        if (!dated.isEmpty()) {
            LocalDate first = dated.get(0).on();
            LocalDate last = dated.get(dated.size() - 1).on();
            long span = Math.max(1, ChronoUnit.DAYS.between(first, last));
            svg.append(text(20, 95, dated.get(0).date().toString(), "start"))
                    .append(text(980, 95, dated.get(dated.size() - 1).date().toString(), "end"));
            for (Network.Edge m : dated) {
                double x = dated.size() == 1 ? 500 : 20 + 960.0 * ChronoUnit.DAYS.between(first, m.on()) / span;
                String other = m.from().equals(actorId) ? m.to() : m.from();
                svg.append(String.format(java.util.Locale.ROOT, "<circle cx=\"%.1f\" cy=\"70\" r=\"6\" fill=\"#3182bd\"><title>%s</title></circle>%n",
                        x, Markup.xml(m.label() + " · " + (nodes.containsKey(other) ? nodes.get(other).name() : other))));
            }
        }
        return svg.append("</svg>").toString();
    }

    private static String text(double x, double y, String text, String anchor) {
        return String.format(java.util.Locale.ROOT, "<text x=\"%.0f\" y=\"%.0f\" font-size=\"12\" text-anchor=\"%s\">%s</text>%n",
                x, y, anchor, Markup.xml(text));
    }
}
