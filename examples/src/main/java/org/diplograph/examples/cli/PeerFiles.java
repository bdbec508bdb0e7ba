package org.diplograph.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.diplograph.DiplographException;
import org.diplograph.InvalidInputException;
import org.diplograph.convert.Conversion;
import org.diplograph.convert.formats.PeerFormat;
import org.diplograph.cypher.GraphWriter;
import org.diplograph.cypher.WriteSummary;
import org.diplograph.cypher.firstload.FirstLoad;

/**
 * {@code --from FORMAT} of {@code ingest}, {@code import} and {@code convert}: peers' files (ICEWS, POLECAT,
 * GDELT, Phoenix dictionaries, FollowTheMoney) converted to FactSets on the way. A row that cannot be read is
 * one line on standard error (file and line) and is skipped; each file's summary follows it there.
 */
final class PeerFiles {

    /** How many defects of one file are printed one by one; the summary counts them all. */
    static final int SHOWN_DEFECTS = 20;

    private PeerFiles() {
    }

    /**
     * @param paths files, or folders (every file inside, recursively, in order)
     * @return the files
     * @throws InvalidInputException for a path that does not exist
     */
    static List<Path> files(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> found = Files.walk(path)) {
                    found.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new DiplographException("Cannot list " + path + ": " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new InvalidInputException(path + " does not exist.");
            }
        }
        return files;
    }

    /** Prints the first {@link #SHOWN_DEFECTS} defects of a file and counts the rest. */
    static final class Defects implements Consumer<InvalidInputException> {
        private final PrintWriter err;
        private int seen;

        Defects(PrintWriter err) {
            this.err = err;
        }

        @Override
        public synchronized void accept(InvalidInputException problem) {
            if (++seen <= SHOWN_DEFECTS) {
                err.println("diplograph: " + problem.getMessage());
            }
        }

        /** Says how many were not shown, if any. */
        void finish(Path file) {
            if (seen > SHOWN_DEFECTS) {
                err.printf(Locale.ROOT, "diplograph: %s: %,d more problems like these (the summary counts them all).%n",
                        file, seen - SHOWN_DEFECTS);
            }
        }
    }

    /**
     * {@code ingest --from FORMAT FILE…}: each file converted and written in batches.
     *
     * @return the exit code: 0, or {@link Main#BAD_INPUT} when a file was not of the format
     */
    static int ingest(PeerFormat format, List<Path> paths, GraphOptions graph, PrintWriter out, PrintWriter err) {
        List<Path> files = files(paths);
        int failed = 0;
        long factSets = 0;
        long facts = 0;
        long merges = 0;
        try (GraphOptions.Opened opened = graph.open(GraphOptions.dataFolder().resolve("graph"))) {
            GraphWriter writer = opened.graph().writer();
            IngestCommand.Progress progress = new IngestCommand.Progress(err);
            for (Path file : files) {
                Defects defects = new Defects(err);
                boolean started = false;
                try (Conversion converted = format.open(file, defects)) {
                    started = true;
                    WriteSummary written = writer.writeAll(converted, total -> progress.update(file, total.factSets(), total.factSets()));
                    progress.done();
                    defects.finish(file);
                    err.println(converted.summary().describe());
                    factSets += written.factSets();
                    facts += written.facts();
                    merges += written.mergeCount();
                } catch (InvalidInputException e) {
                    progress.done();
                    failed++;
                    String message = e.getMessage().strip();
                    err.println("diplograph: " + message + (message.endsWith(".") ? "" : ".") + (started
                            ? " The FactSets before it were written; correct it and run the same command again." : " Nothing from this file was written."));
                }
            }
        }
        out.printf(Locale.ROOT, "Ingested %d of %d files: %d FactSets, %d facts, %d spellings merged into known actors.%n",
                files.size() - failed, files.size(), factSets, facts, merges);
        return failed == 0 ? 0 : Main.BAD_INPUT;
    }

    /**
     * {@code import --from FORMAT FILE…}: each file converted and read into the first load.
     *
     * @throws InvalidInputException when a file is not of the format (nothing is imported then)
     */
    static void read(PeerFormat format, List<Path> paths, FirstLoad load, PrintWriter err) {
        for (Path file : files(paths)) {
            Defects defects = new Defects(err);
            try (Conversion facts = format.open(file, defects)) {
                load.read(facts);
                defects.finish(file);
                err.println(facts.summary().describe());
            }
        }
    }
}
