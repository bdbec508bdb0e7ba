package org.diplograph.export;

import java.io.PrintWriter;
import java.util.Map;
import org.diplograph.explorer.Network;
import org.diplograph.json.JsonMappers;

/**
 * A network as one self-contained HTML page that works offline from disk: vis-network is inlined,
 * actors are coloured by kind, meetings are labelled with their dates, and hovering shows the
 * sources and sentences behind an edge. Values from the graph are JSON data read with
 * {@code textContent} and shown as text, never as markup.
 */
public final class HtmlPage {

    private static final String VIS = "/META-INF/resources/webjars/vis-network/9.1.2/standalone/umd/vis-network.min.js";

    private HtmlPage() {
    }

    /**
     * @param network the network
     * @param title   the page title
     * @param out     where to write the page
     */
    public static void write(Network network, String title, PrintWriter out) {
        String page = Template.read("/org/diplograph/export/network.html");
        String data = Markup.scriptJson(JsonMappers.resultJson(Map.of("nodes", network.nodes(), "edges", network.edges())));
        String vis = Template.read(VIS).replace("</script", "<\\/script");
        // Replace the data last: the script's text must not be searched for placeholders.
        out.print(page.replace("{{TITLE}}", Markup.xml(title)).replace("/*VIS*/", vis).replace("/*DATA*/", data));
        out.flush();
    }
}
