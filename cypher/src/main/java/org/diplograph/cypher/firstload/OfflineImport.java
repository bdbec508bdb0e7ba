package org.diplograph.cypher.firstload;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.diplograph.DiplographException;
import org.neo4j.batchimport.api.Configuration;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.Config;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.fs.FileSystemAbstraction;
import org.neo4j.io.layout.DatabaseLayout;
import org.neo4j.io.pagecache.context.CursorContextFactory;
import org.neo4j.io.pagecache.tracing.PageCacheTracer;
import org.neo4j.logging.InternalLogProvider;
import org.neo4j.logging.internal.LogService;
import org.neo4j.memory.MemoryTracker;
import org.neo4j.scheduler.JobScheduler;
import picocli.CommandLine;

/**
 * {@code neo4j-admin database import full}, run in this JVM on an {@link Input} instead of CSV
 * files. The command does everything it does for CSV (locks the database folder, replaces the
 * store, sizes memory, reports progress); only the input it hands the importer is swapped, at the
 * one place the command passes it on ({@code doImport}). It insists on a {@code --nodes} file, so
 * it is given an empty one that is never read.
 */
final class OfflineImport extends ImportCommand.Full {

    private final Input input;

    private OfflineImport(ExecutionContext context, Input input) {
        super(context);
        this.input = input;
    }

    @Override
    protected void doImport(FileSystemAbstraction fs, DatabaseLayout layout, Config config, JobScheduler scheduler,
                            InternalLogProvider logProvider, PageCacheTracer tracer, CursorContextFactory contexts,
                            Configuration importConfig, LogService logService, PrintStream out, PrintStream err,
                            boolean verbose, Collector badCollector, MemoryTracker memory, Input placeholder) throws IOException {
        super.doImport(fs, layout, config, scheduler, logProvider, tracer, contexts, importConfig, logService, out, err,
                verbose, badCollector, memory, input);
    }

    /**
     * Imports into the default database of a Neo4j home folder (the folder an embedded Neo4j is
     * then started on), replacing whatever store is there.
     *
     * @param home  the Neo4j home
     * @param input what to import
     * @param log   the importer's progress and report
     * @throws DiplographException when the importer fails
     */
    static void run(Path home, Input input, PrintStream log) {
        Path placeholder;
        try {
            Files.createDirectories(home.resolve("conf"));
            placeholder = home.resolve("import-placeholder.csv");
            Files.writeString(placeholder, "id:ID\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare " + home + " for the importer: " + e.getMessage(), e);
        }
        List<String> args = new ArrayList<>();
        args.add("--nodes=" + placeholder.toAbsolutePath());
        args.add("--overwrite-destination=true");
        args.add("--threads=" + Runtime.getRuntime().availableProcessors());
        args.add("--report-file=" + home.resolve("import.report").toAbsolutePath());
        args.add("neo4j");
        var context = new ExecutionContext(home.toAbsolutePath(), home.resolve("conf").toAbsolutePath(), log, log,
                new DefaultFileSystemAbstraction());
        int code = new CommandLine(new OfflineImport(context, input)).execute(args.toArray(String[]::new));
        try {
            Files.deleteIfExists(placeholder);
        } catch (IOException e) {
            // a left-over empty file harms nothing
        }
        if (code != 0) {
            throw new DiplographException("Neo4j's importer failed with exit code " + code + "; its report is in "
                    + home.resolve("import.report") + ".");
        }
    }
}
