package org.diplograph.examples.cli;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.diplograph.InvalidInputException;
import org.diplograph.examples.answers.Answers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code diplograph cypher "MATCH …" --param k=v}: an analyst's own read-only Cypher. */
@Command(name = "cypher", mixinStandardHelpOptions = true,
        description = "Run your own read-only Cypher; statements that write, LOAD CSV, and procedures that may touch files, URLs "
                + "or settings are refused.",
        footer = {"", "Examples:",
                "  ./diplograph cypher \"MATCH (n) RETURN count(n) AS n\" --format csv",
                "  ./diplograph cypher \"MATCH (o:Official {id: $id})-[m:MET_WITH]-(c) RETURN c.name, m.on\" --param id=AZE/najmeddin-sadikov"})
final class CypherCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    GraphOptions graph;

    @Parameters(index = "0", paramLabel = "STATEMENT", description = "The Cypher; pass values as $parameters.")
    String statement;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "A parameter; numbers, true/false and YYYY-MM-DD dates are typed, the rest are strings.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", defaultValue = "table", description = "table, json, jsonl or csv (default: ${DEFAULT-VALUE}).")
    Answers.Format format;

    @Override
    public Integer call() {
        Map<String, Object> typed = new LinkedHashMap<>();
        params.forEach((name, value) -> typed.put(name, typed(value)));
        try (GraphOptions.Opened opened = graph.open(GraphOptions.dataFolder().resolve("graph"))) {
            Answers.print(opened.graph().cypher(statement, typed), format, spec.commandLine().getOut());
        }
        return 0;
    }

    static Object typed(String value) {
        if (value.matches("-?\\d{1,18}")) {
            return Long.parseLong(value);
        }
        if (value.matches("-?\\d+\\.\\d+")) {
            return Double.parseDouble(value);
        }
        if (value.equals("true") || value.equals("false")) {
            return Boolean.parseBoolean(value);
        }
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return LocalDate.parse(value);
            } catch (java.time.DateTimeException e) {
                throw new InvalidInputException("--param value \"" + value + "\" is not a real date.");
            }
        }
        return value;
    }
}
