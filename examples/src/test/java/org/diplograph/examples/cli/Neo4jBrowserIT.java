package org.diplograph.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.diplograph.examples.Chromium;
import org.diplograph.examples.RequiredTools;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Neo4j Browser through {@code serve}, in a real headless chromium: it loads from the embedded server, a
 * wrong password is refused and the served one connects it, the officials' meetings come back captioned with their
 * names in the officials' colour, the four kinds of actor in four colours, and no request leaves the machine.
 * The screenshots are kept in {@code examples/target/screenshots/neo4j-browser*.png}.
 */
class Neo4jBrowserIT {

    static final String QUERY = "MATCH (o:Official)-[m:MET_WITH]-(p) RETURN o, m, p LIMIT 25";
    static final String KINDS = "MATCH (a:Actor)-[r:REPRESENTS]->(b) RETURN a, r, b";
    static final Duration PATIENCE = Duration.ofSeconds(120);

    @Test
    @DisplayName("log in to Neo4j Browser served by serve, run a query, see the officials by name and colour, offline")
    void theBrowserLogsInAndShowsTheMeetings(@TempDir Path tmp) throws Exception {
        RequiredTools.require("Neo4jBrowserIT", RequiredTools.CHROMIUM);
        Path db = tmp.resolve("graph");
        assertThat(Cli.run("ingest", Cli.SAMPLE.toString(), "--db", db.toString()).code()).isZero();
        Path passwordFile = Files.writeString(tmp.resolve("password"), "browser-test-password\n");
        ServeIT.Served served = ServeIT.serve("--db", db.toString(), "--password-file", passwordFile.toString());
        try (Chromium chromium = Chromium.start(tmp.resolve("profile"))) {
            chromium.navigate(served.browser());   // the address serve printed
            chromium.await("the login form", "document.querySelector('[data-testid=password]')", PATIENCE);
            // the same login as Bolt: a wrong password is refused, the served one connects
            fill(chromium, "username", "neo4j");
            fill(chromium, "password", "not-the-password");
            chromium.evaluate("document.querySelector('[data-testid=connect]').click()");
            chromium.await("the refusal", "document.body.innerText.includes('unauthorized due to authentication failure')", PATIENCE);
            fill(chromium, "password", "browser-test-password");
            chromium.evaluate("document.querySelector('[data-testid=connect]').click()");
            chromium.await("the connection", "document.body.innerText.includes('You are connected as user neo4j')", PATIENCE);
            // serve's post-connect command applies the Diplograph style; the result frame then opens above it
            chromium.await("the Diplograph style", frame(":style") + " != null", PATIENCE);

            chromium.evaluate("document.querySelector('[data-testid=activeEditor] textarea').focus()");
            chromium.type(QUERY);
            chromium.evaluate("document.querySelector('[data-testid=editor-Run]').click()");
            chromium.await("the graph of the result", frame("MET_WITH") + "?.querySelectorAll('svg g.node').length >= 6", PATIENCE);
            Thread.sleep(3_000);   // let the force layout settle before the picture is taken

            JsonNode nodes = chromium.evaluate("[..." + frame("MET_WITH") + ".querySelectorAll('svg g.node')].map(n => ({"
                    + "caption: [...n.querySelectorAll('text')].map(t => t.textContent).join(' '),"
                    + "fill: n.querySelector('circle.b-outline').getAttribute('fill')}))");
            List<String> captions = new ArrayList<>();
            nodes.forEach(n -> captions.add(n.path("caption").asText()));
            assertThat(String.join(" | ", captions)).contains("Sadikov", "Gerasimov", "Wolters", "Aliyev");
            nodes.forEach(n -> assertThat(n.path("fill").asText()).as("the officials' colour, from the Diplograph style")
                    .isEqualToIgnoringCase("#9ecae1"));

            chromium.evaluate("window.scrollTo(0, 0)");
            chromium.screenshot(Path.of("target", "screenshots", "neo4j-browser.png"));
            assertThat(Files.size(Path.of("target", "screenshots", "neo4j-browser.png"))).isGreaterThan(20_000);

            // Who represents what: officials, ministries, countries and alliances, each kind in its own colour.
            chromium.evaluate("document.querySelector('[data-testid=activeEditor] textarea').focus()");
            chromium.type(KINDS);
            chromium.evaluate("document.querySelector('[data-testid=editor-Run]').click()");
            chromium.await("the graph of the roles", frame("REPRESENTS") + "?.querySelectorAll('svg g.node').length >= 20", PATIENCE);
            Thread.sleep(3_000);
            JsonNode fills = chromium.evaluate("[...new Set([..." + frame("REPRESENTS")
                    + ".querySelectorAll('svg g.node circle.b-outline')].map(c => c.getAttribute('fill').toLowerCase()))]");
            List<String> colours = new ArrayList<>();
            fills.forEach(f -> colours.add(f.asText()));
            assertThat(colours).as("official, ministry, country, alliance").containsExactlyInAnyOrder("#9ecae1", "#fdd0a2", "#c7e9c0", "#dadaeb");
            chromium.evaluate("window.scrollTo(0, 0)");
            chromium.screenshot(Path.of("target", "screenshots", "neo4j-browser-kinds.png"));

            // The Browser's style sheet imports fonts from Google: the content security policy serve sets keeps it home.
            for (Chromium.Request request : chromium.requests()) {
                URI uri = URI.create(request.url());
                boolean local = uri.getScheme().equals("data") || uri.getScheme().equals("blob")
                        || List.of("127.0.0.1", "localhost").contains(uri.getHost());
                assertThat(local || "csp".equals(request.blockedBy())).as("a request left the machine: " + request).isTrue();
            }
            assertThat(chromium.requests()).as("the page talked to the served Bolt port")
                    .anyMatch(r -> r.url().startsWith(served.uri().replace("bolt://", "ws://")) && r.blockedBy() == null);
        } finally {
            served.stop();
        }
    }

    /** @return JavaScript finding the result frame of the command holding this text, or null */
    private static String frame(String command) {
        return "[...document.querySelectorAll('[data-testid=frame]')].find(f => f.querySelector('[data-testid=frameCommand]')"
                + "?.textContent.includes('" + command + "'))";
    }

    /** Types into a login field as a user would (the Browser's form reacts to input events, not to a set value). */
    private static void fill(Chromium chromium, String field, String text) {
        chromium.evaluate("(() => { const f = document.querySelector('[data-testid=" + field + "]'); f.focus(); f.select(); })()");
        chromium.type(text);
    }
}
