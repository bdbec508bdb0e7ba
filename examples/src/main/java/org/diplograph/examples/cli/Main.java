package org.diplograph.examples.cli;

import java.io.PrintWriter;
import org.diplograph.DatabaseUnavailableException;
import org.diplograph.InvalidInputException;
import org.diplograph.NotFoundException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code ./diplograph} command line. Exit codes: 0 success, 1 unexpected failure, 2 wrong usage,
 * 3 bad input, 4 nothing found by that name, 5 database unavailable. Errors are one line on standard
 * error; {@code --verbose} adds the stack trace.
 */
@Command(name = "diplograph", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Who met whom: reports of meetings between officials as a Neo4j graph you can question.",
        subcommands = {ExamplesCommand.class, IngestCommand.class, FirstLoadCommand.class, ExtractCommand.class, ConvertCommand.class, QueryCommand.class, CypherCommand.class, ExportCommand.class,
                DecideCommand.class,
                ServeCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Examples:",
                "  ./diplograph examples                      answer the example questions on the sample corpus",
                "  ./diplograph ingest corpus/ --db data/mine  load FactSet JSON files into a graph",
                "  ./diplograph import corpus/ --db data/new   the first load of a new database, through Neo4j's importer",
                "  ./diplograph ingest --from icews events.tab  peers' data (icews, polecat, gdelt, phoenix, ftm) into a graph",
                "  ./diplograph cypher \"MATCH (o:Official) RETURN o.name LIMIT 5\" --db data/mine",
                "", "Exit codes: 0 ok, 1 failure, 2 usage, 3 bad input, 4 not found, 5 database unavailable."})
public final class Main {

    static final int BAD_INPUT = 3;
    static final int NOT_FOUND = 4;
    static final int UNAVAILABLE = 5;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Show stack traces and more log output.")
    boolean verbose;

    private Main() {
    }

    /**
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /**
     * Runs one command in this JVM, as tests and notebooks do.
     *
     * @param out  where answers go
     * @param err  where errors and progress go
     * @param args the command line
     * @return the exit code
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        Main main = new Main();
        CommandLine cli = new CommandLine(main);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("diplograph: " + oneLine(e));
            if (main.verbose) {
                e.printStackTrace(commandLine.getErr());
            }
            commandLine.getErr().flush();
            return exitCode(e);
        });
        CommandLine query = cli.getSubcommands().get("query");
        String[] footer = query.getCommandSpec().usageMessage().footer();
        String[] withCatalogue = java.util.Arrays.copyOf(footer, footer.length + 2);
        withCatalogue[footer.length] = "";
        withCatalogue[footer.length + 1] = QueryCommand.catalogue().stripTrailing();
        query.getCommandSpec().usageMessage().footer(withCatalogue);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static int exitCode(Throwable e) {
        if (e instanceof InvalidInputException) {
            return BAD_INPUT;
        }
        if (e instanceof NotFoundException) {
            return NOT_FOUND;
        }
        if (e instanceof DatabaseUnavailableException) {
            return UNAVAILABLE;
        }
        return 1;
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    /** The version from the jar manifest, when built. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"diplograph " + (version == null ? "(development build)" : version)};
        }
    }
}
