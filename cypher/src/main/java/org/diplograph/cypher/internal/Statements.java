package org.diplograph.cypher.internal;

import java.util.ArrayList;
import java.util.List;
import org.diplograph.cypher.plugin.StatementFiles;

/**
 * Cypher statements kept as {@code .cypher} resources under {@code org/diplograph/cypher/}, found by
 * name ({@code write/merge-actors}, {@code query/meetings-of}); read and cached by {@link StatementFiles}, which
 * the plugin shares.
 */
public final class Statements {

    private Statements() {
    }

    /**
     * @param name the file's name below {@link StatementFiles#ROOT}, without {@code .cypher}
     * @return the statement text
     * @throws IllegalStateException naming the path when no such resource exists
     */
    public static String load(String name) {
        return StatementFiles.read(name);
    }

    /**
     * Splits a file holding several statements (schema files) at semicolons that end a line.
     *
     * @param text the file's text
     * @return the statements, without comments-only parts
     */
    public static List<String> split(String text) {
        List<String> statements = new ArrayList<>();
        for (String part : text.split(";\\s*(\\r?\\n|$)")) {
            boolean hasCode = part.lines().anyMatch(line -> !line.isBlank() && !line.strip().startsWith("//"));
            if (hasCode) {
                statements.add(part.strip());
            }
        }
        return statements;
    }
}
