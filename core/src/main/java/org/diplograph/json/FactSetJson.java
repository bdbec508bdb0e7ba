package org.diplograph.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.diplograph.InvalidInputException;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorId;
import org.diplograph.model.ActorKind;
import org.diplograph.model.FactSet;
import org.diplograph.model.Meeting;
import org.diplograph.model.Membership;
import org.diplograph.model.PartialDate;
import org.diplograph.model.Partnership;
import org.diplograph.model.Provenance;
import org.diplograph.model.Representation;
import org.diplograph.model.Source;
import org.diplograph.json.WireFormat.ActorDoc;
import org.diplograph.json.WireFormat.FactSetDoc;
import org.diplograph.json.WireFormat.MeetingDoc;
import org.diplograph.json.WireFormat.MembershipDoc;
import org.diplograph.json.WireFormat.PartnershipDoc;
import org.diplograph.json.WireFormat.RoleDoc;
import org.diplograph.json.WireFormat.SourceDoc;

/**
 * Reads and writes the FactSet format ({@code diplograph/facts@1}, see {@code DESIGN.md}).
 *
 * <p>Reading is strict: an unknown field, a wrong type, a duplicate key, a bad date or an undeclared
 * actor is an {@link InvalidInputException} naming the file, the line where known and the JSON path.
 * <pre>{@code
 * FactSet facts = FactSetJson.parse(Files.readString(path), path.toString());
 * try (FactSetReader reader = FactSetJson.open(Path.of("corpus.jsonl"))) {
 *     reader.forEachRemaining(writer::write);
 * }
 * }</pre>
 */
public final class FactSetJson {

    private static final ObjectWriter PRETTY = JsonMappers.strict().writerWithDefaultPrettyPrinter();
    private static final ObjectWriter COMPACT = JsonMappers.strict().writer();

    private FactSetJson() {
    }

    /**
     * @param json   one FactSet object
     * @param origin what to call the input in messages (a file name), or {@code null}
     * @return the FactSet
     * @throws InvalidInputException when the text is not a valid FactSet
     */
    public static FactSet parse(String json, String origin) {
        try {
            return toFactSet(JsonMappers.strict().readValue(json, FactSetDoc.class));
        } catch (JsonProcessingException e) {
            throw JsonErrors.describe(e, origin, 0);
        } catch (InvalidInputException e) {
            throw e.at(origin, null);
        }
    }

