package org.diplograph.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import javax.xml.parsers.DocumentBuilderFactory;
import org.diplograph.explorer.Network;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class ExportTests {

    static final String HOSTILE = "Evil </script><script>alert(1)</script> <!-- --> & \"quotes\" 'x' \\ \u0001 ]]> \u2028\u2029";

    static final Network NETWORK = new Network(
            List.of(new Network.Node("AZE/a", "official", HOSTILE, List.of(HOSTILE)),
                    new Network.Node("RUS/b", "official", "Plain Name", List.of()),
                    new Network.Node("AZE", "country", "Azerbaijan", List.of())),
            List.of(new Network.Edge("MET_WITH", "AZE/a", "RUS/b", LocalDate.of(2020, 2, 6), "day", HOSTILE, "2020-02-06",
                            List.of("s1"), List.of(HOSTILE)),
                    new Network.Edge("REPRESENTS", "AZE/a", "AZE", null, null, null, "Chief", List.of("s1"), List.of())));

    static String render(BiConsumer<Network, PrintWriter> writer) {
        StringWriter text = new StringWriter();
        writer.accept(NETWORK, new PrintWriter(text));
        return text.toString();
    }

    @Test
    void graphMlIsWellFormedXmlWithEveryNodeAndEdge() throws Exception {
        String xml = render(GraphMl::write);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getElementsByTagName("node").getLength()).isEqualTo(3);
        assertThat(doc.getElementsByTagName("edge").getLength()).isEqualTo(2);
        assertThat(doc.getElementsByTagName("data").item(1).getTextContent()).startsWith("Evil </script>");
    }

    @Test
    void dotQuotesEveryNameSafely() {
        String dot = render(Dot::write);
        assertThat(dot).startsWith("digraph diplograph {").endsWith("}\n")
                .contains("\"AZE/a\" -> \"RUS/b\" [label=\"2020-02-06\"")
                .contains("\\\"quotes\\\"").doesNotContain("\"quotes\"");
    }

    @Test
    void theHtmlPageCannotBeBrokenOutOfByData() throws Exception {
        String html = render((n, out) -> HtmlPage.write(n, "Test <b>page</b>", out));
        int start = html.indexOf("id=\"graph-data\">") + "id=\"graph-data\">".length();
        String data = html.substring(start, html.indexOf("</script>", start));
        assertThat(data).doesNotContain("<", ">", "&", "\u2028", "\u2029");
        JsonNode parsed = new ObjectMapper().readTree(data);   // what JSON.parse reads: the names exactly as they are
        assertThat(parsed.get("nodes").get(0).get("name").asText()).isEqualTo(HOSTILE);
        assertThat(parsed.get("edges").get(0).get("evidence").get(0).asText()).isEqualTo(HOSTILE);
        assertThat(html).contains("<title>Test &lt;b&gt;page&lt;/b&gt;</title>").contains("vis.Network");
        // Offline: nothing is fetched from anywhere.
        assertThat(html).doesNotContain("src=\"http").doesNotContain("href=\"http");
    }

    @Test
    void theTimelineListsTheActorsMeetingsWithEscapedEvidence() {
        String html = render((n, out) -> TimelinePage.write(n, "AZE/a", out));
        assertThat(html).contains("1 meetings · AZE/a").contains("<td>2020-02-06</td><td>Plain Name</td>")
                .contains("Evil &lt;/script&gt;").doesNotContain("<script>alert");
    }
}
