package org.diplograph.cypher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.diplograph.json.FactSetJson;
import org.diplograph.model.FactSet;
import org.neo4j.driver.Driver;

/** Loads FactSet JSON files into a test database through the real writer. */
final class Fixtures {

    /** The fixture graph of the query tests (cypher/src/test/resources/fixtures). */
    static final Path FIXTURE = Path.of("src/test/resources/fixtures");
    /** The sample corpus of the examples module, read in place (the module directory is Maven's cwd). */
    static final Path SAMPLE = Path.of("../examples/src/main/resources/org/diplograph/examples/sample");

    private Fixtures() {
    }

    /**
     * Writes every {@code .json} file of a folder, in name order.
     *
     * @param driver the database
     * @param folder the folder
     * @return the graph, for asking questions
     */
    static Diplograph load(Driver driver, Path folder) {
        Diplograph graph = Diplograph.using(driver);
        List<FactSet> facts;
        try (Stream<Path> files = Files.list(folder)) {
            facts = files.filter(f -> f.toString().endsWith(".json")).sorted()
                    .map(f -> FactSetJson.parse(read(f), f.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (FactSet set : facts) {
            graph.writer().write(set);
        }
        return graph;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
