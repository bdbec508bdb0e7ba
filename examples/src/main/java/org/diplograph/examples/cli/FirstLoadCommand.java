package org.diplograph.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import org.diplograph.InvalidInputException;
import org.diplograph.convert.formats.PeerFormat;
import org.diplograph.cypher.DiplographConfig;
import org.diplograph.cypher.firstload.FirstLoad;
import org.diplograph.explorer.GraphSummary;
import org.diplograph.extract.Extractor;
import org.diplograph.json.FactSetJson;
import org.diplograph.json.FactSetReader;
import org.diplograph.model.FactSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code diplograph import PATH…}: the first load of an empty embedded database through Neo4j's
 * offline importer, several times faster than {@code ingest} and giving the same graph. All input
 * is read and checked before anything is written: one bad FactSet or article and nothing is imported.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Load FactSet .json / .jsonl files and .txt articles (or folders of them) into a new, empty embedded "
                + "database through Neo4j's offline importer: the same graph as ingest, several times faster. "
                + "Any bad input stops it before anything is written; a database that already holds data is refused (use ingest).",
        footer = {"", "Examples:", "  ./diplograph import corpus/ --db data/mine", "  ./diplograph import big.jsonl --db data/big",
                "  ./diplograph import --from icews events.2014.tab --db data/icews      (icews, polecat, gdelt, phoenix or ftm)",
                "", "It holds the whole graph in memory until the importer runs: give it about 1.5 GiB of heap per million",
                "meeting facts (DIPLOGRAPH_JAVA_OPTS=-Xmx1500m ./diplograph import …)."})
final class FirstLoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (searched recursively).")
    List<Path> paths;

    @Option(names = "--db", paramLabel = "DIR",
            description = "Folder of the embedded database, created when missing; it must hold no data yet (default: data/graph in the Diplograph folder).")
    Path db;

    @Option(names = "--gazetteer", paramLabel = "FILE", description = "Your own gazetteer entries (JSON) for extracting .txt articles.")
    Path gazetteer;

    @Option(names = "--from", paramLabel = "FORMAT", description = "Convert the files from a peer's format first: icews, polecat, gdelt, "
            + "phoenix or ftm. Rows that cannot be read are reported and skipped; a file not of the format stops the import.")
    String from;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path folder = db != null ? db : GraphOptions.dataFolder().resolve("graph");
        PeerFormat format = from == null ? null : PeerFormat.fromWord(from);
        List<Path> files = format == null ? IngestCommand.files(paths) : PeerFiles.files(paths);
        if (FirstLoad.holdsData(folder)) {
            err.println("diplograph: The database in " + folder + " already holds a graph; import only loads an empty one. "
                    + "Use ingest to add to it, or choose a new --db folder.");
            return 2;
        }
        long started = System.nanoTime();
        // Articles first, then each file on its own: the batches ingest would write, so the same merges.
        FirstLoad load = new FirstLoad(DiplographConfig.defaultConfig().batchFacts());
        List<Path> articles = format != null ? List.of() : files.stream().filter(FirstLoadCommand::isArticle).toList();
        List<Path> factSetFiles = format != null ? List.of() : files;
        try {
            if (format != null) {
                PeerFiles.read(format, files, load, err);
            }
            if (!articles.isEmpty()) {
                load.read(new Articles(articles, ExtractCommand.extractor(gazetteer)));
            }
            for (Path file : factSetFiles) {
                if (!isArticle(file)) {
                    try (FactSetReader reader = FactSetJson.open(file)) {
                        load.read(reader);
                    } catch (UncheckedIOException e) {
                        throw new InvalidInputException(file.toString(), null, null, "Cannot read the file: " + e.getMessage(), e);
                    }
                }
            }
        } catch (InvalidInputException e) {
            String message = e.getMessage().strip();
            err.println("diplograph: " + message + (message.endsWith(".") ? "" : ".") + " Nothing was imported.");
            return Main.BAD_INPUT;
        }
        FirstLoad.Counts read = load.counts();
        try (PrintStream importerLog = importerLog(folder)) {
            load.importInto(folder, importerLog);
        }
        GraphSummary graph = FirstLoad.openAndPrepare(folder);
        out.printf(Locale.ROOT, "Imported %d files into %s: %d FactSets, %d facts, %d spellings merged into known actors; "
                        + "%d nodes, %d relationships (%d meetings) in %.1f s.%n",
                files.size(), folder, read.factSets(), read.facts(), read.merges(), read.nodes(), read.relationships(),
                graph.meetings(), (System.nanoTime() - started) / 1e9);
        return 0;
    }

    private PrintStream importerLog(Path folder) {
        // --verbose (inherited from the top command) shows the importer's own progress and report.
        if (((Main) spec.parent().userObject()).verbose) {
            return new PrintStream(OutputStream.nullOutputStream()) {
                @Override
                public void write(byte[] b, int off, int len) {
                    spec.commandLine().getErr().write(new String(b, off, len, java.nio.charset.StandardCharsets.UTF_8));
                    spec.commandLine().getErr().flush();
                }
            };
        }
        try {
            Files.createDirectories(folder);
            return new PrintStream(Files.newOutputStream(folder.resolve("import.log")), true, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + folder.resolve("import.log") + ": " + e.getMessage(), e);
        }
    }

    private static boolean isArticle(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
    }

    /** Articles extracted one at a time; unlike ingest, one that cannot be read stops the import. */
    private static final class Articles implements Iterator<FactSet> {
        private final Iterator<Path> files;
        private final Extractor extractor;

        Articles(List<Path> files, Extractor extractor) {
            this.files = files.iterator();
            this.extractor = extractor;
        }

        @Override
        public boolean hasNext() {
            return files.hasNext();
        }

        @Override
        public FactSet next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return extractor.extract(files.next());
        }
    }
}
