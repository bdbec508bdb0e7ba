package org.diplograph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ArchitectureTests {

    private static final Path MAIN = Path.of("src", "main", "java");

    @Test
    @DisplayName("core must not depend on Neo4j: the domain knows no database")
    void coreDoesNotImportNeo4j() throws IOException {
        assertThat(sourcesContaining("org.neo4j")).isEmpty();
    }

    @Test
    @DisplayName("core library code logs through SLF4J and never prints")
    void coreDoesNotPrint() throws IOException {
        assertThat(sourcesContaining("System.out")).isEmpty();
        assertThat(sourcesContaining("System.err")).isEmpty();
    }

    private static List<Path> sourcesContaining(String text) throws IOException {
        assertThat(MAIN).isDirectory();
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> read(f).lines().anyMatch(line -> line.contains(text) && !line.strip().startsWith("*")
                            && !line.strip().startsWith("//")))
                    .toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
