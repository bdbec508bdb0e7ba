package org.diplograph.examples.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.examples.RequiredTools;
import org.diplograph.examples.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the exported page in a real headless browser (Debian's chromium, installed by .ci/run), checks
 * that every node was drawn, and keeps a screenshot in examples/target/screenshots/.
 */
class BrowserIT {

    static final Path CHROMIUM = RequiredTools.CHROMIUM;
    private static final Pattern DRAWN = Pattern.compile("data-drawn-nodes=\"(\\d+)\" data-drawn-edges=\"(\\d+)\"");

    @Test
    void theExportedPageDrawsTheNetworkOfflineInARealBrowser(@TempDir Path tmp) throws Exception {
        requireChromium();
        Path db = tmp.resolve("graph");
        Path page = tmp.resolve("graph.html");
        assertThat(Cli.run("ingest", Cli.SAMPLE.toString(), "--db", db.toString()).code()).isZero();
        assertEveryNodeIsDrawn(tmp, db, page);

        Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
        Path png = screenshots.resolve("network.png").toAbsolutePath();
        chromium(tmp, "--screenshot=" + png, page);
        assertThat(Files.size(png)).isGreaterThan(20_000);
    }

    @Test
    void namesAndSentencesWrittenToBreakThePageAreDrawnAsText(@TempDir Path tmp) throws Exception {
        requireChromium();
        String hostile = "Evil </script><script>document.title='owned'</script> <!-- --> <![CDATA[ & \\\" ' \u2028 \u2029";
        Files.writeString(tmp.resolve("hostile.json"), """
                {"format": "diplograph/facts@1", "source": {"id": "hostile"},
                 "actors": [{"id": "AZE/evil-one", "kind": "official", "name": "NAME"},
                            {"id": "RUS/plain-two", "kind": "official", "name": "Plain Two", "aliases": ["NAME"]},
                            {"id": "AZE", "kind": "country", "name": "NAME"}],
                 "represents": [{"who": "AZE/evil-one", "body": "AZE", "title": "NAME"}],
                 "meetings": [{"participants": ["AZE/evil-one", "RUS/plain-two"], "on": "2020-02", "place": "NAME", "evidence": "NAME"}]}
                """.replace("NAME", hostile.replace("\\", "\\\\").replace("\"", "\\\"")));
        Path db = tmp.resolve("graph");
        assertThat(Cli.run("ingest", tmp.resolve("hostile.json").toString(), "--db", db.toString()).code()).isZero();

        String dom = assertEveryNodeIsDrawn(tmp, db, tmp.resolve("hostile.html"));
        assertThat(dom).doesNotContain("<title>owned</title>");
    }

    /** Exports the graph as a page, opens it in chromium, and checks that it drew every node and edge. */
    private static String assertEveryNodeIsDrawn(Path tmp, Path db, Path page) throws IOException, InterruptedException {
        Cli.Run export = Cli.run("export", "--format", "html", "--output", page.toString(), "--db", db.toString());
        assertThat(export.code()).as(export.err()).isZero();
        Matcher wrote = Pattern.compile("Wrote (\\d+) actors and (\\d+) edges").matcher(export.err());
        assertThat(wrote.find()).as(export.err()).isTrue();

        // A headless chromium starved of CPU by the other tests of a parallel build can exit before the page has
        // run its script (an empty or unscripted dump): such a run says nothing about the page, so it is tried again.
        String dom = chromium(tmp, "--dump-dom", page);
        for (int retry = 0; retry < 2 && !DRAWN.matcher(dom).find(); retry++) {
            dom = chromium(tmp, "--dump-dom", page);
        }
        Matcher drawn = DRAWN.matcher(dom);
        assertThat(drawn.find()).as("the page reports what it drew; chromium's dump began: %s",
                dom.substring(0, Math.min(300, dom.length()))).isTrue();
        assertThat(drawn.group(1)).isEqualTo(wrote.group(1)).isNotEqualTo("0");
        assertThat(drawn.group(2)).isEqualTo(wrote.group(2));
        return dom;
    }

    private static void requireChromium() {
        RequiredTools.require("BrowserIT", CHROMIUM);   // on CI it must be there; elsewhere skipped, naming it
    }

    private static String chromium(Path tmp, String what, Path page) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(tmp, "chromium");
        List<String> command = List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1400,900", "--virtual-time-budget=10000", what,
                page.toUri().toString());
        Path output = tmp.resolve("chromium-" + System.nanoTime() + ".out");
        Process process = new ProcessBuilder(command).redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        return Files.readString(output);
    }
}
