package org.diplograph.examples.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.diplograph.cypher.GraphDump;
import org.diplograph.cypher.embedded.EmbeddedNeo4j;
import org.diplograph.examples.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guarantee: bad input is refused whole, in one clear line. Every file of {@code src/test/resources/bad-input}
 * (truncated JSON, wrong types, unknown fields, 2020-02-30, invalid UTF-8, …) and the ones made here
 * (huge strings, deep nesting, binary files) is given to {@code ./diplograph ingest}: each gives exactly one
 * error line that names the file and the place, no stack trace, exit code 3, and the graph is unchanged.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIT {

    static final Path BAD_INPUT = Path.of("src/test/resources/bad-input");
    static final Path SAMPLE = Path.of("src/main/resources/org/diplograph/examples/sample");

    Path db;
    Path files;
    Map<String, String> expected = new LinkedHashMap<>();
    String before;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    void prepare(@TempDir Path dir) throws IOException {
        db = dir.resolve("graph");
        files = Files.createDirectories(dir.resolve("bad input"));   // a space in the path, on purpose
        for (String line : Files.readAllLines(BAD_INPUT.resolve("expected-places.txt"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.split("\\s*\\|\\s*", 2);
                expected.put(parts[0], parts[1]);
                Files.copy(BAD_INPUT.resolve(parts[0]), files.resolve(parts[0]));
            }
        }
        made("huge-string.json", ("{\"format\": \"diplograph/facts@1\", \"source\": {\"id\": \"huge\", \"title\": \""
                + "x".repeat(3_000_000) + "\"}}").getBytes(StandardCharsets.UTF_8), "too large");
        made("huge-line.jsonl", ("{\"format\": \"diplograph/facts@1\", \"source\": {\"id\": \"huge\", \"title\": \""
                + "y".repeat(3_000_000) + "\"}}\n").getBytes(StandardCharsets.UTF_8), "line 1");
        made("deeply-nested-array.json", ("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.UTF_8), "line 1");
        made("deeply-nested-object.json", ("{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000)).getBytes(StandardCharsets.UTF_8), "too deeply nested");
        made("deeply-nested-line.jsonl", ("[".repeat(100_000) + "\n").getBytes(StandardCharsets.UTF_8), "line 1");
        made("binary.json", random(1, 64 * 1024), "");
        made("binary.jsonl", random(2, 64 * 1024), "");
        byte[] zip = random(3, 4096);
        System.arraycopy(new byte[] {'P', 'K', 3, 4}, 0, zip, 0, 4);
        made("zip-archive-named.json", zip, "");
        made("nul-bytes.json", new byte[1024], "");
        made("article-binary.txt", random(4, 16 * 1024), "");
        made("article-huge.txt", "Gerasimov met Sadikov in Baku. ".repeat(200_000).getBytes(StandardCharsets.UTF_8), "");

        Run ingest = run("ingest", SAMPLE.toString(), "--db", db.toString());
        assertThat(ingest.code()).as(ingest.err()).isZero();
        before = hash();
    }

    @Test
    void thereAreAtLeastFiftyBadFiles() {
        assertThat(expected).hasSizeGreaterThanOrEqualTo(50);
    }

    @Test
    void everyBadFactSetFileGivesOneLineNamingFileAndPlaceWritesNothingAndShowsNoStackTrace() throws IOException {
        List<String> names = expected.keySet().stream().filter(n -> !n.endsWith(".txt")).sorted().toList();
        List<String> args = new ArrayList<>(List.of("ingest"));
        names.forEach(name -> args.add(files.resolve(name).toString()));
        args.addAll(List.of("--db", db.toString()));

        Run ingest = run(args.toArray(String[]::new));

        assertThat(ingest.code()).as(ingest.err()).isEqualTo(3);
        assertThat(ingest.out()).contains("Ingested 0 of " + names.size() + " files");
        List<String> lines = ingest.err().lines().toList();
        assertThat(lines).as(ingest.err()).hasSize(names.size());
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String line = lines.get(i);
            assertThat(line).as(name)
                    .startsWith("diplograph: " + files.resolve(name))
                    .contains(expected.get(name))
                    .endsWith("Nothing from this file was written.")
                    .doesNotContain("\tat ", "Exception", "com.fasterxml", "org.neo4j");
            assertThat(line.length()).as(name + " stays readable").isLessThan(1_000);
        }
        assertThat(hash()).isEqualTo(before);
    }

    /** Articles: {@code ingest} extracts {@code .txt} files; an empty, binary, invalid UTF-8 or huge one is refused in one line. */
    @Test
    void everyBadArticleGivesOneLineNamingTheFileAndWritesNothing() throws IOException {
        for (String name : expected.keySet().stream().filter(n -> n.endsWith(".txt")).sorted().toList()) {
            Run ingest = run("ingest", files.resolve(name).toString(), "--db", db.toString());
            assertThat(ingest.code()).as(name + ": " + ingest.err()).isEqualTo(3);
            assertThat(ingest.err().lines().toList()).as(name).singleElement().asString()
                    .startsWith("diplograph: " + files.resolve(name))
                    .contains(expected.get(name))
                    .doesNotContain("\tat ", "Exception");
        }
        assertThat(hash()).isEqualTo(before);
    }

    private void made(String name, byte[] content, String place) throws IOException {
        Files.write(files.resolve(name), content);
        expected.put(name, place);
    }

    private static byte[] random(long seed, int size) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private String hash() {
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(db, 0)) {
            return GraphDump.hash(neo4j.driver());
        }
    }

    static Stream<Path> list(Path folder) throws IOException {
        return Files.list(folder);
    }
}
