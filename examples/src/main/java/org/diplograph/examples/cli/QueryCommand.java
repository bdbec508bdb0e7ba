package org.diplograph.examples.cli;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.diplograph.DiplographException;
import org.diplograph.InvalidInputException;
import org.diplograph.examples.answers.Answers;
import org.diplograph.explorer.Explorer;
import org.diplograph.model.ActorKind;
import org.diplograph.model.Period;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code diplograph query METHOD --arg value…}: any {@link Explorer} method by its name in kebab-case.
 * Options are the method's parameter names in kebab-case ({@code --official}, {@code --a}, {@code --b},
 * {@code --date}); a {@link Period} parameter becomes {@code --from}, {@code --to} and {@code --undated}.
 * The method list and every method's options come from the interface itself, so they never drift.
 */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Ask one typed question: METHOD is an Explorer method in kebab-case, its parameters are options.",
        footer = {"", "Examples:",
                "  ./diplograph query meetings-between --a AZE --b RUS --db data/examples",
                "  ./diplograph query brokers --a RUS --b NATO --db data/examples",
                "  ./diplograph query shortest-chain --a Gerasimov --b Wolters --db data/examples --format json",
                "  ./diplograph query roles-on --official \"Tod Wolters\" --date 2020-02-06 --db data/examples",
                "  ./diplograph query counterparts --official Sadikhov --from 2020-01-01 --to 2020-12-31 --db data/examples",
                "  ./diplograph query list                      every method and its options"})
