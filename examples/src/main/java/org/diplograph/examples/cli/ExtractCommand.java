package org.diplograph.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplograph.InvalidInputException;
import org.diplograph.convert.phoenix.PhoenixDictionary;
import org.diplograph.examples.answers.Answers;
import org.diplograph.extract.Extractor;
import org.diplograph.json.FactSetJson;
import org.diplograph.model.FactSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code diplograph extract FILE…}: article text to FactSet JSON on standard output, for review. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract meetings, roles, partnerships and memberships from article text files and print "
                + "them as FactSet JSON (one file: indented JSON; several: JSON Lines). Nothing is written to the graph.",
        footer = {"", "Examples:", "  ./diplograph extract article.txt",
                "  ./diplograph extract article.txt --published 2020-02-11 --gazetteer my-gazetteer.json",
                "  ./diplograph extract article.txt --dictionary Phoenix.Countries.actors.txt",
                "  ./diplograph extract articles/*.txt > facts.jsonl && ./diplograph ingest facts.jsonl"})
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article text files (UTF-8).")
    List<Path> files;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date, when the article's first line does not give it (\"date 2020-02-11 …\").")
    LocalDate published;

    @Option(names = "--gazetteer", paramLabel = "FILE", description = "Your own gazetteer entries (JSON), added to the built-in ones.")
    Path gazetteer;

    @Option(names = "--dictionary", paramLabel = "FILE", description = "A PETRARCH/Phoenix actor dictionary: its people (ids, countries, "
            + "spellings) and who held which titled office when, added to the gazetteer.")
    Path dictionary;

    @Option(names = "--format", description = "json or jsonl (default: json for one file, jsonl for several).")
    Answers.Format format;

    @Override
    public Integer call() {
        Extractor extractor = extractor(gazetteer);
        if (dictionary != null) {
            PhoenixDictionary people = PhoenixDictionary.load(dictionary, problem -> { });
            spec.commandLine().getErr().println(people.summary().describe());
            extractor = extractor.withDictionary(people);
        }
        Answers.Format chosen = format != null ? format : files.size() == 1 ? Answers.Format.json : Answers.Format.jsonl;
        if (chosen != Answers.Format.json && chosen != Answers.Format.jsonl) {
            throw new InvalidInputException("extract prints FactSets as json or jsonl, not " + chosen + ".");
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Path file : files) {
            FactSet facts = published == null ? extractor.extract(file) : withDate(extractor, file, published);
            out.println(chosen == Answers.Format.json ? FactSetJson.write(facts) : FactSetJson.writeLine(facts));
        }
        return 0;
    }

    static Extractor extractor(Path gazetteer) {
        Extractor builtIn = Extractor.withBuiltInGazetteer();
        return gazetteer == null ? builtIn : builtIn.withUserGazetteer(gazetteer);
    }

    private static FactSet withDate(Extractor extractor, Path file, LocalDate published) {
        FactSet read = extractor.extract(file); // reads and checks the file, names the source
        try {
            return extractor.extract(Files.readString(file), read.source().id(), published);
        } catch (java.io.IOException e) {
            throw new InvalidInputException(file.toString(), null, null, "The file cannot be read (" + e + ").", e);
        }
    }
}
