package org.diplograph.extract;

import static org.diplograph.extract.NameRuns.PARTICLES;
import static org.diplograph.extract.NameRuns.PATRONYMIC_LINKS;
import static org.diplograph.extract.NameRuns.PATRONYMIC_MARKERS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplograph.model.ActorId;
import org.diplograph.model.PartialDate;
import org.diplograph.model.Provenance;
import org.diplograph.model.Representation;
import org.diplograph.names.NameKeys;

/**
 * Who a spelling or a bare title means: the article's people by surname, given name or initial
 * (most recently seen first), then the gazetteer's officials and role holders, else a new person.
 */
final class PersonRegistry {

    private final Gazetteer g;
    private final List<Person> persons;
    private final LocalDate published;
    private final Map<ActorId, Person> gazetteerPersons = new HashMap<>();
    /** The roles of the gazetteer's holders that titles resolved to, for the FactSet. */
    final List<Representation> holderRoles = new ArrayList<>();

    PersonRegistry(Article article) {
        this.g = article.g;
        this.persons = article.persons;
        this.published = article.published;
    }

    /**
     * Finds the article's person for a spelling, or the gazetteer's, or makes a new one.
     *
     * @param familyFirst whether the spelling puts the family name first ("Kishida Fumio" written "KISHIDA Fumio")
     */
    Person resolve(List<String> words, boolean familyFirst, boolean confirmed) {
        Person addressed = byGivenAndPatronymic(words);
        if (addressed != null) {
            addressed.spellings.add(String.join(" ", words));
            return addressed;
        }
        Person found = lookup(words, familyFirst, true);
        String spelling = String.join(" ", words);
        NameParts parts = partsOf(words, familyFirst);
        if (found == null) {
            Gazetteer.KnownPerson known = parts.given != null && !parts.givenInitial
                    ? g.personsByKey.get(parts.given + " " + parts.family) : null;
            if (known == null) {
                List<Gazetteer.KnownPerson> family = g.personsByFamily.get(parts.family);
                if (family != null && family.size() == 1 && (parts.given == null || parts.givenInitial)) {
                    known = family.get(0);
                }
            }
            if (known != null) {
                found = fromGazetteer(known.id(), known.name(), known.spellings());
                if (known.rank() != null) {
                    found.rank = known.rank();
                }
            }
        }
        if (found == null) {
            found = new Person(persons.size());
            found.name = spelling;
            found.given = parts.given;
            found.givenIsInitial = parts.givenInitial;
            found.family = parts.family;
            persons.add(found);
        } else if (!found.hasFullName() && parts.given != null && !parts.givenInitial) {
            if (found.knownByOneName) {
                // "General Townsend" in the headline, then "Gen. Stephen Townsend": the whole name decides whom the
                // tables know, not the one word (an "Ana Elena Townsend" of Peru)
                found.known = null;
                found.knownByOneName = false;
            }
            found.name = spelling;
            found.given = parts.given;
            found.givenIsInitial = false;
            // "President Xi" before "Xi Jinping": the full name decides which word is the family name
            found.family = parts.family;
        } else if (found.given == null && parts.given != null) {
            found.given = parts.given;
            found.givenIsInitial = parts.givenInitial;
        } else if (found.fixedId == null && !parts.givenInitial && words.size() > nameWords(found).length
                && endsWith(words, nameWords(found))) {
            // "Pena Nieto" in a headline, then "Enrique Pena Nieto": the name written in full
            found.name = spelling;
            found.given = parts.given;
            found.family = parts.family;
        }
        if (found.known == null && found.fixedId == null) {
            found.known = g.people.find(parts.given, parts.family, published);
            if (found.known == null && parts.given != null && !parts.givenInitial) {
                // ("President YOON Suk Yeol": a name written family name first is known as written too)
                found.known = PeopleCountries.builtIn().find(words);
            }
            if (found.known == null) {
                // "King Mohammed VI": a monarch by his name and number
                found.known = PeopleCountries.builtIn().findReign(words);
            }
            if (found.known == null && words.size() == 1 && found.given == null) {
                // "President Khurelsukh": a name of one word that people of one country only bear
                found.known = PeopleCountries.builtIn().findOneName(words.get(0));
                found.knownByOneName = found.known != null;
            }
        }
        found.spellings.add(spelling);
        // a name the gazetteer knows in full is a person's, whatever its context
        found.confirmed |= confirmed || found.known != null && parts.given != null && !parts.givenInitial;
        return found;
    }