final class QueryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    GraphOptions graph;

    @Option(names = "--format", defaultValue = "table", description = "table, json, jsonl or csv (default: ${DEFAULT-VALUE}).")
    Answers.Format format;

    @Parameters(index = "0", paramLabel = "METHOD", description = "The question, like meetings-between; `list` shows them all.")
    String method;

    /** The method's own options: known only once the method is, so picocli passes them through. */
    @Unmatched
    List<String> arguments = new ArrayList<>();

    /** Shorter names people will type for the longer parameter names. */
    private static final Map<String, List<String>> ALIASES = Map.of(
            "name-or-id", List.of("name", "id", "actor"),
            "country-or-alliance", List.of("actor", "country", "alliance"),
            "alliance-or-country", List.of("alliance", "country", "actor"),
            "on-date", List.of("date", "on"));

    @Override
    public Integer call() {
        if (method.equals("list")) {
            spec.commandLine().getOut().print(catalogue());
            return 0;
        }
        Method target = method(method);
        Map<String, String> given = options(arguments);
        Object[] values = values(target, given);
        try (GraphOptions.Opened opened = graph.open(GraphOptions.dataFolder().resolve("graph"))) {
            Object result = invoke(target, opened.graph().explorer(), values);
            Answers.print(result, format, spec.commandLine().getOut());
        }
        return 0;
    }

    /** Every question the command line offers: the Explorer's methods, each once (the fullest overload). */
    static Map<String, Method> methods() {
        Map<String, Method> methods = new TreeMap<>();
        for (Method m : Explorer.class.getMethods()) {
            if (m.isDefault() || m.getName().equals("cypher") || m.getName().equals("findActor")) {
                continue;
            }
            methods.merge(kebab(m.getName()), m, (x, y) -> x.getParameterCount() >= y.getParameterCount() ? x : y);
        }
        return methods;
    }

    static String catalogue() {
        StringBuilder text = new StringBuilder("Questions (./diplograph query METHOD …):\n");
        methods().forEach((name, m) -> text.append("  ").append(name).append(' ')
                .append(Arrays.stream(m.getParameters()).map(QueryCommand::usage).collect(Collectors.joining(" "))).append('\n'));
        return text.toString();
    }

    private static String usage(Parameter p) {
        if (p.getType() == Period.class) {
            return "[--from YYYY-MM-DD] [--to YYYY-MM-DD] [--undated]";
        }
        if (p.getType() == boolean.class) {
            return "[--" + kebab(p.getName()) + "]";
        }
        String option = "--" + kebab(p.getName()) + " " + placeholder(p);
        return p.getType() == String.class || p.getType() == ActorKind.class ? option : "[" + option + "]";
    }

    private static String placeholder(Parameter p) {
        if (p.getType() == LocalDate.class) {
            return "YYYY-MM-DD";
        }
        if (p.getType() == int.class) {
            return "N";
        }
        if (p.getType() == ActorKind.class) {
            return Arrays.stream(ActorKind.values()).map(ActorKind::word).collect(Collectors.joining("|"));
        }
        return "NAME";
    }

    private static Method method(String name) {
        Method m = methods().get(name);
        if (m == null) {
            String close = methods().keySet().stream()
                    .sorted(Comparator.comparingInt(candidate -> distance(candidate, name)))
                    .limit(3).collect(Collectors.joining(", "));
            throw new InvalidInputException("\"" + name + "\" is not a question; did you mean " + close
                    + "? `./diplograph query list` shows them all.");
        }
        return m;
    }

    private static Map<String, String> options(List<String> arguments) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < arguments.size(); i++) {
            String arg = arguments.get(i);
            if (!arg.startsWith("--") || arg.length() < 3) {
                throw new InvalidInputException("Expected an option like --official, found \"" + arg + "\".");
            }
            String name = arg.substring(2);
            String value = "true";
            int eq = name.indexOf('=');
            if (eq > 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < arguments.size() && !arguments.get(i + 1).startsWith("--")) {
                value = arguments.get(++i);
            }
            if (options.put(name, value) != null) {
                throw new InvalidInputException("--" + name + " is given twice.");
            }
        }
        return options;
    }

    private static Object[] values(Method m, Map<String, String> given) {
        Map<String, String> left = new LinkedHashMap<>(given);
        Parameter[] parameters = m.getParameters();
        Object[] values = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            Parameter p = parameters[i];
            String option = kebab(p.getName());
            for (String alias : ALIASES.getOrDefault(option, List.of())) {
                if (!left.containsKey(option) && left.containsKey(alias)) {
                    left.put(option, left.remove(alias));
                }
            }
            if (p.getType() == Period.class) {
                values[i] = new Period(date(left.remove("from"), "from"), date(left.remove("to"), "to"),
                        Boolean.parseBoolean(left.getOrDefault("undated", "false")));
                left.remove("undated");
            } else if (p.getType() == boolean.class) {
                values[i] = Boolean.parseBoolean(Optional.ofNullable(left.remove(option)).orElse("false"));
            } else if (p.getType() == int.class) {
                String value = left.remove(option);
                values[i] = value != null ? number(value, option)
                        : DEFAULT_NUMBERS.containsKey(option) ? DEFAULT_NUMBERS.get(option) : number(required(null, option, m), option);
            } else if (p.getType() == LocalDate.class) {
                values[i] = date(left.remove(option), option);
            } else if (p.getType() == ActorKind.class) {
                values[i] = ActorKind.fromWord(required(left.remove(option), option, m));
            } else {
                values[i] = required(left.remove(option), option, m);
            }
        }
        if (!left.isEmpty()) {
            throw new InvalidInputException(kebab(m.getName()) + " has no option --" + String.join(", --", left.keySet())
                    + "; it takes: " + Arrays.stream(parameters).map(QueryCommand::usage).collect(Collectors.joining(" ")));
        }
        return values;
    }

    private static String required(String value, String option, Method m) {
        if (value == null) {
            throw new InvalidInputException(kebab(m.getName()) + " needs --" + option + "; it takes: "
                    + Arrays.stream(m.getParameters()).map(QueryCommand::usage).collect(Collectors.joining(" ")));
        }
        return value;
    }

    /** The defaults of the Explorer's number parameters, as its shorter overloads fill them in. */
    private static final Map<String, Integer> DEFAULT_NUMBERS = Map.of(
            "max-hops", Explorer.DEFAULT_CHAIN_HOPS,
            "hops", Explorer.DEFAULT_NEIGHBOURHOOD_HOPS,
            "max-actors", Explorer.NEIGHBOURHOOD_ACTORS,
            "limit", Explorer.DEFAULT_LIMIT);

    private static int number(String value, String option) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("--" + option + " takes a whole number, not \"" + value + "\".");
        }
    }

    private static LocalDate date(String value, String option) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("--" + option + " takes a real date YYYY-MM-DD, not \"" + value + "\".");
        }
    }

    private static Object invoke(Method m, Explorer explorer, Object[] values) {
        try {
            return m.invoke(explorer, values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new DiplographException("The question failed: " + e.getCause(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static int distance(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int previous = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int current = row[j];
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), previous + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                previous = current;
            }
        }
        return row[b.length()];
    }
}
