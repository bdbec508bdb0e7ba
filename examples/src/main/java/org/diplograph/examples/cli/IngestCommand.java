package org.diplograph.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.diplograph.DiplographException;
import org.diplograph.InvalidInputException;
import org.diplograph.convert.formats.PeerFormat;
import org.diplograph.cypher.DecisionsApplied;
import org.diplograph.cypher.GraphWriter;
import org.diplograph.cypher.WriteSummary;
import org.diplograph.json.DecisionsJson;
import org.diplograph.json.FactSetJson;
import org.diplograph.json.FactSetReader;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorId;
import org.diplograph.model.ActorKind;
import org.diplograph.model.FactSet;
import org.diplograph.names.Decision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code diplograph ingest PATH…}: FactSet files into the graph. Each file is read through once to
 * check it, then written in batches, so a file with one bad FactSet writes nothing; the other files
 * are still ingested, and the exit code says that one failed.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Load FactSet .json / .jsonl files and .txt articles (or folders of them) into the graph; "
                + "articles are extracted first. A file with an error writes nothing; loading the same file again changes nothing.",
        footer = {"", "Examples:", "  ./diplograph ingest corpus/", "  ./diplograph ingest a.json b.jsonl --db data/mine",
                "  ./diplograph ingest articles/ --gazetteer my-gazetteer.json",
                "  ./diplograph ingest --from icews events.2014.tab      (icews, polecat, gdelt, phoenix or ftm)",
                "  DIPLOGRAPH_PASSWORD=… ./diplograph ingest corpus.jsonl --uri neo4j+s://xxxx.databases.neo4j.io"})
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    GraphOptions graph;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders (searched recursively).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--decisions", paramLabel = "FILE",
            description = "Analysts' decisions (see `decide`) to apply before the files are written: merges of actors "
                    + "the name rules kept apart, splits of ones they merged. Kept in the graph for every later ingest.")
    Path decisions;

    @Option(names = "--gazetteer", paramLabel = "FILE", description = "Your own gazetteer entries (JSON) for extracting .txt articles.")
    Path gazetteer;

    @Option(names = "--from", paramLabel = "FORMAT", description = "Convert the files from a peer's format first: icews, polecat, gdelt, "
            + "phoenix or ftm. Rows that cannot be read are reported and skipped; a summary per file goes to standard error.")
    String from;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (paths.isEmpty() && decisions == null) {
            throw new InvalidInputException("ingest needs files or folders to load, or --decisions FILE to apply.");
        }
        if (from != null) {
            if (decisions != null) {
                throw new InvalidInputException("--decisions is applied by an ingest of its own: run ingest --decisions FILE after ingest --from.");
            }
            return PeerFiles.ingest(PeerFormat.fromWord(from), paths, graph, out, err);
        }
        List<Path> files = files(paths);
        List<Decision> decided = decisions == null ? List.of() : DecisionsJson.read(decisions);
        int failed = 0;
        long totalFactSets = 0;
        long totalFacts = 0;
        long totalMerges = 0;
        try (GraphOptions.Opened opened = graph.open(GraphOptions.dataFolder().resolve("graph"))) {
            GraphWriter writer = opened.graph().writer();
            if (decisions != null) {
                DecisionsApplied applied = writer.apply(decided);
                out.printf("Applied %d decisions from %s: %d actors merged, %d split.%n", applied.kept(), decisions,
                        applied.merged(), applied.split());
            }
            Progress progress = new Progress(err);
            List<Path> articles = files.stream().filter(IngestCommand::isArticle).toList();
            if (!articles.isEmpty()) {
                Articles extracted = new Articles(articles, ExtractCommand.extractor(gazetteer), err);
                WriteSummary written = writer.writeAll(extracted, total -> progress.update(Path.of("articles"), total.factSets(), articles.size()));
                progress.done();
                failed += extracted.failed;
                totalFactSets += written.factSets();
                totalFacts += written.facts();
                totalMerges += written.mergeCount();
            }
            for (Path file : files) {
                if (isArticle(file)) {
                    continue;
                }
                try {
                    Map<ActorId, ActorKind> declared = new HashMap<>();
                    int count = check(file, declared);
                    writer.checkKinds(declared, file.toString());
                    WriteSummary written;
                    try (FactSetReader reader = FactSetJson.open(file)) {
                        written = writer.writeAll(reader, total -> progress.update(file, total.factSets(), count));
                    }
                    progress.done();
                    totalFactSets += written.factSets();
                    totalFacts += written.facts();
                    totalMerges += written.mergeCount();
                } catch (InvalidInputException e) {
                    progress.done();
                    failed++;
                    String message = e.getMessage().strip();
                    err.println("diplograph: " + message + (message.endsWith(".") ? "" : ".")
                            + " Nothing from this file was written.");
                }
            }
        }
        out.printf("Ingested %d of %d files: %d FactSets, %d facts, %d spellings merged into known actors.%n",
                files.size() - failed, files.size(), totalFactSets, totalFacts, totalMerges);
        return failed == 0 ? 0 : Main.BAD_INPUT;
    }

    /**
     * Reads a file through once, so that a bad FactSet anywhere in it stops it before anything is written: each
     * FactSet on its own, and the ids its FactSets declare, which must name one kind of actor each.
     *
     * @param declared filled with every id the file declares and its kind
     */
    private static int check(Path file, Map<ActorId, ActorKind> declared) {
        int count = 0;
        try (FactSetReader reader = FactSetJson.open(file)) {
            while (reader.hasNext()) {
                FactSet facts = reader.next();
                count++;
                for (Actor actor : facts.actors()) {
                    ActorKind before = declared.putIfAbsent(actor.id(), actor.kind());
                    if (before != null && before != actor.kind()) {
                        throw new InvalidInputException(file.toString(), reader.line(), null, "\"" + actor.id() + "\" is declared as "
                                + before.withArticle() + " earlier in the file and as " + actor.kind().withArticle() + " in source "
                                + facts.source().id() + "; one id names one kind of actor.", null);
                    }
                }
            }
        } catch (UncheckedIOException e) {
            throw new InvalidInputException(file.toString(), null, null, "Cannot read the file: " + e.getMessage(), e);
        }
        return count;
    }

    static List<Path> files(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> found = Files.walk(path)) {
                    found.filter(Files::isRegularFile).filter(IngestCommand::isFactFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new DiplographException("Cannot list " + path + ": " + e.getMessage(), e);
                }
            } else if (Files.isRegularFile(path)) {
                if (!isFactFile(path)) {
                    throw new InvalidInputException(path + " is not a .json, .jsonl or .txt file.");
                }
                files.add(path);
            } else {
                throw new InvalidInputException(path + " does not exist.");
            }
        }
        return files;
    }

    private static boolean isFactFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".txt");
    }

    private static boolean isArticle(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
    }

    /** Articles extracted one at a time as the writer asks for them; one that cannot be read is reported and skipped. */
    static final class Articles implements java.util.Iterator<FactSet> {
        private final java.util.Iterator<Path> files;
        private final org.diplograph.extract.Extractor extractor;
        private final PrintWriter err;
        private FactSet next;
        int failed;

        Articles(List<Path> files, org.diplograph.extract.Extractor extractor, PrintWriter err) {
            this.files = files.iterator();
            this.extractor = extractor;
            this.err = err;
        }

        @Override
        public boolean hasNext() {
            while (next == null && files.hasNext()) {
                Path file = files.next();
                try {
                    next = extractor.extract(file);
                } catch (InvalidInputException e) {
                    failed++;
                    err.println("diplograph: " + e.getMessage() + " Nothing from this file was written.");
                }
            }
            return next != null;
        }

        @Override
        public FactSet next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            FactSet facts = next;
            next = null;
            return facts;
        }
    }

    /** A progress line with rate, on standard error, only when a person is watching a terminal. */
    static final class Progress {
        private final PrintWriter err;
        private final boolean terminal = System.console() != null;
        private final long started = System.nanoTime();
        private boolean shown;

        Progress(PrintWriter err) {
            this.err = err;
        }

        void update(Path file, long done, long of) {
            if (!terminal) {
                return;
            }
            double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
            double rate = done / seconds;
            long eta = rate > 0 ? Math.round((of - done) / rate) : 0;
            err.printf("\r%s: %,d / %,d FactSets (%,.0f/s, about %d s left)   ", file.getFileName(), done, of, rate, eta);
            err.flush();
            shown = true;
        }

        void done() {
            if (shown) {
                err.println();
                shown = false;
            }
        }
    }
}