    /**
     * Whether the person is named as a monarch, by one name and a number: "Mohammed VI", "Abdullah II" (not "Al Hussein
     * bin Abdullah II", a son named after his father).
     */
    private static boolean regnal(Person p) {
        for (String spelling : p.spellings) {
            if (KnownPeople.reign(List.of(spelling.split(" ")))) {
                return true;
            }
        }
        return false;
    }

    /** The person of the same family name the article named with a military rank, else the one given. */
    Person rankedNamesake(Person p) {
        for (Person other : persons) {
            if (other != p && military(other.rank) && other.family != null && other.family.equals(p.family)) {
                return other;
            }
        }
        return p;
    }

    /** Whether a rank is an officer's ("General", "Gen.", "Rear Admiral"), not an honorific ("Mr", "Sheikh"). */
    static boolean military(String rank) {
        return rank != null && MILITARY_RANK.matcher(rank).find();
    }

    private static final java.util.regex.Pattern MILITARY_RANK = java.util.regex.Pattern.compile(
            "(?i)\\b(gen|general|adm|admiral|marshal|col|colonel|brig|brigadier|commodore|lt|lieutenant|maj|major|capt|captain|cmdr)\\b");

    /** A Russian-style patronymic: "Vladimirovich", "Viktorovna". */
    private static final java.util.regex.Pattern PATRONYMIC = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+(ovich|evich|ovna|evna|ichna)");

    /**
     * "Highly respected Vladimir Vladimirovich": a given name and a patronymic, the polite address, are the one person of
     * the article with that given name and a family name; or null.
     */
    private Person byGivenAndPatronymic(List<String> words) {
        if (words.size() != 2 || !PATRONYMIC.matcher(words.get(1)).matches()) {
            return null;
        }
        String given = KnownPeople.foldName(words.get(0));
        Person found = null;
        for (Person p : persons) {
            if (given.equals(p.given) && p.family != null && !p.family.equals(given)) {
                if (found != null && found != p) {
                    return null;
                }
                found = p;
            }
        }
        return found;
    }

    /** Whether the gazetteer knows a person by this spelling (by family name alone only when one fits the day). */
    boolean knownName(List<String> words, boolean familyFirst) {
        NameParts parts = partsOf(words, familyFirst);
        return g.people.find(parts.given, parts.family, published) != null;
    }

    private Person fromGazetteer(ActorId id, String name, List<String> spellings) {
        Person p = gazetteerPersons.get(id);
        if (p != null) {
            return p;
        }
        p = new Person(persons.size());
        p.fixedId = id;
        p.name = name;
        NameParts parts = parts(List.of(Words.spaceSplit(name)), false);
        p.given = parts.given;
        p.givenIsInitial = parts.givenInitial;
        p.family = parts.family;
        p.scope = id.scope().orElse(null);
        p.spellings.addAll(spellings);
        p.confirmed = true;
        persons.add(p);
        gazetteerPersons.put(id, p);
        return p;
    }

    private record NameParts(String given, boolean givenInitial, String family) {
    }

    /** The spelling last taken apart, and its parts: a name is looked up, checked and resolved one after the other. */
    private List<String> lastWords;
    private boolean lastFamilyFirst;
    private NameParts lastParts;

    private NameParts partsOf(List<String> words, boolean familyFirst) {
        if (lastParts == null || lastFamilyFirst != familyFirst || !words.equals(lastWords)) {
            lastWords = List.copyOf(words);
            lastFamilyFirst = familyFirst;
            lastParts = parts(words, familyFirst);
        }
        return lastParts;
    }

