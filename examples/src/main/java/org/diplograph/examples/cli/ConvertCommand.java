package org.diplograph.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplograph.InvalidInputException;
import org.diplograph.convert.Conversion;
import org.diplograph.convert.formats.PeerFormat;
import org.diplograph.json.FactSetJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code diplograph convert --from FORMAT FILE…}: a peer's files as FactSet JSON Lines on standard output, for review. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert files of a peer's format (ICEWS, POLECAT or GDELT events, a Phoenix actor dictionary, "
                + "FollowTheMoney entities) to FactSets and print them as JSON Lines on standard output, for review; "
                + "the summary of each file (rows read, used, skipped by reason) goes to standard error. Nothing is written to the graph.",
        footer = {"", "Examples:", "  ./diplograph convert --from icews events.2014.tab > facts.jsonl",
                "  ./diplograph convert --from phoenix Phoenix.Countries.actors.txt > officials.jsonl",
                "  ./diplograph convert --from gdelt 20170601.export.CSV.zip | head",
                "  ./diplograph ingest facts.jsonl     (the reviewed FactSets into the graph)"})
final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "FORMAT", description = "icews, polecat, gdelt, phoenix or ftm.")
    String from;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files (or folders of them) of that format; .gz and .zip are read through.")
    List<Path> paths;

    @Override
    public Integer call() {
        PeerFormat format = PeerFormat.fromWord(from);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failed = 0;
        for (Path file : PeerFiles.files(paths)) {
            PeerFiles.Defects defects = new PeerFiles.Defects(err);
            try (Conversion facts = format.open(file, defects)) {
                facts.forEachRemaining(set -> out.println(FactSetJson.writeLine(set)));
                out.flush();
                defects.finish(file);
                err.println(facts.summary().describe());
            } catch (InvalidInputException e) {
                failed++;
                err.println("diplograph: " + e.getMessage().strip());
            }
        }
        return failed == 0 ? 0 : Main.BAD_INPUT;
    }
}