    /**
     * Opens a {@code .json} file (one FactSet object, or an array of them) or a {@code .jsonl} file
     * (one FactSet per line) for streaming: FactSets are read one at a time, so memory does not grow
     * with the file.
     *
     * @param file the file
     * @return a reader; close it
     * @throws UncheckedIOException when the file cannot be opened
     * @throws InvalidInputException when its first bytes are of no text encoding
     */
    public static FactSetReader open(Path file) {
        try {
            return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".jsonl")
                    ? new FactSetReader.Lines(file)
                    : new FactSetReader.Document(file);
        } catch (java.io.CharConversionException e) {
            // Jackson sniffs the encoding on opening; bytes of no encoding are bad input (found by FactSetJsonFuzzTests).
            throw new InvalidInputException(file.toString(), null, null,
                    "The file is not valid text (" + e.getMessage() + "); a FactSet file is UTF-8 JSON.", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param file a {@code .json} or {@code .jsonl} file
     * @return every FactSet in it
     */
    public static List<FactSet> readAll(Path file) {
        List<FactSet> all = new ArrayList<>();
        try (FactSetReader reader = open(file)) {
            reader.forEachRemaining(all::add);
        }
        return all;
    }

    /**
     * @param facts a FactSet
     * @return it as indented JSON, for reading and review
     */
    public static String write(FactSet facts) {
        return write(PRETTY, facts);
    }

    /**
     * @param facts a FactSet
     * @return it as JSON on one line, for JSON Lines files
     */
    public static String writeLine(FactSet facts) {
        return write(COMPACT, facts);
    }

    /**
     * Writes FactSets as a JSON Lines file.
     *
     * @param file  the file, replaced if it exists
     * @param facts the FactSets
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void writeLines(Path file, Iterable<FactSet> facts) {
        try (var out = Files.newBufferedWriter(file)) {
            for (FactSet set : facts) {
                out.write(writeLine(set));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static String write(ObjectWriter writer, FactSet facts) {
        try {
            return writer.writeValueAsString(toDoc(facts));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A FactSet could not be written as JSON", e);
        }
    }

    static FactSet toFactSet(FactSetDoc doc) {
        if (doc == null) {
            throw new InvalidInputException(null, null, "$", "Expected a FactSet object, found null.", null);
        }
        if (!FactSet.FORMAT.equals(doc.format())) {
            throw new InvalidInputException(null, null, "$.format", doc.format() == null
                    ? "\"format\" is missing; a FactSet starts with \"format\": \"" + FactSet.FORMAT + "\"."
                    : "\"" + doc.format() + "\" is not a format this version reads; use \"" + FactSet.FORMAT + "\".", null);
        }
        if (doc.source() == null) {
            throw new InvalidInputException(null, null, "$.source", "\"source\" is missing.", null);
        }
        SourceDoc s = doc.source();
        Source source = at("$.source", () -> new Source(s.id(), s.title(), s.publisher(), s.url(),
                s.published() == null ? null : at("$.source.published", () -> day(s.published()))));
        List<Actor> actors = list(doc.actors(), "$.actors", (a, path) -> at(path, () -> Actor.of(
                at(path + ".kind", () -> ActorKind.fromWord(required(a.kind(), "kind"))),
                id(a.id(), path + ".id"), at(path + ".name", () -> required(a.name(), "name")),
                a.aliases(), a.rank())));
        List<Representation> roles = list(doc.represents(), "$.represents", (r, path) -> at(path, () ->
                new Representation(id(r.who(), path + ".who"), id(r.body(), path + ".body"), r.title(),
                        date(r.from(), null, path + ".from"), date(r.to(), null, path + ".to"),
                        provenance(r.evidence(), r.rule(), r.confidence(), path))));
        List<Meeting> meetings = list(doc.meetings(), "$.meetings", (m, path) -> at(path, () ->
                new Meeting(ids(m.participants(), path + ".participants"), date(m.on(), m.precision(), path + ".on"),
                        m.place(), provenance(m.evidence(), m.rule(), m.confidence(), path))));
        List<Partnership> partnerships = list(doc.partnerships(), "$.partnerships", (p, path) -> at(path, () ->
                new Partnership(ids(p.between(), path + ".between"), p.kind(), date(p.since(), null, path + ".since"),
                        provenance(p.evidence(), p.rule(), p.confidence(), path))));
        List<Membership> memberships = list(doc.memberships(), "$.memberships", (m, path) -> at(path, () ->
                new Membership(id(m.member(), path + ".member"), id(m.alliance(), path + ".alliance"),
                        date(m.since(), null, path + ".since"), date(m.to(), null, path + ".to"),
                        provenance(m.evidence(), m.rule(), m.confidence(), path))));
        return new FactSet(source, actors, roles, meetings, partnerships, memberships);
    }

    static FactSetDoc toDoc(FactSet facts) {
        Source s = facts.source();
        return new FactSetDoc(FactSet.FORMAT,
                new SourceDoc(s.id(), s.title(), s.publisher(), s.url(), s.published() == null ? null : s.published().toString()),
                facts.actors().stream().map(a -> new ActorDoc(a.id().value(), a.kind().word(), a.name(),
                        a.aliases().isEmpty() ? null : a.aliases(),
                        a instanceof org.diplograph.model.Official o ? o.rank() : null)).toList(),
                facts.represents().stream().map(r -> new RoleDoc(r.who().value(), r.body().value(), r.title(),
                        text(r.from()), text(r.to()), r.provenance().evidence(), r.provenance().rule(),
                        r.provenance().confidence())).toList(),
                facts.meetings().stream().map(m -> new MeetingDoc(m.participants().stream().map(ActorId::value).toList(),
                        text(m.on()), m.on() == null ? null : m.on().precision().word(), m.place(),
                        m.provenance().evidence(), m.provenance().rule(), m.provenance().confidence())).toList(),
                facts.partnerships().stream().map(p -> new PartnershipDoc(p.between().stream().map(ActorId::value).toList(),
                        p.kind(), text(p.since()), p.provenance().evidence(), p.provenance().rule(),
                        p.provenance().confidence())).toList(),
                facts.memberships().stream().map(m -> new MembershipDoc(m.member().value(), m.alliance().value(),
                        text(m.since()), text(m.to()), m.provenance().evidence(), m.provenance().rule(),
                        m.provenance().confidence())).toList());
    }

    private interface Conversion<D, T> {
        T convert(D doc, String path);
    }

    private static <D, T> List<T> list(List<D> docs, String path, Conversion<D, T> conversion) {
        if (docs == null) {
            return List.of();
        }
        List<T> out = new ArrayList<>(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            String at = path + "[" + i + "]";
            D doc = docs.get(i);
            if (doc == null) {
                throw new InvalidInputException(null, null, at, "Expected an object, found null.", null);
            }
            out.add(conversion.convert(doc, at));
        }
        return out;
    }

    /** Runs a conversion; a problem without a path of its own gets {@code path}. */
    private static <T> T at(String path, Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (InvalidInputException e) {
            if (e.path().isPresent()) {
                throw e;
            }
            throw new InvalidInputException(null, null, path, e.problem(), e.getCause());
        }
    }

    private static String required(String value, String field) {
        if (value == null) {
            throw new InvalidInputException("\"" + field + "\" is missing.");
        }
        return value;
    }

    private static ActorId id(String value, String path) {
        return at(path, () -> new ActorId(required(value, path.substring(path.lastIndexOf('.') + 1))));
    }

    private static List<ActorId> ids(List<String> values, String path) {
        if (values == null) {
            throw new InvalidInputException(null, null, path, "The list of actors is missing.", null);
        }
        List<ActorId> ids = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            ids.add(id(values.get(i), path + "[" + i + "]"));
        }
        return ids;
    }

    private static PartialDate date(String value, String precision, String path) {
        return at(path, () -> PartialDate.parse(value, precision));
    }

    private static java.time.LocalDate day(String value) {
        PartialDate date = PartialDate.parse(value);
        if (date.precision() != org.diplograph.model.DatePrecision.DAY) {
            throw new InvalidInputException("\"" + value + "\" is not a full date; write YYYY-MM-DD.");
        }
        return date.first();
    }

    private static Provenance provenance(String evidence, String rule, Double confidence, String path) {
        return at(path, () -> new Provenance(evidence, rule, confidence));
    }

    private static String text(PartialDate date) {
        return date == null ? null : date.toString();
    }
}
