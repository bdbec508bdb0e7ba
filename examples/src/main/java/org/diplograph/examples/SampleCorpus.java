package org.diplograph.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.diplograph.extract.Extractor;
import org.diplograph.json.FactSetJson;
import org.diplograph.model.FactSet;

/**
 * The bundled sample corpus: FactSets we wrote about the Baku meetings of February 2020 and a few
 * other meetings among officials of Azerbaijan, Russia, Turkey, the United States and NATO, and
 * short articles we wrote, which are extracted on the fly. Its files are listed in
 * {@code sample/corpus.index} beside them. Beyond the Baku meetings its facts are illustrative: use it
 * to learn the tool, not as a reference.
 */
public final class SampleCorpus {

    private static final String FOLDER = "/org/diplograph/examples/sample/";

    private SampleCorpus() {
    }

    /** @return the names of the sample FactSet files, in load order */
    public static List<String> files() {
        return read("corpus.index").lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    /** @return every sample FactSet, the articles' as the built-in extractor reads them */
    public static List<FactSet> factSets() {
        List<FactSet> all = new ArrayList<>();
        Extractor extractor = Extractor.withBuiltInGazetteer();
        for (String file : files()) {
            if (file.endsWith(".txt")) {
                String name = file.substring(file.lastIndexOf('/') + 1, file.length() - ".txt".length());
                all.add(extractor.extract(read(file), name, null));
            } else {
                all.add(FactSetJson.parse(read(file), "sample/" + file));
            }
        }
        return all;
    }

    private static String read(String file) {
        try (InputStream in = SampleCorpus.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("The sample file " + FOLDER + file + " is missing from the classpath.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
