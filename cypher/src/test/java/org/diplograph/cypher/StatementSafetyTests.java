package org.diplograph.cypher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Guarantee: values reach Cypher only as parameters. A scan of the statement files and of every
 * Java source that runs Cypher: statements come from {@code .cypher} resources (or are fixed
 * literals), nothing is concatenated into them, and every {@code $parameter} a file uses is listed in
 * its header. The one exception, by design, is the analyst's own statement in {@code ReadOnlyCypher},
 * which is EXPLAIN-checked and run in a read transaction (see {@code ReadOnlyCypherIT}).
 */
class StatementSafetyTests {

    static final Path JAVA = Path.of("src/main/java");
    static final Path CYPHER = Path.of("src/main/resources/org/diplograph/cypher");

    /** {@code run(} calls whose first argument is not a resource or a literal, each with the reason it is safe. */
    static final Map<String, String> ALLOWED = Map.of(
            "Schema.java: statement", "a statement of a schema resource file, split by Statements.split",
            "QueryResults.java: statement", "Statements.load(\"query/\" + name) with the method's fixed file name, logged first",
            "ReadOnlyCypher.java: \"EXPLAIN \" + statement", "the analyst's own read-only Cypher, planned only",
            "ReadOnlyCypher.java: statement", "the analyst's own Cypher, run only when EXPLAIN says read-only, in a read transaction",
            "DriverTransaction.java: statement", "what TransactionGraph or BatchWrite hands it: Statements.load of a write/ file",
            "InProcessTransactions.java: statement", "the same, run in process on the embedded database",
            "ReadRunner.java: statement", "what the Explorer and the exports hand it: Statements.load of a query/ or export/ file");

    /**
     * A driver {@code run(} on a session or transaction, or an embedded transaction's {@code execute(} (a lower-case
     * receiver; {@code BatchWrite.run} is ours).
     */
    private static final Pattern RUN = Pattern.compile("\\b[a-z]\\w*\\.(?:run|execute)\\(");
    private static final Pattern RESOURCE = Pattern.compile("(?:Statements\\.load|StatementFiles\\.read)\\((\"[a-z0-9/-]+\"|[a-zA-Z]+)\\)");
    private static final Pattern LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern CYPHER_WORD = Pattern.compile(
            "\\b(MATCH|MERGE|CREATE|SET|DELETE|REMOVE|RETURN|WHERE|UNWIND|CALL|WITH|LOAD CSV|FOREACH|DETACH)\\b");
    private static final Pattern PARAMETER = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");

    @Test
    @DisplayName("every Cypher the library runs comes from a resource file or is a fixed literal")
    void everyRunTakesAResourceOrALiteral() throws IOException {
        List<String> unsafe = new ArrayList<>();
        Set<String> allowedSeen = new LinkedHashSet<>();
        int calls = 0;
        for (Path file : files(JAVA, ".java")) {
            String code = Files.readString(file);
            Matcher run = RUN.matcher(code);
            while (run.find()) {
                calls++;
                String argument = firstArgument(code, run.end());
                String where = file.getFileName() + ": " + argument;
                if (RESOURCE.matcher(argument).matches() || LITERAL.matcher(argument).matches()) {
                    continue;
                }
                if (ALLOWED.containsKey(where)) {
                    allowedSeen.add(where);
                } else {
                    unsafe.add(where);
                }
            }
        }
        assertThat(calls).as("run( calls found").isGreaterThanOrEqualTo(5);
        assertThat(unsafe).as("statements that are neither resources nor literals").isEmpty();
        assertThat(allowedSeen).as("the allowed exceptions still exist (else drop them)").containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
    }

    @Test
    @DisplayName("no Java source concatenates anything into a string holding Cypher")
    void noCypherIsConcatenated() throws IOException {
        List<String> concatenated = new ArrayList<>();
        for (Path file : files(JAVA, ".java")) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith("*") || line.startsWith("//") || line.contains("Exception(") || line.contains("LOG.")) {
                    continue;   // messages and comments, not statements
                }
                Matcher literal = LITERAL.matcher(line);
                while (literal.find()) {
                    String text = literal.group();
                    boolean joined = line.substring(literal.end()).stripLeading().startsWith("+")
                            || line.substring(0, literal.start()).stripTrailing().endsWith("+");
                    if (joined && CYPHER_WORD.matcher(text).find() && !text.equals("\"EXPLAIN \"")) {
                        concatenated.add(file.getFileName() + ":" + (i + 1) + ": " + line);
                    }
                }
            }
        }
        assertThat(concatenated).isEmpty();
    }

    /** The "// Parameters:" line with its indented continuation lines, or null. */
    private static String header(String text) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("//") && lines.get(i).contains("Parameters:")) {
                StringBuilder header = new StringBuilder(lines.get(i));
                for (int j = i + 1; j < lines.size() && lines.get(j).startsWith("//   "); j++) {
                    header.append('\n').append(lines.get(j));
                }
                return header.toString();
            }
        }
        return null;
    }

    @Test
    @DisplayName("every statement file names its parameters, uses only those, and runs no dynamic Cypher")
    void statementFilesUseOnlyDeclaredParameters() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> statements = files(CYPHER, ".cypher");
        assertThat(statements).hasSizeGreaterThanOrEqualTo(10);
        for (Path file : statements) {
            String text = Files.readString(file);
            String name = CYPHER.relativize(file).toString();
            String header = header(text);
            List<String> code = text.lines().filter(l -> !l.strip().startsWith("//")).toList();
            Set<String> used = new LinkedHashSet<>();
            code.forEach(l -> PARAMETER.matcher(l).results().forEach(m -> used.add(m.group(1))));
            if (name.startsWith("schema/")) {
                if (!used.isEmpty()) {
                    problems.add(name + ": a schema file takes no parameters");
                }
                continue;
            }
            if (header == null) {
                problems.add(name + ": no \"// Parameters:\" header");
                continue;
            }
            for (String parameter : used) {
                if (!header.contains("$" + parameter)) {
                    problems.add(name + ": $" + parameter + " is not in the header");
                }
            }
            String joined = String.join("\n", code).toLowerCase(java.util.Locale.ROOT);
            for (String dynamic : List.of("apoc.cypher.", "apoc.do.", "apoc.periodic.", "load csv")) {
                if (joined.contains(dynamic)) {
                    problems.add(name + ": runs dynamic Cypher or reads files (" + dynamic + ")");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** The text of a call's first argument: up to the first comma or closing parenthesis at depth zero. */
    static String firstArgument(String code, int from) {
        int depth = 0;
        boolean string = false;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (string) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    string = false;
                }
            } else if (c == '"') {
                string = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth-- == 0 || c == ',' && depth == 0) {
                return code.substring(from, i).strip().replaceAll("\\s+", " ");
            }
        }
        throw new IllegalStateException("Unbalanced call at " + from);
    }

    private static List<Path> files(Path root, String extension) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(extension)).sorted().toList();
        }
    }
}
