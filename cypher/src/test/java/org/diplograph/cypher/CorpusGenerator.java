package org.diplograph.cypher;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.diplograph.json.FactSetJson;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorId;
import org.diplograph.model.ActorKind;
import org.diplograph.model.DatePrecision;
import org.diplograph.model.FactSet;
import org.diplograph.model.Meeting;
import org.diplograph.model.Membership;
import org.diplograph.model.PartialDate;
import org.diplograph.model.Partnership;
import org.diplograph.model.Provenance;
import org.diplograph.model.Representation;
import org.diplograph.model.Source;
import org.diplograph.names.NameKeys;

/**
 * A seeded, deterministic synthetic corpus: officials of about 200 countries and a few alliances,
 * their ministries and dated roles, meetings with a skew (a few officials meet many), the same
 * meeting now and then reported by a second source (sometimes under another spelling of a name, so
 * spelling merges are exercised), partnerships and memberships.
 *
 * <p>Written as FactSet JSON Lines ({@code corpus.jsonl}) and, for the comparison loaders, as CSV
 * ({@code csv/*.csv}) holding the same facts with the spellings already resolved to one id. Both are
 * streamed: memory does not grow with the corpus.
 */
public final class CorpusGenerator {

    /** Alliances of the synthetic world (real acronyms, invented members). */
    static final List<String> ALLIANCES = List.of("NATO", "CSTO", "EU", "AU", "ASEAN", "SCO", "GCC");
    private static final String CONSONANTS = "bdfgklmnprstvz";
    private static final String VOWELS = "aeiou";
    private static final List<String> PUBLISHERS = List.of("Daily Wire Service", "Capital Herald", "Regional Times",
            "Defense Weekly", "Foreign Desk", "Evening Courier", "Morning Gazette", "Press Agency", "State Bulletin", "Observer");

    /**
     * What to generate.
     *
     * @param meetingFacts {@code MET_WITH} rows (one per pair of participants) to generate, at least
     * @param seed         the seed: the same seed and sizes give byte-identical files
     * @param officials    how many officials, or 0 for a size that grows with the corpus
     */
    public record Spec(long meetingFacts, long seed, int officials) {

        /** @return the number of officials: given, or one per 20 meeting facts (at least 1,000) */
        public int officialCount() {
            return officials > 0 ? officials : (int) Math.min(300_000, Math.max(1_000, meetingFacts / 20));
        }
    }

    /**
     * What was generated.
     *
     * @param factSets          FactSets (sources)
     * @param meetingPairs      {@code MET_WITH} rows (facts), with repeats of one meeting by several sources
     * @param roles             {@code REPRESENTS} facts
     * @param partnerships      {@code PARTNER_OF} facts
     * @param memberships       {@code MEMBER_OF} facts
     * @param actorDeclarations actors declared, summed over FactSets
     * @param officials         officials in the world
     */
    public record Stats(long factSets, long meetingPairs, long roles, long partnerships, long memberships,
                        long actorDeclarations, int officials) {
    }

    /** One official of the world. */
    private record Person(ActorId id, String given, String family, String country, int ministry, String title, int since) {

        String name() {
            return given + " " + family;
        }

        /** The family name with a doubled consonant (Bakelo → Bakkelo), a variant that folds to the same key. */
        String variantFamily() {
            return family.substring(0, 3) + family.substring(2);
        }
    }

    private record Reported(int[] participants, PartialDate on, String place) {
    }

    private final Spec spec;
    private final SplittableRandom random;
    private final List<String> countries = new ArrayList<>();
    private final Map<String, String> countryNames = new LinkedHashMap<>();
    private final Map<String, String> capitals = new LinkedHashMap<>();
    private final List<String[]> memberships = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();
    private final java.util.BitSet declared = new java.util.BitSet();
    private final Reported[] recent = new Reported[1024];
    private long recentCount;

    private CorpusGenerator(Spec spec) {
        this.spec = spec;
        this.random = new SplittableRandom(spec.seed());
        buildWorld();
    }