    private static NameParts parts(List<String> words, boolean familyFirst) {
        List<String> core = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String lower = w.toLowerCase(java.util.Locale.ROOT);
            if (PATRONYMIC_MARKERS.contains(lower)) {
                if (!core.isEmpty() && core.size() > 1) {
                    core.remove(core.size() - 1);
                }
                continue;
            }
            if (PARTICLES.contains(lower) && !Character.isUpperCase(w.charAt(0))) {
                continue;
            }
            core.add(w);
        }
        if (core.isEmpty()) {
            core.add(words.get(words.size() - 1));
        }
        while (core.size() > 1 && KnownPeople.SUFFIXES.contains(core.get(core.size() - 1).toLowerCase(java.util.Locale.ROOT))) {
            core.remove(core.size() - 1);
        }
        if (familyFirst && core.size() > 1) {
            return new NameParts(KnownPeople.foldName(core.get(1)), false, KnownPeople.foldName(core.get(0)));
        }
        String family = KnownPeople.foldName(core.get(core.size() - 1));
        if (core.size() == 1) {
            return new NameParts(null, false, family);
        }
        String first = core.get(0);
        boolean initial = first.length() == 2 && first.endsWith(".");
        return new NameParts(KnownPeople.foldName(first), initial, family);
    }

    /** 2 for one known to hold office or given a title, 1 for a name alone, 0 for a private person. */
    private static int standing(Person p) {
        return p.privatePerson ? 0 : p.known != null || !p.roles.isEmpty() ? 2 : 1;
    }

    /** The article person this spelling refers to, most recently seen first; null if none. */
    Person lookup(List<String> words, boolean familyFirst, boolean any) {
        NameParts parts = partsOf(words, familyFirst);
        boolean regnalWords = KnownPeople.reign(words);
        Person best = null;
        boolean exactGiven = false;
        for (Person p : persons) {
            if (p.family == null || !p.family.equals(parts.family)) {
                continue;
            }
            boolean fits;
            boolean exact = false;
            if (parts.given == null || p.given == null) {
                fits = true;
            } else if (parts.givenInitial || p.givenIsInitial) {
                fits = parts.given.charAt(0) == p.given.charAt(0);
            } else {
                // ("Sabah Al-Khalid Al-Hamad Al-Sabah" is not "Sabah Al-Ahmad Al-Jaber Al-Sabah": the same given and family
                // names, other fathers)
                fits = parts.given.equals(p.given) && !otherMiddles(words, nameWords(p));
                exact = fits;
                // "Mr. Fogh Rasmussen" after "Anders Fogh Rasmussen", "President Fernández de Kirchner" after "Cristina
                // Fernández de Kirchner": the family name's words alone
                fits |= beforeFamily(p, parts.given) || tailOf(p, words);
            }
            if (!fits || parts.given != null && p.given == null && (regnal(p) || fathersName(words)) || regnalWords && p.given != null) {
                // ("Amina Mohamed" is not "King Mohammed VI", nor he her: a monarch's one name is no family name; "Crown Prince
                // Al Hussein bin Abdullah II" is not "King Abdullah" named before: his last name is his father's)
                continue;
            }
            // a surname alone that fits two ("Kim" after "Kim Jong Un" … "his father, Kim Jong Il"): the one named more; an
            // official before a spouse ("Mr. Macron" after "President Emmanuel Macron and Mrs Brigitte Macron")
            boolean more = parts.given == null && best != null && p.seenAt.size() != best.seenAt.size();
            int standing = parts.given == null && best != null ? Integer.compare(standing(p), standing(best)) : 0;
            if (standing < 0) {
                continue;
            }
            if (best == null || standing > 0 || exact && !exactGiven
                    || exact == exactGiven && (more ? p.seenAt.size() > best.seenAt.size() : p.lastSeen > best.lastSeen)) {
                best = p;
                exactGiven = exact;
            }
        }
        if (best == null) {
            // "President Xi" after "Xi Jinping", "Assad" after "Bashar al-Assad": one known person
            KnownPeople.Person known = g.people.find(parts.given, parts.family, published);
            for (Person p : persons) {
                if (known != null && p.known == known && (best == null || p.lastSeen > best.lastSeen)) {
                    best = p;
                }
            }
        }
        if (best != null && parts.given == null && words.size() == 1 && fathersWord(best, parts.family)) {
            // "King Salman" after "King Salman bin Abdulaziz Al Saud" and "Crown Prince Mohammed bin Salman", "King Hamad"
            // after "Sheikh Tamim bin Hamad Al Thani": the word after "bin" is the son's father's name; the one whose own name is Salman is meant, or, if the article has not named him
            // yet, someone new ("Prince Khalid bin Salman delivered a letter from King Salman")
            Person son = best;
            best = null;
            for (Person p : persons) {
                // (or one named by that one name before: "His Majesty King Abdullah", then "King Abdullah reaffirmed")
                if (p != son && (p.hasFullName() && p.given.equals(parts.family) || p.given == null && parts.family.equals(p.family))) {
                    best = p;
                    break;
                }
            }
        }
        if (best == null && parts.given == null && words.size() == 1) {
            // "Mr Kim" after "Kim Jong Un", "President Joko" after "Joko Widodo": a name written family name first, or
            // a person known by his first name; the word opens the full name of one of the article's people
            for (Person p : persons) {
                if (p.hasFullName() && p.given.equals(parts.family) && (best == null || p.seenAt.size() > best.seenAt.size()
                        || p.seenAt.size() == best.seenAt.size() && p.lastSeen > best.lastSeen)) {
                    best = p;
                }
            }
        }
        if (best == null && parts.given == null && words.size() == 1 && parts.family.length() >= 3) {
            // "Lula" after "Luiz Inacio Lula da Silva": a middle word of one long name the article gave in full
            Person only = null;
            for (Person p : persons) {
                if (middleWord(p, parts.family)) {
                    if (only != null && only != p) {
                        only = null;
                        break;
                    }
                    only = p;
                }
            }
            best = only;
        }
        if (best == null && parts.given != null && !parts.givenInitial && words.size() >= 2) {
            // "Abe and Moon" in a headline, then "President Moon Jae In": a name written family name first, whose first
            // word the article used alone before
            String first = KnownPeople.foldName(words.get(0));
            for (Person p : persons) {
                // (not "King Abdullah II" before "Prime Minister Abdullah Ensour": a monarch's one name opens no other's)
                if (!p.hasFullName() && p.fixedId == null && first.equals(p.family) && !regnal(p)) {
                    best = p;
                }
            }
        }
        if (best == null && words.size() >= 3 && !familyFirst) {
            // "Trudeau hosts Pena Nieto" in a headline, then "Enrique Pena Nieto": the two-word surname told first is
            // the end of the full name
            for (Person p : persons) {
                String[] told = nameWords(p);
                if (told.length >= 2 && told.length < words.size() && endsWith(words, told)) {
                    best = p;
                }
            }
        }
        if (best == null && words.size() == 2 && !familyFirst) {
            // "Gabriel Boric" after "Gabriel Boric Font": the given name and the father's surname open the full name
            Person only = null;
            for (Person p : persons) {
                String[] told = nameWords(p);
                if (told.length >= 3 && KnownPeople.foldName(told[0]).equals(KnownPeople.foldName(words.get(0)))
                        && KnownPeople.foldName(told[1]).equals(KnownPeople.foldName(words.get(1)))) {
                    only = only == null || only == p ? p : null;
                    if (only == null) {
                        break;
                    }
                }
            }
            best = only;
        }
        if (best == null && words.size() >= 3 && !familyFirst) {
            // "Díaz-Canel receives Lavrov" in a headline, then "Miguel Díaz-Canel Bermúdez": the surname told first is a
            // middle word of the full name (the father's surname, before the mother's)
            Person only = null;
            for (Person p : persons) {
                if (!p.hasFullName() && p.fixedId == null && p.family != null && middleOf(words, p.family)) {
                    only = only == null ? p : only == p ? p : null;
                    if (only == null) {
                        break;
                    }
                }
            }
            best = only;
        }
        if (best == null && words.size() >= 3 && !familyFirst && hasPatronymicLink(words)) {
            // "Mohammad bin Salman" and "Mohammad bin Salman Al Saud", either told first: a name with the father's after
            // "bin" is the same man's when one opens the other
            for (Person p : persons) {
                if (p.fixedId == null && patronymicPrefix(words, nameWords(p))) {
                    best = p;
                }
            }
        }
        if (best == null && !any) {
            List<Gazetteer.KnownPerson> family = g.personsByFamily.get(parts.family);
            if (family != null && family.size() == 1) {
                return fromGazetteer(family.get(0).id(), family.get(0).name(), family.get(0).spellings());
            }
        }
        return best;
    }

    /**
     * Whether a folded word is one of the middle words of a name of three words or more ("Lula" in "Luiz Inacio Lula da
     * Silva", "Rodríguez" in "Bruno Rodríguez Parrilla": the father's surname before the mother's).
     */
    private static boolean middleWord(Person p, String folded) {
        String[] words = nameWords(p);
        for (int k = 1; words.length >= 3 && k < words.length - 1; k++) {
            if (Character.isUpperCase(words[k].charAt(0)) && !PATRONYMIC_LINKS.contains(words[k - 1])
                    && KnownPeople.foldName(words[k]).equals(folded)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a folded word is one of the capitalised middle words of a spelling. */
    private static boolean middleOf(List<String> words, String folded) {
        for (int k = 1; k < words.size() - 1; k++) {
            // (not a father's name: "Abdullah" in "Al Hussein bin Abdullah II")
            if (Character.isUpperCase(words.get(k).charAt(0)) && !PATRONYMIC_LINKS.contains(words.get(k - 1))
                    && KnownPeople.foldName(words.get(k)).equals(folded)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a folded word stands right after "bin", "bint" or "ibn" in a person's name: his father's name. */
    private static boolean fathersWord(Person p, String folded) {
        String[] words = nameWords(p);
        for (int k = 1; k < words.length; k++) {
            if (PATRONYMIC_LINKS.contains(words[k - 1].toLowerCase(java.util.Locale.ROOT))
                    && KnownPeople.foldName(words[k]).equals(folded)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a full name ends in a father's name after "bin", "bint" or "ibn", a regnal number aside ("Crown Prince Al
     * Hussein bin Abdullah II").
     */
    private static boolean fathersName(List<String> words) {
        int last = words.size() - 1 - (!words.isEmpty() && REGNAL.matcher(words.get(words.size() - 1)).matches() ? 1 : 0);
        return last >= 2 && PATRONYMIC_LINKS.contains(words.get(last - 1).toLowerCase(java.util.Locale.ROOT));
    }

    /** A regnal or generational number after a name: "II", "III", "IV". */
    private static final java.util.regex.Pattern REGNAL = java.util.regex.Pattern.compile("[IVX]{1,4}");

    /** Whether a word of a person's name stands right before his family name ("Fogh" in "Anders Fogh Rasmussen"). */
    private static boolean beforeFamily(Person p, String given) {
        String[] words = nameWords(p);
        return words.length >= 3 && KnownPeople.foldName(words[words.length - 2]).equals(given);
    }

    /** Whether a spelling of two words or more is the last words of a longer name of the person. */
    private static boolean tailOf(Person p, List<String> words) {
        String[] told = nameWords(p);
        return words.size() >= 2 && told.length > words.size() && endsWith(List.of(told), words.toArray(new String[0]));
    }


    /** Words that make the name after them a father's: "bin", "bint", "ibn". */
    private static final Set<String> PATRONYMIC_WORDS = Words.set("bin", "bint", "ibn", "ben", "binti");

    /** Whether the last words of a name, folded, are another name's words (not his father's, after "bin"). */
    private static boolean endsWith(List<String> words, String[] told) {
        int offset = words.size() - told.length;
        if (PATRONYMIC_WORDS.contains(words.get(offset - 1).toLowerCase(java.util.Locale.ROOT))) {
            // "Hamdan bin Mohamed bin Zayed Al Nahyan" is the son of "Mohamed bin Zayed Al Nahyan", not he
            return false;
        }
        for (int k = 0; k < told.length; k++) {
            if (!KnownPeople.foldName(words.get(offset + k)).equals(KnownPeople.foldName(told[k]))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a spelling holds "bin", "bint" or "ibn". */
    private static boolean hasPatronymicLink(List<String> words) {
        for (String w : words) {
            if (PATRONYMIC_LINKS.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether one name, of three words or more with "bin", "bint" or "ibn" before its last, opens the other: "Tamim bin Hamad"
     * and "Tamim bin Hamad Al Thani".
     */
    private static boolean patronymicPrefix(List<String> words, String[] told) {
        int shorter = Math.min(words.size(), told.length);
        if (shorter < 3 || words.size() == told.length
                || !PATRONYMIC_LINKS.contains((words.size() < told.length ? words.get(shorter - 2) : told[shorter - 2])
                        .toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        for (int k = 0; k < shorter; k++) {
            if (!KnownPeople.foldName(words.get(k)).equals(KnownPeople.foldName(told[k]))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether two full names have middle words (between the first and the last) and none in common: "Sabah Al-Ahmad
     * Al-Jaber Al-Sabah" and "Sabah Al-Khalid Al-Hamad Al-Sabah", two men of one family.
     */
    private static boolean otherMiddles(List<String> words, String[] told) {
        if (words.size() < 3 || told.length < 3) {
            return false;
        }
        Set<String> middle = new java.util.HashSet<>();
        for (int k = 1; k < told.length - 1; k++) {
            if (!PARTICLES.contains(told[k].toLowerCase(java.util.Locale.ROOT))) {
                middle.add(KnownPeople.foldName(told[k]));
            }
        }
        boolean any = false;
        for (int k = 1; k < words.size() - 1; k++) {
            if (PARTICLES.contains(words.get(k).toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            if (middle.contains(KnownPeople.foldName(words.get(k)))) {
                return false;
            }
            any = true;
        }
        return any && !middle.isEmpty();
    }

    /** The words of a person's name as written; none when he has no name yet. */
    private static String[] nameWords(Person p) {
        return p.nameWords();
    }

    private String knownBody(KnownPeople.Role r) {
        if (r.body() != null) {
            return r.body();
        }
        if (r.bodySlug() == null) {
            return r.scope();
        }
        String own = g.countryBodies.get(r.scope() + "|" + r.bodySlug());
        return own != null ? own : r.scope() + "/" + r.bodySlug();
    }

    /** "the Turkish leader": whoever heads the country, by whichever title the article gives him. */
    private static final String LEADER = "leader";

    /** The article's own person who holds the title (as the text or the dated roles know him), or null; creates no one. */
    Person namedByTitle(TitleInfo t, PartialDate on) {
        String body = t.bodyId(t.scope);
        for (Person p : persons) {
            for (Person.Role r : p.roles) {
                String other = r.title().bodyId(r.title().scope != null ? r.title().scope : p.scope);
                if (body != null && body.equals(other) && (t.key == null || r.title().key == null || t.key.equals(r.title().key)
                        || !r.title().bodyIsScopeItself() || LEADER.equals(t.key))) {
                    return p;
                }
            }
        }
        LocalDate day = on != null ? on.first() : published;
        // "the Russian President" of an article that names Vladimir Putin without his title
        for (Person p : persons) {
            KnownPeople.Role r = p.known == null || !p.roles.isEmpty() ? null : p.known.roleOn(day);
            if (body != null && r != null && r.title() != null && body.equals(knownBody(r))
                    && (t.key == null || !body.equals(r.scope()) || t.key.equals(NameKeys.fold(r.title())) || LEADER.equals(t.key))) {
                return p;
            }
        }
        return null;
    }

    /**
     * The one person the article gives a title the gazetteer knows as {@code doc} ("SECRETARY-GENERAL:" over a transcript that
     * named "UN Secretary-General António Guterres"), or null when none or several hold it. Only people named before
     * {@code before} (sentence × 1000 + token) count: "PRIME MINISTER:" under "Prime Minister Anthony Albanese" is he, not
     * "Premier Li Qiang" he names in his answers.
     */
    Person soleHolder(GazetteerDoc.TitleDoc doc, int before) {
        return soleHolder(title -> title.key != null && g.titlesByAlias.get(title.key) == doc, before);
    }

    /** The one person named before {@code before} whose title holds all of {@code words}, or null when none or several. */
    Person soleHolderOfWords(Set<String> words, int before) {
        return soleHolder(title -> title.text != null && Words.letterSet(title.text).containsAll(words), before);
    }

    private Person soleHolder(java.util.function.Predicate<TitleInfo> holds, int before) {
        Person sole = null;
        for (Person p : persons) {
            if (p.seenAt.isEmpty() || p.seenAt.get(0) >= before) {
                continue;
            }
            for (Person.Role r : p.roles) {
                if (holds.test(r.title())) {
                    if (sole != null && sole != p) {
                        return null;
                    }
                    sole = p;
                }
            }
        }
        return sole;
    }

    /** "the Russian Defense Minister", "SACEUR": the article's holder of that title, or the gazetteer's on that day. */
    Person byTitle(TitleInfo t, PartialDate on) {
        Person named = namedByTitle(t, on);
        if (named != null) {
            return named;
        }
        String body = t.bodyId(t.scope);
        LocalDate day = on != null ? on.first() : published;
        for (Gazetteer.Holder h : g.holders) {
            boolean same = t.key != null && h.titleKey().equals(t.key) || body != null && h.body().value().equals(body)
                    && (t.key == null || g.titlesByAlias.get(t.key) == g.titlesByAlias.get(h.titleKey()));
            // "the Chinese Foreign Minister" is not Russia's: a title the article places in a country or alliance
            // is held only by holders there (a dictionary holds many countries' foreign ministers)
            boolean sameScope = t.scope == null || t.scope.equals(h.body().scope().orElse(h.body().value()));
            if (same && sameScope && (day == null || (h.from() == null || !h.from().first().isAfter(day)) && (h.to() == null || !h.to().last().isBefore(day)))) {
                Person alone = bySurnameAlone(h.name());
                if (alone != null) {
                    return alone;
                }
                Person p = fromGazetteer(h.holder(), h.name(), List.of(h.name()));
                ActorId bodyId = h.body();
                holderRoles.add(new Representation(h.holder(), bodyId, h.title(), h.from(), h.to(),
                        new Provenance(null, "role:gazetteer-holder", 1.0)));
                p.lastSeen = Integer.MAX_VALUE / 2;
                return p;
            }
        }
        // "the NATO Secretary General" on a day: whom the people dictionaries know to have held it then
        KnownPeople.Person known = t.scope == null || day == null ? null
                : g.people.holder(t.scope, t.key != null ? t.key : NameKeys.fold(t.text), day);
        if (known != null) {
            Person alone = bySurnameAlone(known.name);
            if (alone != null) {
                return alone;
            }
            Person p = resolve(List.of(Words.spaceSplit(known.name)), false, true);
            p.lastSeen = Integer.MAX_VALUE / 2;
            return p;
        }
        return null;
    }

    /**
     * The person the article named by the family name of {@code fullName} alone ("President Nazarbayev"): the holder a
     * table or dictionary knows, under the article's name; or null.
     */
    private Person bySurnameAlone(String fullName) {
        String family = partsOf(List.of(Words.spaceSplit(fullName)), false).family();
        for (Person p : persons) {
            if (p.given == null && p.family != null && p.family.equals(family)) {
                return p;
            }
        }
        return null;
    }
}
