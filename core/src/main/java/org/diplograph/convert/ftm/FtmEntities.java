package org.diplograph.convert.ftm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.diplograph.InvalidInputException;
import org.diplograph.convert.Body;
import org.diplograph.convert.Conversion;
import org.diplograph.convert.ConversionCounts;
import org.diplograph.convert.ConversionSummary;
import org.diplograph.convert.FactSetBuilder;
import org.diplograph.convert.LineReader;
import org.diplograph.convert.Offices;
import org.diplograph.convert.PersonNames;
import org.diplograph.model.ActorId;
import org.diplograph.model.ActorKind;
import org.diplograph.model.FactSet;
import org.diplograph.model.Meeting;
import org.diplograph.model.Ministry;
import org.diplograph.model.Official;
import org.diplograph.model.PartialDate;
import org.diplograph.model.Provenance;
import org.diplograph.model.Source;
import org.diplograph.names.NameKeys;

/**
 * FollowTheMoney entities (one JSON object per line, as OpenSanctions and Aleph export them) read as FactSets:
 * each {@code Person} becomes an official with his aliases and, from his {@code Occupancy} of a {@code Position},
 * dated roles; each {@code Event} involving two or more people becomes a meeting. This reads a PEP extract, and
 * reads back what {@code export --format ftm} wrote.
 * <pre>{@code
 * try (Conversion peps = FtmEntities.open(Path.of("peps.ftm.json"))) {
 *     graph.writer().writeAll(peps, progress -> {});
 * }
 * }</pre>
 *
 * <h2>How entities are read</h2>
 * <ul>
 *   <li>A person's id is the Diplograph id in his {@code keywords} ({@code diplograph:RUS/sergey-lavrov}, as
 *       Diplograph exports write it), else {@code <country>/<slug of his first name>}, the country being his
 *       first {@code country}, {@code nationality} or {@code citizenship} (else his first post's), or {@code XXX}
 *       when none is given. His other names and {@code alias} values are his aliases.</li>
 *   <li>An occupancy is a role: its title is the position's name (a position named after its body alone is a role
 *       without a title, as the export writes it); its body the position's organization: the Diplograph id in its
 *       keywords where it has one, else the ministry of its country its name names ({@code Ministry of Foreign Affairs
 *       of the Russian Federation} → {@code RUS/ministry-of-foreign-affairs}, as every converter names it), else a body
 *       of its country with the slug of its name; without an organization, the position's country. Its dates are the
 *       occupancy's {@code startDate} and {@code endDate}.</li>
 *   <li>An event's date, location and description are the meeting's; it makes one FactSet per {@code recordId}
 *       (the sources of an exported meeting) or, without one, one FactSet of its own.</li>
 *   <li>Other schemata (companies, sanctions, addresses …) are counted and skipped.</li>
 * </ul>
 * The file is read twice: first the people, positions, bodies and occupancies are indexed (they are held in
 * memory, the events are not), then FactSets are made in the order of the file.
 */
public final class FtmEntities implements Conversion {