    /**
     * Writes {@code corpus.jsonl} and {@code csv/*.csv} into a folder.
     *
     * @param spec   what to generate
     * @param folder the folder (created if missing)
     * @return what was written
     */
    public static Stats write(Spec spec, Path folder) {
        try {
            Files.createDirectories(folder.resolve("csv"));
            return new CorpusGenerator(spec).run(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the corpus into " + folder + ": " + e.getMessage(), e);
        }
    }

    private void buildWorld() {
        TreeSet<String> codes = new TreeSet<>();
        while (codes.size() < 200) {
            String code = "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
            if (!ALLIANCES.contains(code)) {
                codes.add(code);
            }
        }
        countries.addAll(codes);
        for (String code : countries) {
            countryNames.put(code, "Republic of " + capitalize(word(3)));
            capitals.put(code, capitalize(word(2)) + " City");
        }
        for (String code : countries) {
            for (String alliance : ALLIANCES) {
                if (random.nextInt(100) < 12) {
                    memberships.add(new String[] {code, alliance});
                }
            }
        }
        int n = spec.officialCount();
        for (int i = 0; i < n; i++) {
            boolean ofAlliance = random.nextInt(100) < 3;
            String scope = ofAlliance ? ALLIANCES.get(random.nextInt(ALLIANCES.size())) : countries.get(random.nextInt(countries.size()));
            String given = capitalize(word(2));
            String family = capitalize(familyName(i));
            int ministry = ofAlliance ? 0 : random.nextInt(3);
            String title = title(ofAlliance, ministry, random.nextInt(3));
            ActorId id = ActorId.of(scope + "/" + given.toLowerCase() + "-" + family.toLowerCase());
            people.add(new Person(id, given, family, scope, ministry, title, 1995 + random.nextInt(26)));
        }
    }

    /** A unique family name per index: consonant-vowel syllables, which no folding rule changes. */
    private static String familyName(int index) {
        StringBuilder b = new StringBuilder();
        int rest = index;
        int syllables = CONSONANTS.length() * VOWELS.length();
        for (int s = 0; s < 3 || rest > 0; s++) {
            int syllable = rest % syllables;
            rest /= syllables;
            b.append(CONSONANTS.charAt(syllable / VOWELS.length())).append(VOWELS.charAt(syllable % VOWELS.length()));
        }
        return b.toString();
    }

    private String word(int syllables) {
        StringBuilder b = new StringBuilder();
        for (int s = 0; s < syllables; s++) {
            b.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length()))).append(VOWELS.charAt(random.nextInt(VOWELS.length())));
        }
        return b.toString();
    }

    private static String capitalize(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String title(boolean ofAlliance, int ministry, int which) {
        if (ofAlliance) {
            return List.of("Secretary General", "Deputy Secretary General", "Chair of the Military Committee").get(which);
        }
        return switch (ministry) {
            case 0 -> List.of("Minister of Defense", "Deputy Minister of Defense", "Defense Attache").get(which);
            case 1 -> List.of("Minister of Foreign Affairs", "Deputy Foreign Minister", "Ambassador at Large").get(which);
            default -> List.of("Chief of the General Staff", "Deputy Chief of the General Staff", "Commander of the Land Forces").get(which);
        };
    }

    private static String ministryId(String scope, int ministry) {
        if (ALLIANCES.contains(scope)) {
            return scope + "/secretariat";
        }
        return scope + "/" + List.of("ministry-of-defense", "ministry-of-foreign-affairs", "general-staff").get(ministry);
    }

    private static String ministryName(String scope, int ministry) {
        if (ALLIANCES.contains(scope)) {
            return scope + " Secretariat";
        }
        // Not "… of <country>": first and last word are an identity key, and two ministries of one
        // country named "Ministry of … of X" would be taken to be one (see NameKeys).
        return List.of("Ministry of Defense", "Ministry of Foreign Affairs", "General Staff").get(ministry);
    }

    /** Skewed choice: index {@code n·u²} gives the first officials far more meetings than the last. */
    private int pickOfficial() {
        double u = random.nextDouble();
        return (int) (people.size() * u * u);
    }

    private PartialDate pickDate() {
        int roll = random.nextInt(100);
        LocalDate day = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(25 * 365));
        if (roll < 85) {
            return PartialDate.ofDay(day);
        }
        if (roll < 95) {
            return new PartialDate(day.withDayOfMonth(1), DatePrecision.MONTH);
        }
        if (roll < 99) {
            return new PartialDate(day.withDayOfYear(1), DatePrecision.YEAR);
        }
        return null;
    }

    private Stats run(Path folder) throws IOException {
        long factSets = 0;
        long pairs = 0;
        long roles = 0;
        long partnerships = 0;
        long memberCount = 0;
        long declarations = 0;
        try (BufferedWriter jsonl = Files.newBufferedWriter(folder.resolve("corpus.jsonl"));
             Csv sources = new Csv(folder.resolve("csv/sources.csv"), "id", "title", "publisher", "published");
             Csv actors = new Csv(folder.resolve("csv/actors.csv"), "id", "kind", "label", "scope", "name", "spellings", "keys", "rank", "source");
             Csv roleCsv = new Csv(folder.resolve("csv/roles.csv"), "who", "body", "titleKey", "title", "from", "fromPrecision", "to", "toPrecision", "source", "evidence");
             Csv meetings = new Csv(folder.resolve("csv/meetings.csv"), "a", "b", "onKey", "on", "precision", "place", "meetingKey", "source", "evidence");
             Csv partnerCsv = new Csv(folder.resolve("csv/partnerships.csv"), "a", "b", "kind", "since", "sincePrecision", "source", "evidence");
             Csv memberCsv = new Csv(folder.resolve("csv/memberships.csv"), "member", "alliance", "since", "sincePrecision", "to", "toPrecision", "source", "evidence")) {
            while (pairs < spec.meetingFacts()) {
                factSets++;
                String sourceId = String.format("src-%08d", factSets);
                Draft draft = new Draft(sourceId);
                int meetingCount = 1 + (random.nextInt(100) < 50 ? 0 : random.nextInt(100) < 60 ? 1 : random.nextInt(100) < 75 ? 2 : 3);
                for (int m = 0; m < meetingCount; m++) {
                    Reported reported;
                    boolean again = recentCount > 0 && random.nextInt(100) < 8;
                    if (again) {
                        reported = recent[random.nextInt((int) Math.min(recentCount, recent.length))];
                    } else {
                        int size = random.nextInt(100) < 90 ? 2 : 3;
                        int[] who = new int[size];
                        for (int p = 0; p < size; p++) {
                            int pick;
                            do {
                                pick = pickOfficial();
                            } while (contains(who, p, pick));
                            who[p] = pick;
                        }
                        PartialDate on = pickDate();
                        reported = new Reported(who, on, random.nextInt(100) < 80 ? capitals.get(countryOf(who[0])) : null);
                        recent[(int) (recentCount++ % recent.length)] = reported;
                    }
                    List<ActorId> ids = new ArrayList<>();
                    for (int who : reported.participants()) {
                        ids.add(draft.official(who, again && random.nextInt(100) < 15));
                    }
                    String names = String.join(" and ", reported.participants().length == 2
                            ? List.of(people.get(reported.participants()[0]).name(), people.get(reported.participants()[1]).name())
                            : java.util.Arrays.stream(reported.participants()).mapToObj(i -> people.get(i).name()).toList());
                    String evidence = names + " met" + (reported.place() == null ? "" : " in " + reported.place())
                            + (reported.on() == null ? "" : " on " + reported.on()) + ", " + sourceId + " reported.";
                    draft.meetings.add(new Meeting(ids, reported.on(), reported.place(), Provenance.of(evidence)));
                    pairs += meetingRows(meetings, reported, sourceId, evidence);
                }
                for (int who : draft.officialIndexes()) {
                    if (random.nextInt(100) < 15) {
                        Person p = people.get(who);
                        String ministry = draft.ministry(p);
                        PartialDate from = new PartialDate(LocalDate.of(p.since(), 1, 1), DatePrecision.YEAR);
                        PartialDate to = random.nextInt(100) < 30 ? new PartialDate(LocalDate.of(Math.min(2025, p.since() + 4), 1, 1), DatePrecision.YEAR) : null;
                        String evidence = p.name() + " has served as " + p.title() + " since " + p.since() + ".";
                        draft.roles.add(new Representation(draft.idOf(who), ActorId.of(ministry), p.title(), from, to, Provenance.of(evidence)));
                        roleCsv.row(p.id().value(), ministry, NameKeys.fold(p.title()), p.title(), from.first(), "year",
                                to == null ? null : to.last(), to == null ? null : "year", sourceId, evidence);
                        roles++;
                        if (random.nextInt(100) < 30 && !ALLIANCES.contains(p.country())) {
                            draft.country(p.country());
                            draft.roles.add(new Representation(ActorId.of(ministry), ActorId.of(p.country()), null, null, null, Provenance.NONE));
                            roleCsv.row(ministry, p.country(), "", null, null, null, null, null, sourceId, null);
                            roles++;
                        }
                    }
                }
                if (random.nextInt(100) < 5) {
                    String a = countries.get(random.nextInt(countries.size()));
                    String b = countries.get(random.nextInt(countries.size()));
                    if (!a.equals(b)) {
                        String kind = random.nextBoolean() ? "strategic partnership" : "partner";
                        PartialDate since = random.nextBoolean() ? new PartialDate(LocalDate.of(1992 + random.nextInt(30), 1, 1), DatePrecision.YEAR) : null;
                        String evidence = countryNames.get(a) + " and " + countryNames.get(b) + " are partners.";
                        draft.country(a);
                        draft.country(b);
                        draft.partnerships.add(new Partnership(List.of(ActorId.of(a), ActorId.of(b)), kind, since, Provenance.of(evidence)));
                        String lo = a.compareTo(b) < 0 ? a : b;
                        String hi = a.compareTo(b) < 0 ? b : a;
                        partnerCsv.row(lo, hi, kind, since == null ? null : since.first(), since == null ? null : "year", sourceId, evidence);
                        partnerships++;
                    }
                }
                if (random.nextInt(100) < 3 && !memberships.isEmpty()) {
                    String[] pair = memberships.get(random.nextInt(memberships.size()));
                    PartialDate since = new PartialDate(LocalDate.of(1950 + random.nextInt(60), 1, 1), DatePrecision.YEAR);
                    draft.country(pair[0]);
                    draft.alliance(pair[1]);
                    draft.memberships.add(new Membership(ActorId.of(pair[0]), ActorId.of(pair[1]), since, null, Provenance.NONE));
                    memberCsv.row(pair[0], pair[1], since.first(), "year", null, null, sourceId, null);
                    memberCount++;
                }
                FactSet facts = draft.build(random);
                declarations += facts.actors().size();
                for (Actor actor : facts.actors()) {
                    ActorId canonical = draft.canonical(actor.id());
                    List<String> spellings = actor.spellings();
                    actors.row(canonical.value(), actor.kind().word(), actor.kind().label(), canonical.scope().orElse(null),
                            draft.canonicalName(actor), String.join(";", spellings), String.join(";", NameKeys.keys(spellings)),
                            actor instanceof org.diplograph.model.Official o ? o.rank() : null, sourceId);
                }
                sources.row(sourceId, facts.source().title(), facts.source().publisher(), facts.source().published());
                jsonl.write(FactSetJson.writeLine(facts));
                jsonl.write('\n');
            }
        }
        return new Stats(factSets, pairs, roles, partnerships, memberCount, declarations, people.size());
    }

    private long meetingRows(Csv csv, Reported reported, String sourceId, String evidence) throws IOException {
        List<String> ids = java.util.Arrays.stream(reported.participants()).mapToObj(i -> people.get(i).id().value()).sorted().toList();
        String onKey = reported.on() == null ? "undated" : reported.on().toString();
        String meetingKey = onKey + "|" + String.join("+", ids);
        long rows = 0;
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                csv.row(ids.get(i), ids.get(j), onKey, reported.on() == null ? null : reported.on().first(),
                        reported.on() == null ? null : reported.on().precision().word(), reported.place(), meetingKey, sourceId, evidence);
                rows++;
            }
        }
        return rows;
    }

    private static boolean contains(int[] values, int length, int value) {
        for (int i = 0; i < length; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    private String countryOf(int official) {
        String scope = people.get(official).country();
        return ALLIANCES.contains(scope) ? countries.get(official % countries.size()) : scope;
    }

    /** The FactSet being assembled for one source. */
    private final class Draft {
        final String sourceId;
        final Map<Integer, ActorId> officials = new LinkedHashMap<>();
        final Map<String, Actor> others = new LinkedHashMap<>();
        final List<Meeting> meetings = new ArrayList<>();
        final List<Representation> roles = new ArrayList<>();
        final List<Partnership> partnerships = new ArrayList<>();
        final List<Membership> memberships = new ArrayList<>();
        final Map<ActorId, Integer> variants = new java.util.HashMap<>();
        final Map<ActorId, Boolean> withSurname = new java.util.HashMap<>();

        Draft(String sourceId) {
            this.sourceId = sourceId;
        }

        /** The id this source uses for an official: now and then a variant spelling of one declared before. */
        ActorId official(int index, boolean variant) {
            return officials.computeIfAbsent(index, i -> {
                Person p = people.get(i);
                String vf = p.variantFamily();
                if (variant && vf != null && declared.get(i)) {
                    ActorId id = ActorId.of(p.country() + "/" + p.given().toLowerCase() + "-" + vf.toLowerCase());
                    variants.put(id, i);
                    return id;
                }
                return p.id();
            });
        }

        ActorId idOf(int index) {
            return officials.get(index);
        }

        List<Integer> officialIndexes() {
            return List.copyOf(officials.keySet());
        }

        String ministry(Person p) {
            String id = ministryId(p.country(), p.ministry());
            others.computeIfAbsent(id, key -> Actor.of(ActorKind.MINISTRY, ActorId.of(key), ministryName(p.country(), p.ministry()), List.of(), null));
            return id;
        }

        void country(String code) {
            others.computeIfAbsent(code, key -> Actor.of(ActorKind.COUNTRY, ActorId.of(key), countryNames.get(key), List.of(), null));
        }

        void alliance(String acronym) {
            others.computeIfAbsent(acronym, key -> Actor.of(ActorKind.ALLIANCE, ActorId.of(key), key + " Alliance", List.of(), null));
        }

        ActorId canonical(ActorId id) {
            Integer index = variants.get(id);
            return index == null ? id : people.get(index).id();
        }

        String canonicalName(Actor actor) {
            Integer index = variants.get(actor.id());
            return index == null ? actor.name() : people.get(index).name();
        }

        FactSet build(SplittableRandom random) {
            List<Actor> actors = new ArrayList<>();
            for (Map.Entry<Integer, ActorId> e : officials.entrySet()) {
                Person p = people.get(e.getKey());
                boolean variant = variants.containsKey(e.getValue());
                String name = variant ? p.given() + " " + p.variantFamily() : p.name();
                List<String> aliases = random.nextInt(100) < 30 ? List.of(variant ? p.variantFamily() : p.family()) : List.of();
                String rank = p.title().startsWith("Chief") || p.title().startsWith("Commander") ? "General" : null;
                actors.add(Actor.of(ActorKind.OFFICIAL, e.getValue(), name, aliases, rank));
                declared.set(e.getKey());
            }
            actors.addAll(others.values());
            LocalDate published = meetings.stream().map(Meeting::on).filter(d -> d != null && d.precision() == DatePrecision.DAY)
                    .map(d -> d.first().plusDays(1)).findFirst().orElse(null);
            Source source = new Source(sourceId, "Meeting report " + sourceId, PUBLISHERS.get(random.nextInt(PUBLISHERS.size())), null, published);
            return new FactSet(source, actors, roles, meetings, partnerships, memberships);
        }
    }

    /** A CSV file: every value quoted, null as an empty unquoted field (LOAD CSV reads it as null). */
    static final class Csv implements AutoCloseable {
        private final BufferedWriter out;

        Csv(Path file, String... header) throws IOException {
            out = Files.newBufferedWriter(file);
            out.write(String.join(",", header));
            out.write('\n');
        }

        void row(Object... values) throws IOException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                Object v = values[i];
                if (v != null) {
                    out.write('"');
                    out.write(v.toString().replace("\"", "\"\""));
                    out.write('"');
                }
            }
            out.write('\n');
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
