package org.diplograph.convert;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The converters' data files (class-path resources beside their classes): lines, or rows of tab-separated
 * fields, with blank lines and {@code #} comments left out.
 */
public final class DataFiles {

    private DataFiles() {
    }

    /**
     * @param owner a class in the package the file is in
     * @param name  the resource's name, like {@code countries.tsv}
     * @return its lines, blank lines and comments left out
     * @throws IllegalStateException when it is missing (a broken build, not bad input)
     */
    public static List<String> lines(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The converter data file " + name + " is missing from the class path.");
            }
            List<String> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new IllegalStateException("The converter data file " + name + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * @param owner a class in the package the file is in
     * @param name  the resource's name
     * @return its rows, each split at tabs
     */
    public static List<String[]> rows(Class<?> owner, String name) {
        return lines(owner, name).stream().map(line -> line.split("\t", -1)).toList();
    }

    static List<String[]> rows(String name) {
        return rows(DataFiles.class, name);
    }
}
