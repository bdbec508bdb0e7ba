package org.diplograph.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.diplograph.InvalidInputException;
import org.diplograph.extract.GazetteerDoc.AllianceDoc;
import org.diplograph.extract.GazetteerDoc.BodyDoc;
import org.diplograph.extract.GazetteerDoc.BodyPatternDoc;
import org.diplograph.extract.GazetteerDoc.CountryDoc;
import org.diplograph.extract.GazetteerDoc.OfficialDoc;
import org.diplograph.extract.GazetteerDoc.PersonDoc;
import org.diplograph.extract.GazetteerDoc.RoleDoc;
import org.diplograph.extract.GazetteerDoc.TitleDoc;
import org.diplograph.extract.PhraseIndex.Kind;
import org.diplograph.extract.PhraseIndex.Ref;
import org.diplograph.model.ActorId;
import org.diplograph.model.ActorKind;
import org.diplograph.model.PartialDate;
import org.diplograph.names.NameKeys;

/**
 * Countries, alliances, bodies, titles, ranks and known people, read from gazetteer JSON
 * ({@link GazetteerDoc}) and indexed for the extractor. Immutable once built.
 */
final class Gazetteer {

    private static final String[] BUILT_IN = {"countries.json", "organisations.json", "titles.json", "people.json"};

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** A role holder from a user gazetteer. */
    record Holder(String title, String titleKey, ActorId body, ActorId holder, String name, PartialDate from, PartialDate to) {
    }

    /** A known person. */
    record KnownPerson(ActorId id, String name, List<String> spellings, String rank) {
    }

    private final List<GazetteerDoc> docs;
    final PhraseIndex index = new PhraseIndex();
    final Map<String, CountryDoc> countries = new HashMap<>();
    /** A national news agency's name in lower case → its country: "yonhap" → KOR (exactly: "AP" is not "APP"). */
    final Map<String, String> agencyCountries = new HashMap<>();
    final Map<String, AllianceDoc> alliances = new HashMap<>();
    final Map<String, BodyDoc> bodies = new HashMap<>();
    final Map<String, BodyPatternDoc> bodyPatterns = new HashMap<>();
    final Set<String> titleWords = new HashSet<>();
    final Set<String> titleModifiers = new HashSet<>();
    final Set<String> nonNames = new HashSet<>();
    final Map<String, KnownPerson> personsByKey = new HashMap<>();
    final Map<String, List<KnownPerson>> personsByFamily = new HashMap<>();
    final List<Holder> holders = new ArrayList<>();
    final Map<String, TitleDoc> titlesByAlias = new HashMap<>();
    final KnownPeople people = new KnownPeople();
    /** A country's own body for a body pattern: {@code USA|ministry-of-defense} → {@code USA/department-of-defense}. */
    final Map<String, String> countryBodies = new HashMap<>();

    private Gazetteer(List<GazetteerDoc> docs) {
        this.docs = List.copyOf(docs);
        for (GazetteerDoc doc : docs) {
            addDoc(doc);
        }
    }

