package org.diplograph.cypher;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
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
import org.diplograph.names.NameKeys;

/**
 * A seeded generator of FactSets that overlap the way real reporting does: a pool of meetings among
 * a pool of officials, each meeting reported by several sources, each source spelling each man one
 * of several ways that fold to one key (Sadikov / Sadikhov / Saddikov, Valery / Valeriy, -ev / -yev),
 * so that the writer's spelling merges are exercised. The same seed gives the same corpus.
 *
 * <p>Every spelling of one person folds to the same full-name key and no two people of one country
 * share a key, so {@link #personKey(String, String)} names the person behind any node.
 * (A small stand-in for the benchmark generator of branch {@code bench}.)
 */
public final class SyntheticCorpus {

    static final List<String> COUNTRIES = List.of("AZE", "RUS", "TUR", "USA", "GEO", "ARM", "KAZ", "UKR",
            "FRA", "DEU", "POL", "ITA");
    static final List<String> ALLIANCES = List.of("NATO", "CSTO", "EU");
    private static final List<String> GIVEN = List.of("Valery", "Najmeddin", "Ilham", "Sergey", "Dmitry", "Tod",
            "Hulusi", "Zakir", "Mark", "Anatoly", "Yury", "Nikolay", "Arkady", "Timur", "Rustam", "Oleg", "Pavel",
            "Gennady", "Vitaly", "Kamran", "Elchin", "Anar", "Ramil", "Vasily", "Andrey", "Jean", "Hans", "Marco",
            "Piotr", "Giorgi", "Levan", "Armen", "Tigran", "Aidar", "Erlan", "Bohdan", "Taras", "Mykola");
    private static final List<String> ROOTS = List.of("Sadik", "Gerasim", "Alik", "Shoyg", "Petrov", "Makar",
            "Kuzmin", "Bakir", "Hasan", "Rahim", "Karim", "Lavren", "Sokol", "Volk", "Orlov", "Belik", "Novik",
            "Zaits", "Kozlov", "Lebed", "Morozk", "Pavlik", "Semen", "Tarak", "Ustin", "Fedor", "Chernik", "Shevk",
            "Yakov", "Gromik", "Dobrin", "Zhukov", "Kovalk", "Melnik", "Boyk", "Tkach", "Savchik", "Rudnik");
    private static final List<String> SUFFIXES = List.of("ov", "ev", "in", "enko", "sky");
    private static final List<String> TITLES = List.of("Minister of Defense", "Chief of the General Staff",
            "Deputy Minister", "Ambassador", "Commander");
    private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);

    /** One person: country, given name and family name as the canonical spelling. */
    record Person(String country, String given, String family) {
        String key() {
            return personKey(country, given + " " + family);
        }
    }

    private record Event(List<Integer> persons, LocalDate on) {
    }

    private final Random random;
    private final List<Person> persons = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();

    private SyntheticCorpus(long seed, int people, int meetings) {
        this.random = new Random(seed);
        Set<String> keys = new HashSet<>();
        while (persons.size() < people) {
            Person p = new Person(pick(COUNTRIES), pick(GIVEN), pick(ROOTS) + pick(SUFFIXES));
            if (keys.add(p.key())) {
                persons.add(p);
            }
        }
        for (int i = 0; i < meetings; i++) {
            int size = random.nextInt(10) == 0 ? 3 : 2;
            List<Integer> who = new ArrayList<>();
            while (who.size() < size) {
                int p = random.nextInt(people);
                if (!who.contains(p)) {
                    who.add(p);
                }
            }
            events.add(new Event(who, FIRST_DAY.plusDays(random.nextInt(3650))));
        }
    }

    /**
     * About {@code facts} facts in FactSets of about five facts each, with sources {@code <prefix>-0}, {@code <prefix>-1}, …
     *
     * @param seed   the seed
     * @param facts  roughly how many facts (meetings, roles, partnerships, memberships) in all
     * @param prefix the prefix of source ids
     * @return the FactSets
     */
    public static List<FactSet> generate(long seed, int facts, String prefix) {
        int factSets = Math.max(1, facts / 5);
        int people = Math.max(12, Math.min(3_000, factSets / 4));
        int events = Math.max(4, factSets * 3 / 4);
        SyntheticCorpus corpus = new SyntheticCorpus(seed, people, events);
        List<FactSet> all = new ArrayList<>(factSets);
        for (int i = 0; i < factSets; i++) {
            all.add(corpus.factSet(prefix + "-" + i));
        }
        return all;
    }

    /**
     * The person behind an official's node: the scope of its id and its folded display name.
     *
     * @param scope the country
     * @param name  any spelling of the name
     * @return the key, like {@code AZE|najmedin sadikov}
     */
    public static String personKey(String scope, String name) {
        return scope + "|" + NameKeys.fold(name);
    }

    private FactSet factSet(String sourceId) {
        Map<ActorId, Actor> actors = new LinkedHashMap<>();
        Map<Integer, ActorId> spelled = new LinkedHashMap<>();
        List<Meeting> meetings = new ArrayList<>();
        int reported = 2 + random.nextInt(3);
        for (int m = 0; m < reported; m++) {
            Event event = events.get(random.nextInt(events.size()));
            List<ActorId> participants = new ArrayList<>();
            for (int p : event.persons()) {
                ActorId id = spelled.computeIfAbsent(p, key -> declare(persons.get(key), actors));
                participants.add(id);
            }
            if (meetings.stream().noneMatch(x -> x.participants().equals(participants) && x.on().first().equals(event.on()))) {
                meetings.add(new Meeting(participants, PartialDate.ofDay(event.on()), "Capital " + event.on().getYear(),
                        new Provenance(sourceId + " says they met.", null, null)));
            }
        }
        List<Representation> roles = new ArrayList<>();
        Map.Entry<Integer, ActorId> holder = spelled.entrySet().iterator().next();
        ActorId country = country(persons.get(holder.getKey()).country(), actors);
        roles.add(new Representation(holder.getValue(), country, TITLES.get(holder.getKey() % TITLES.size()),
                null, null, new Provenance(null, null, null)));
        List<Partnership> partnerships = new ArrayList<>();
        if (random.nextInt(3) == 0) {
            String a = pick(COUNTRIES);
            String b = pick(COUNTRIES);
            if (!a.equals(b)) {
                partnerships.add(new Partnership(List.of(country(a, actors), country(b, actors)), "partner",
                        null, new Provenance(null, null, null)));
            }
        }
        List<Membership> memberships = new ArrayList<>();
        if (random.nextInt(4) == 0) {
            ActorId alliance = ActorId.of(pick(ALLIANCES));
            actors.putIfAbsent(alliance, Actor.of(ActorKind.ALLIANCE, alliance, alliance.value(), List.of(), null));
            memberships.add(new Membership(country(pick(COUNTRIES), actors), alliance, null, null,
                    new Provenance(null, null, null)));
        }
        Source source = new Source(sourceId, "Synthetic report " + sourceId, "Synthetic Press", null,
                FIRST_DAY.plusDays(random.nextInt(3650)));
        return new FactSet(source, List.copyOf(actors.values()), roles, meetings, partnerships, memberships);
    }

    /** Declares a person in one of its spellings (and the country), returning the id that spelling gives. */
    private ActorId declare(Person person, Map<ActorId, Actor> actors) {
        String given = person.given();
        String family = person.family();
        switch (random.nextInt(5)) {
            case 1 -> family = family.replaceFirst("k", "kh");
            case 2 -> family = family.endsWith("ev") ? family.substring(0, family.length() - 2) + "yev"
                    : family.replaceFirst("([aeiou])([bdfgklmnprstvz])", "$1$2$2");
            case 3 -> given = given.endsWith("y") ? given.substring(0, given.length() - 1) + "iy" : given + given.charAt(given.length() - 1);
            default -> {
            }
        }
        String name = given + " " + family;
        ActorId id = ActorId.of(person.country() + "/" + NameKeys.slug(name));
        actors.putIfAbsent(id, Actor.of(ActorKind.OFFICIAL, id, name, List.of(), null));
        country(person.country(), actors);
        return id;
    }

    private static ActorId country(String code, Map<ActorId, Actor> actors) {
        ActorId id = ActorId.of(code);
        actors.putIfAbsent(id, Actor.of(ActorKind.COUNTRY, id, "Country " + code, List.of(), null));
        return id;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
