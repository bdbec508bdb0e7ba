package org.diplograph.cypher.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the {@code .cypher} resources under {@code org/diplograph/cypher/}, once each: for the library
 * ({@code internal.Statements}) and for the plugin, whose jar carries the one statement
 * its walk runs ({@code query/side-members}). It lives here because the plugin depends on nothing but
 * Neo4j and the JDK.
 */
public final class StatementFiles {

    /** Where statement files live on the classpath. */
    public static final String ROOT = "/org/diplograph/cypher/";

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private StatementFiles() {
    }

    /**
     * @param name the file's name below {@link #ROOT}, without {@code .cypher}
     * @return the statement text, read once
     * @throws IllegalStateException naming the path when no such resource exists
     */
    public static String read(String name) {
        return CACHE.computeIfAbsent(name, StatementFiles::readFile);
    }

    private static String readFile(String name) {
        String path = ROOT + name + ".cypher";
        try (InputStream in = StatementFiles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The Cypher statement " + path + " is missing from the classpath.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }
}