    static Gazetteer builtIn() {
        List<GazetteerDoc> docs = new ArrayList<>();
        for (String name : BUILT_IN) {
            try (InputStream in = Gazetteer.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("The built-in gazetteer resource " + name + " is missing from the class path.");
                }
                docs.add(MAPPER.readValue(in, GazetteerDoc.class));
            } catch (IOException e) {
                throw new IllegalStateException("The built-in gazetteer resource " + name + " cannot be read: " + e.getMessage(), e);
            }
        }
        return new Gazetteer(docs);
    }

    Gazetteer with(Path file) {
        GazetteerDoc doc;
        try {
            doc = MAPPER.readValue(Files.readAllBytes(file), GazetteerDoc.class);
        } catch (JsonMappingException e) {
            throw new InvalidInputException(file.toString(), location(e), path(e),
                    "The gazetteer is not valid: " + firstLine(e.getOriginalMessage())
                            + " See the gazetteer format in the Extractor documentation.", e);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(file.toString(), location(e), null,
                    "The gazetteer is not valid JSON: " + firstLine(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), null, null,
                    "The gazetteer cannot be read (" + e + "); check the path and its permissions.", e);
        }
        try {
            validate(doc);
        } catch (InvalidInputException e) {
            throw e.at(file.toString(), null);
        }
        return with(doc);
    }

    /** @return a gazetteer that also knows the entries of {@code doc}, already validated */
    Gazetteer with(GazetteerDoc doc) {
        List<GazetteerDoc> all = new ArrayList<>(docs);
        all.add(doc);
        return new Gazetteer(all);
    }

    private static Integer location(JsonProcessingException e) {
        return e.getLocation() == null || e.getLocation().getLineNr() < 1 ? null : e.getLocation().getLineNr();
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }

    /** Checks what Jackson cannot: ids of the right form, names present, dates readable. */
    private static void validate(GazetteerDoc doc) {
        for (int i = 0; i < size(doc.countries()); i++) {
            CountryDoc c = doc.countries().get(i);
            String at = "$.countries[" + i + "]";
            need(c.code() != null && ActorKind.COUNTRY.accepts(c.code()), at + ".code", "A country needs an ISO alpha-3 \"code\" like AZE.");
            need(c.name() != null && !c.name().isBlank(), at + ".name", "A country needs a \"name\".");
        }
        for (int i = 0; i < size(doc.alliances()); i++) {
            AllianceDoc a = doc.alliances().get(i);
            String at = "$.alliances[" + i + "]";
            need(a.code() != null && ActorKind.ALLIANCE.accepts(a.code()), at + ".code", "An alliance needs an acronym \"code\" like NATO.");
            need(a.name() != null && !a.name().isBlank(), at + ".name", "An alliance needs a \"name\".");
        }
        for (int i = 0; i < size(doc.bodies()); i++) {
            BodyDoc b = doc.bodies().get(i);
            String at = "$.bodies[" + i + "]";
            need(b.id() != null && ActorKind.MINISTRY.accepts(b.id()), at + ".id", "A body needs an \"id\" like USA/european-command.");
            need(b.name() != null && !b.name().isBlank(), at + ".name", "A body needs a \"name\".");
        }
        for (int i = 0; i < size(doc.bodyPatterns()); i++) {
            BodyPatternDoc b = doc.bodyPatterns().get(i);
            String at = "$.bodyPatterns[" + i + "]";
            need(b.slug() != null && b.slug().equals(NameKeys.slug(b.slug())), at + ".slug", "A body pattern needs a lower-case \"slug\" like ministry-of-defense.");
            need(b.name() != null && !b.name().isBlank(), at + ".name", "A body pattern needs a \"name\".");
        }
        for (int i = 0; i < size(doc.titles()); i++) {
            TitleDoc t = doc.titles().get(i);
            String at = "$.titles[" + i + "]";
            need(t.title() != null && !t.title().isBlank(), at + ".title", "A title needs a \"title\".");
            need(t.body() == null || isId(t.body()), at + ".body", "\"body\" must be an actor id like NATO/shape or NATO.");
            need(t.bodySlug() == null || t.bodySlug().equals(NameKeys.slug(t.bodySlug())), at + ".bodySlug", "\"bodySlug\" must be a lower-case slug.");
        }
        for (int i = 0; i < size(doc.officials()); i++) {
            OfficialDoc o = doc.officials().get(i);
            String at = "$.officials[" + i + "]";
            need(o.id() != null && ActorKind.OFFICIAL.accepts(o.id()), at + ".id", "An official needs an \"id\" like AZE/najmeddin-sadikov.");
            need(o.name() != null && !o.name().isBlank(), at + ".name", "An official needs a \"name\".");
        }
        for (int i = 0; i < size(doc.roles()); i++) {
            RoleDoc r = doc.roles().get(i);
            String at = "$.roles[" + i + "]";
            need(r.title() != null && !r.title().isBlank(), at + ".title", "A role needs a \"title\" as articles write it, like SACEUR.");
            need(r.body() != null && isId(r.body()), at + ".body", "A role needs a \"body\" id like NATO/shape.");
            need(r.holder() != null && ActorKind.OFFICIAL.accepts(r.holder()), at + ".holder", "A role needs a \"holder\" id like USA/tod-wolters.");
            need(r.name() != null && !r.name().isBlank(), at + ".name", "A role needs the holder's \"name\".");
            PartialDate from = date(r.from(), at + ".from");
            PartialDate to = date(r.to(), at + ".to");
            need(from == null || to == null || !from.first().isAfter(to.last()), at + ".to", "A role's \"to\" must not be before its \"from\".");
        }
        for (int i = 0; i < size(doc.people()); i++) {
            PersonDoc p = doc.people().get(i);
            String at = "$.people[" + i + "]";
            need(p.name() != null && p.name().trim().contains(" "), at + ".name", "A person needs a \"name\" of two words or more.");
            need(p.scope() != null && (ActorKind.COUNTRY.accepts(p.scope()) || ActorKind.ALLIANCE.accepts(p.scope())), at + ".scope",
                    "A person needs the \"scope\" he serves: a country or alliance code like RUS or NATO.");
            need(p.body() == null || isId(p.body()), at + ".body", "\"body\" must be an actor id like NATO/shape or NATO.");
            need(p.bodySlug() == null || p.bodySlug().equals(NameKeys.slug(p.bodySlug())), at + ".bodySlug", "\"bodySlug\" must be a lower-case slug.");
            PartialDate from = date(p.from(), at + ".from");
            PartialDate to = date(p.to(), at + ".to");
            need(from == null || to == null || !from.first().isAfter(to.last()), at + ".to", "A role's \"to\" must not be before its \"from\".");
        }
        for (int i = 0; i < size(doc.bodies()); i++) {
            BodyDoc b = doc.bodies().get(i);
            need(b.pattern() == null || b.pattern().equals(NameKeys.slug(b.pattern())), "$.bodies[" + i + "].pattern",
                    "\"pattern\" must be a body pattern's lower-case slug like ministry-of-defense.");
        }
        for (int i = 0; i < size(doc.titles()); i++) {
            TitleDoc t = doc.titles().get(i);
            need(t.country() == null || ActorKind.COUNTRY.accepts(t.country()), "$.titles[" + i + "].country",
                    "\"country\" must be a country code like USA.");
            need(list(t.alsoIn()).stream().allMatch(ActorKind.COUNTRY::accepts), "$.titles[" + i + "].alsoIn",
                    "\"alsoIn\" must list country codes like IND.");
        }
    }

    private static PartialDate date(String text, String at) {
        try {
            return text == null ? null : PartialDate.parse(text);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(null, null, at, e.problem(), null);
        }
    }

    private static boolean isId(String id) {
        return ActorKind.MINISTRY.accepts(id) || ActorKind.ALLIANCE.accepts(id);
    }

    private static void need(boolean ok, String path, String problem) {
        if (!ok) {
            throw new InvalidInputException(null, null, path, problem, null);
        }
    }

    private static int size(List<?> list) {
        return list == null ? 0 : list.size();
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    private void addDoc(GazetteerDoc doc) {
        for (CountryDoc c : list(doc.countries())) {
            countries.put(c.code(), c);
            Ref ref = new Ref(Kind.COUNTRY, c.code(), c);
            index.add(c.name(), ref);
            list(c.aliases()).forEach(a -> index.add(a, ref));
            list(c.demonyms()).forEach(d -> index.add(d, new Ref(Kind.DEMONYM, c.code(), c)));
            list(c.capitals()).forEach(p -> index.add(p, new Ref(Kind.CAPITAL, c.code(), p)));
            list(c.cities()).forEach(p -> index.add(p, new Ref(Kind.CITY, c.code(), p)));
            list(c.seats()).forEach(p -> index.add(p, new Ref(Kind.SEAT, c.code(), p)));
            list(c.newsAgencies()).forEach(a -> agencyCountries.put(a.toLowerCase(java.util.Locale.ROOT), c.code()));
        }
        for (AllianceDoc a : list(doc.alliances())) {
            alliances.put(a.code(), a);
            Ref ref = new Ref(Kind.ALLIANCE, a.code(), a);
            index.add(a.code(), ref);
            index.add(a.name(), ref);
            list(a.aliases()).forEach(x -> index.add(x, ref));
        }
        for (BodyDoc b : list(doc.bodies())) {
            bodies.put(b.id(), b);
            if (b.pattern() != null) {
                countryBodies.put(b.id().substring(0, b.id().indexOf('/')) + "|" + b.pattern(), b.id());
            }
            Ref ref = new Ref(Kind.BODY, b.id(), b);
            index.add(b.name(), ref);
            list(b.aliases()).forEach(x -> index.add(x, ref));
        }
        for (BodyPatternDoc b : list(doc.bodyPatterns())) {
            bodyPatterns.put(b.slug(), b);
            Ref ref = new Ref(Kind.BODY_PATTERN, b.slug(), b);
            index.add(b.name(), ref);
            list(b.aliases()).forEach(x -> index.add(x, ref));
        }
        for (TitleDoc t : list(doc.titles())) {
            Ref ref = new Ref(Kind.TITLE, t.title(), t);
            index.add(t.title(), ref);
            titlesByAlias.put(NameKeys.fold(t.title()), t);
            for (String alias : list(t.aliases())) {
                index.add(alias, ref);
                titlesByAlias.put(NameKeys.fold(alias), t);
            }
        }
        list(doc.titleWords()).forEach(w -> titleWords.add(w.toLowerCase(Locale.ROOT)));
        list(doc.titleModifiers()).forEach(w -> titleModifiers.add(w.toLowerCase(Locale.ROOT)));
        list(doc.ranks()).forEach(r -> index.add(r, new Ref(Kind.RANK, r, r)));
        list(doc.nonNames()).forEach(w -> nonNames.add(w.toLowerCase(Locale.ROOT)));
        for (OfficialDoc o : list(doc.officials())) {
            List<String> spellings = new ArrayList<>();
            spellings.add(o.name());
            spellings.addAll(list(o.aliases()));
            addPerson(new KnownPerson(ActorId.of(o.id()), o.name(), spellings, o.rank()));
        }
        for (RoleDoc r : list(doc.roles())) {
            ActorId holder = ActorId.of(r.holder());
            if (!personsByKey.containsKey(NameKeys.fold(r.name()))) {
                addPerson(new KnownPerson(holder, r.name(), List.of(r.name()), null));
            }
            holders.add(new Holder(r.title(), NameKeys.fold(r.title()), ActorId.of(r.body()), holder, r.name(),
                    r.from() == null ? null : PartialDate.parse(r.from()), r.to() == null ? null : PartialDate.parse(r.to())));
            if (!titlesByAlias.containsKey(NameKeys.fold(r.title()))) {
                TitleDoc t = new TitleDoc(r.title(), List.of(r.title()), r.body(), null, null, null);
                titlesByAlias.put(NameKeys.fold(r.title()), t);
                index.add(r.title(), new Ref(Kind.TITLE, r.title(), t));
            }
        }
        list(doc.people()).forEach(people::add);
    }

    private void addPerson(KnownPerson person) {
        for (String spelling : person.spellings()) {
            List<String> words = NameKeys.foldedWords(spelling);
            if (words.size() >= 2) {
                personsByKey.putIfAbsent(words.get(0) + " " + words.get(words.size() - 1), person);
                List<KnownPerson> family = personsByFamily.computeIfAbsent(words.get(words.size() - 1), k -> new ArrayList<>());
                if (!family.contains(person)) {
                    family.add(person);
                }
            }
        }
    }

    /** @return the display name of a country or alliance code, or the code itself */
    String nameOf(String code) {
        CountryDoc c = countries.get(code);
        if (c != null) {
            return c.name();
        }
        AllianceDoc a = alliances.get(code);
        return a != null ? a.name() : code;
    }

    boolean isCountry(String code) {
        return countries.containsKey(code);
    }

    boolean isAlliance(String code) {
        return alliances.containsKey(code);
    }

    /** Groups that are their members' summits, with no secretariat or staff: no one serves them, no state is their partner. */
    static final Set<String> SUMMIT_GROUPS = Set.of("G7", "G20");

    /** @return the holders of a title (folded) on a day */
    List<Holder> holdersOf(String titleKey, java.time.LocalDate on) {
        List<Holder> found = new ArrayList<>();
        for (Holder h : holders) {
            if (h.titleKey().equals(titleKey) && (on == null
                    || (h.from() == null || !h.from().first().isAfter(on)) && (h.to() == null || !h.to().last().isBefore(on)))) {
                found.add(h);
            }
        }
        return found;
    }

    /** @return how many entries of each section there are, for logging */
    Map<String, Integer> sizes() {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        sizes.put("countries", countries.size());
        sizes.put("alliances", alliances.size());
        sizes.put("bodies", bodies.size());
        sizes.put("people", personsByKey.size());
        sizes.put("role holders", holders.size());
        sizes.put("known people", people.size());
        return sizes;
    }
}