    /** The format's name, as {@code --from} takes it. */
    public static final String FORMAT = "ftm";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SOURCE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,199}");
    private static final Set<String> BODY_SCHEMATA = Set.of("PublicBody", "Organization", "Company", "LegalEntity");

    /** An entity as the first pass keeps it. */
    private record Entity(String id, String schema, JsonNode properties) {
        List<String> values(String property) {
            List<String> values = new ArrayList<>();
            JsonNode node = properties == null ? null : properties.get(property);
            if (node != null && node.isArray()) {
                node.forEach(v -> {
                    if (v.isTextual() && !v.asText().isBlank()) {
                        values.add(v.asText().strip());
                    }
                });
            }
            return values;
        }

        String first(String property) {
            List<String> values = values(property);
            return values.isEmpty() ? null : values.get(0);
        }

        /** @return the Diplograph id among its keywords, if any */
        String keywordId() {
            return values("keywords").stream().filter(k -> k.startsWith(FtmIds.KEYWORD_PREFIX))
                    .map(k -> k.substring(FtmIds.KEYWORD_PREFIX.length())).findFirst().orElse(null);
        }
    }

    private final Path file;
    private final ConversionCounts counts;
    private final Offices offices = Offices.builtIn();
    private final Map<String, Entity> people = new HashMap<>();
    private final Map<String, Entity> positions = new HashMap<>();
    private final Map<String, Entity> bodies = new HashMap<>();
    private final Map<String, List<Entity>> occupancies = new HashMap<>();
    private final Set<String> heldPosts = new java.util.HashSet<>();
    private final Set<String> namedBodies = new java.util.HashSet<>();
    private final Map<String, Official> officials = new HashMap<>();
    private final Source fileSource;
    private final ArrayDeque<FactSet> ready = new ArrayDeque<>();
    private LineReader lines;

    private FtmEntities(Path file, Consumer<InvalidInputException> problems) {
        this.file = file;
        this.counts = new ConversionCounts(file.toString(), FORMAT, "entities", problems);
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String slug = NameKeys.slug(name.replaceFirst("(?i)(\\.ftm)?\\.(json|jsonl|ndjson)(\\.gz)?$", ""));
        this.fileSource = new Source("ftm:" + (slug.isEmpty() ? "entities" : slug), name, null, null, null);
    }

    /**
     * @param file FollowTheMoney entities, one JSON object per line ({@code .json}, {@code .jsonl}, {@code .gz})
     * @return the people and meetings as FactSets; problems are logged
     * @throws InvalidInputException when the file is not FtM entities (its first line is no entity)
     */
    public static Conversion open(Path file) {
        return open(file, null);
    }

    /**
     * @param file     FollowTheMoney entities, one JSON object per line
     * @param problems told of every line that cannot be read, with its line
     * @return the people and meetings as FactSets
     * @throws InvalidInputException when the file is not FtM entities (its first line is no entity)
     */
    public static Conversion open(Path file, Consumer<InvalidInputException> problems) {
        FtmEntities reader = new FtmEntities(file, problems);
        reader.index();
        reader.lines = LineReader.open(file);
        return reader;
    }

    /** The first pass: people, positions, bodies and occupancies by id. */
    private void index() {
        try (LineReader first = LineReader.open(file)) {
            boolean seen = false;
            for (String line = first.next(); line != null; line = first.next()) {
                if (line.isBlank()) {
                    continue;
                }
                Entity entity = parse(line);
                if (!seen && entity == null) {
                    throw new InvalidInputException(file.toString(), (int) first.line(), null, "This is not a FollowTheMoney file: "
                            + "its first line should be an entity, a JSON object with \"id\", \"schema\" and \"properties\". "
                            + "Is it another format? Choose it with --from (icews, polecat, gdelt, phoenix or ftm).", null);
                }
                seen = true;
                if (entity == null) {
                    continue;
                }
                switch (entity.schema()) {
                    case "Person" -> people.put(entity.id(), entity);
                    case "Position" -> {
                        positions.put(entity.id(), entity);
                        namedBodies.addAll(entity.values("organization"));
                    }
                    case "Occupancy" -> {
                        occupancies.computeIfAbsent(entity.first("holder") == null ? "" : entity.first("holder"),
                                h -> new ArrayList<>()).add(entity);
                        heldPosts.addAll(entity.values("post"));
                    }
                    default -> {
                        if (BODY_SCHEMATA.contains(entity.schema())) {
                            bodies.put(entity.id(), entity);
                        }
                    }
                }
            }
        }
    }

    private static Entity parse(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            if (node == null || !node.isObject() || !node.path("id").isTextual() || !node.path("schema").isTextual()) {
                return null;
            }
            return new Entity(node.get("id").asText(), node.get("schema").asText(), node.get("properties"));
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty()) {
            String line = lines.next();
            if (line == null) {
                return false;
            }
            if (!line.isBlank()) {
                counts.read();
                read(line);
            }
        }
        return true;
    }

    @Override
    public FactSet next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
    }

    private void read(String line) {
        Entity entity = parse(line);
        if (entity == null) {
            counts.skip("bad line");
            counts.defect(lines.line(), "The line is not a FollowTheMoney entity (a JSON object with \"id\", \"schema\" and \"properties\").");
            return;
        }
        try {
            switch (entity.schema()) {
                case "Person" -> person(entity);
                case "Event" -> event(entity);
                case "Occupancy" -> used(people.containsKey(entity.first("holder")) && positions.containsKey(entity.first("post")),
                        "occupancy of an unknown person or position");
                case "Position" -> used(heldPosts.contains(entity.id()), "position nobody holds here");
                default -> {
                    if (BODY_SCHEMATA.contains(entity.schema())) {
                        used(namedBodies.contains(entity.id()), "body no position names");
                    } else {
                        counts.skip("schema not read: " + entity.schema());
                    }
                }
            }
        } catch (InvalidInputException e) {
            counts.skip("bad line");
            counts.defect(lines.line(), "The " + entity.schema() + " " + entity.id() + " is left out: " + e.problem());
        }
    }

    private void used(boolean used, String reason) {
        if (used) {
            counts.used();
        } else {
            counts.skip(reason);
        }
    }

    private void person(Entity person) {
        Official official = official(person);
        FactSetBuilder facts = new FactSetBuilder(fileSource);
        facts.declare(official);
        for (Entity occupancy : occupancies.getOrDefault(person.id(), List.of())) {
            Entity position = positions.get(occupancy.first("post"));
            Optional<Body> body = position == null ? Optional.empty() : body(position);
            if (body.isEmpty()) {
                counts.ignore("occupancy of a position without a known body or country");
                continue;
            }
            String title = position.first("name");
            if (title != null && title.equals(body.get().actor().name())) {
                title = null;
            }
            facts.role(official.id(), body.get(), title, date(occupancy.first("startDate")), date(occupancy.first("endDate")),
                    new Provenance(occupancy.first("description"), FORMAT + ":Occupancy", null));
        }
        counts.used();
        ready.add(counts.made(facts.build()));
    }

    private void event(Entity event) {
        List<Official> involved = new ArrayList<>();
        for (String id : event.values("involved")) {
            if (people.containsKey(id)) {
                Official official = official(people.get(id));
                if (involved.stream().noneMatch(o -> o.id().equals(official.id()))) {
                    involved.add(official);
                }
            }
        }
        if (involved.size() < 2) {
            counts.skip("event with fewer than two people");
            return;
        }
        PartialDate on = date(event.first("date"));
        List<String> records = event.values("recordId").stream().filter(r -> SOURCE_ID.matcher(r).matches()).toList();
        List<String> urls = event.values("sourceUrl");
        List<String> publishers = event.values("publisher");
        List<String> evidence = event.values("description");
        List<Source> sources = new ArrayList<>();
        if (records.isEmpty()) {
            sources.add(new Source("ftm:event:" + FtmIds.of("event", event.id()), event.first("name"),
                    publishers.isEmpty() ? null : publishers.get(0), urls.isEmpty() ? null : urls.get(0), null));
        } else {
            boolean single = records.size() == 1;
            for (String record : records) {
                sources.add(new Source(record, null, single && publishers.size() == 1 ? publishers.get(0) : null,
                        single && urls.size() == 1 ? urls.get(0) : null, null));
            }
        }
        for (int i = 0; i < sources.size(); i++) {
            FactSetBuilder facts = new FactSetBuilder(sources.get(i));
            involved.forEach(facts::declare);
            String sentence = evidence.isEmpty() ? null : evidence.get(evidence.size() == sources.size() ? i : 0);
            facts.meeting(new Meeting(involved.stream().map(Official::id).toList(), on, event.first("location"),
                    new Provenance(sentence, FORMAT + ":Event", null)));
            ready.add(counts.made(facts.build()));
        }
        counts.used();
    }

    private Official official(Entity person) {
        Official known = officials.get(person.id());
        if (known != null) {
            return known;
        }
        List<String> names = new ArrayList<>(person.values("name"));
        if (names.isEmpty()) {
            throw new InvalidInputException("A person needs a \"name\".");
        }
        String name = PersonNames.display(names.get(0));
        List<String> aliases = new ArrayList<>(names.subList(1, names.size()));
        aliases.addAll(person.values("alias"));
        String keyword = person.keywordId();
        ActorId id;
        if (keyword != null && ActorKind.OFFICIAL.accepts(keyword)) {
            id = ActorId.of(keyword);
        } else {
            id = PersonNames.officialId(scope(person), name)
                    .orElseThrow(() -> new InvalidInputException("The name \"" + name + "\" has no Latin letters or digits for an id."));
        }
        Official official = new Official(id, name, aliases, null);
        officials.put(person.id(), official);
        return official;
    }

    private String scope(Entity person) {
        for (String property : List.of("country", "nationality", "citizenship")) {
            for (String code : person.values(property)) {
                Optional<String> iso3 = offices.countries().byFtmCode(code);
                if (iso3.isPresent()) {
                    return iso3.get();
                }
            }
        }
        for (Entity occupancy : occupancies.getOrDefault(person.id(), List.of())) {
            Entity position = positions.get(occupancy.first("post"));
            if (position != null) {
                for (String code : position.values("country")) {
                    Optional<String> iso3 = offices.countries().byFtmCode(code);
                    if (iso3.isPresent()) {
                        return iso3.get();
                    }
                }
            }
        }
        return "XXX";
    }

    private Optional<Body> body(Entity position) {
        Optional<String> country = position.values("country").stream().map(c -> offices.countries().byFtmCode(c))
                .flatMap(Optional::stream).findFirst();
        for (String organisation : position.values("organization")) {
            Entity body = bodies.get(organisation);
            if (body != null) {
                Optional<Body> found = body(body, country);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return country.map(offices::country);
    }

    private Optional<Body> body(Entity body, Optional<String> positionCountry) {
        String keyword = body.keywordId();
        String name = body.first("name");
        if (keyword != null) {
            if (ActorKind.MINISTRY.accepts(keyword)) {
                String scope = keyword.substring(0, keyword.indexOf('/'));
                return Optional.of(new Body(offices.state(scope), new Ministry(ActorId.of(keyword), name != null ? name : keyword,
                        body.values("alias"))));
            }
            if (ActorKind.COUNTRY.accepts(keyword) && offices.countries().isIso3(keyword)) {
                return Optional.of(offices.country(keyword));
            }
            if (ActorKind.ALLIANCE.accepts(keyword)) {
                return Optional.of(new Body(new org.diplograph.model.Alliance(ActorId.of(keyword), name != null ? name : keyword,
                        body.values("alias")), null));
            }
        }
        Optional<String> country = body.values("country").stream().map(c -> offices.countries().byFtmCode(c))
                .flatMap(Optional::stream).findFirst().or(() -> positionCountry);
        if (name == null || country.isEmpty()) {
            return Optional.empty();
        }
        Optional<Body> ministry = offices.ministryNamedBy(country.get(), name);
        if (ministry.isPresent()) {
            return ministry;
        }
        String slug = NameKeys.slug(name);
        if (slug.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Body(offices.countries().country(country.get()),
                new Ministry(ActorId.of(country.get() + "/" + slug), name, body.values("alias"))));
    }

    /** An FtM date ({@code 2020}, {@code 2020-02}, {@code 2020-02-06}, or with a time) as a date of its precision. */
    private static PartialDate date(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        String date = t.length() > 10 ? t.substring(0, 10) : t;
        try {
            return PartialDate.parse(date);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("\"" + text + "\" is not a date of FollowTheMoney's forms (YYYY, YYYY-MM, YYYY-MM-DD).");
        }
    }

    @Override
    public ConversionSummary summary() {
        return counts.summary();
    }

    @Override
    public void close() {
        if (lines != null) {
            lines.close();
        }
    }
}
