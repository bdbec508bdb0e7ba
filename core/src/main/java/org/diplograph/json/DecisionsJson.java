package org.diplograph.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diplograph.InvalidInputException;
import org.diplograph.model.ActorId;
import org.diplograph.names.Decision;

/**
 * The decisions file: one decision per line, as JSON, read strictly (an unknown field or a malformed id
 * names the file, the line and the field).
 * <pre>
 * {"different": ["USA/george-w-bush", "USA/george-bush"], "note": "the 1989 Malta summit was the father"}
 * {"same": ["AZE/najmeddin-sadikov", "AZE/n-sadikhov"]}
 * </pre>
 * Blank lines and lines starting with {@code #} are skipped.
 */
public final class DecisionsJson {

    /** One line of the file, as Jackson binds it. */
    record DecisionDoc(List<String> same, List<String> different, String note) {
    }

    private DecisionsJson() {
    }

    /**
     * @param file a decisions file
     * @return its decisions, in order
     * @throws InvalidInputException naming the file and line of the first bad one, or when the file is missing
     */
    public static List<Decision> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file.toString(), null, null, "The decisions file does not exist.", e);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), null, null, "Cannot read the decisions file: " + e.getMessage(), e);
        }
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                decisions.add(parse(line, file.toString(), i + 1));
            }
        }
        return decisions;
    }

    /**
     * @param line   one line of a decisions file
     * @param origin the file, for messages
     * @param number the line's number, for messages
     * @return the decision
     */
    static Decision parse(String line, String origin, int number) {
        DecisionDoc doc;
        try {
            doc = JsonMappers.strict().readValue(line, DecisionDoc.class);
        } catch (JsonProcessingException e) {
            throw JsonErrors.describe(e, origin, number - 1);
        }
        if ((doc.same() == null) == (doc.different() == null)) {
            throw new InvalidInputException(origin, number, "$", "A decision is either {\"same\": [id, id]} or "
                    + "{\"different\": [id, id]}, with an optional \"note\".", null);
        }
        Decision.Kind kind = doc.same() != null ? Decision.Kind.SAME : Decision.Kind.DIFFERENT;
        List<String> ids = doc.same() != null ? doc.same() : doc.different();
        String path = "$." + kind.word();
        if (ids.size() != 2 || ids.contains(null)) {
            throw new InvalidInputException(origin, number, path, "A decision names exactly two ids.", null);
        }
        try {
            return new Decision(kind, ActorId.of(ids.get(0)), ActorId.of(ids.get(1)), doc.note());
        } catch (InvalidInputException e) {
            throw new InvalidInputException(origin, number, path, e.problem(), e);
        }
    }

    /**
     * @param decision a decision
     * @return its line in a decisions file
     */
    public static String line(Decision decision) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put(decision.kind().word(), List.of(decision.a().value(), decision.b().value()));
        if (decision.note() != null) {
            doc.put("note", decision.note());
        }
        return JsonMappers.resultJson(doc);
    }

    /**
     * Adds a decision at the end of a decisions file, creating it if needed.
     *
     * @param file     the decisions file
     * @param decision the decision
     */
    public static void append(Path file, Decision decision) {
        try {
            Files.writeString(file, line(decision) + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
