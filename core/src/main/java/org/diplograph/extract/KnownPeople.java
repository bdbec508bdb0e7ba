package org.diplograph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.extract.GazetteerDoc.PersonDoc;
import org.diplograph.model.PartialDate;
import org.diplograph.names.NameKeys;

/**
 * The gazetteer's {@code people}: whom a name means when the text does not say which country or
 * alliance he serves ("Vladimir Putin", "President Xi"), and the role he held on a day. Knowledge of
 * this kind gives a person his scope and, when the text states no role, his role; his id still
 * follows the article's spelling.
 */
final class KnownPeople {

    /** Generational suffixes and regnal numbers ("Mohammed VI"), which neither a key nor an id keeps unless the known name does. */
    static final Set<String> SUFFIXES = Words.set("jr", "jr.", "jnr", "sr", "sr.", "snr", "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xii", "xiii", "xiv", "xv", "xvi");

    /** Titles a table may write before a regnal name: "Pope Leo XIV", "King Charles III". */
    private static final Set<String> REIGNING_TITLES = Words.set("pope", "king", "queen", "emperor", "sultan", "emir");

    /** Whether a name is one word and a regnal number in capitals: "Mohammed VI", "Felipe VI". */
    static boolean reign(List<String> words) {
        if (words.size() != 2) {
            return false;
        }
        String number = words.get(1);
        for (int k = 0; k < number.length(); k++) {
            if ("IVX".indexOf(number.charAt(k)) < 0) {
                return false;
            }
        }
        return SUFFIXES.contains(number.toLowerCase(java.util.Locale.ROOT));
    }

    /** One role of a known person for one period. */
    record Role(String scope, String title, String body, String bodySlug, PartialDate from, PartialDate to) {

        boolean heldOn(LocalDate day) {
            return day == null || (from == null || !from.first().isAfter(day)) && (to == null || !to.last().isBefore(day));
        }
    }

    /** A known person: the name as usually written, and his roles in order. */
    static final class Person {
        final String name;
        final List<Role> roles = new ArrayList<>(1);

        Person(String name) {
            this.name = name;
        }

        /** The role held on a day; else, when every role has one scope, a role without title in that scope; else null. */
        Role roleOn(LocalDate day) {
            for (Role r : roles) {
                if (r.heldOn(day)) {
                    return r;
                }
            }
            String scope = roles.get(0).scope();
            for (Role r : roles) {
                if (!r.scope().equals(scope)) {
                    return null;
                }
            }
            return new Role(scope, null, null, null, null, null);
        }

        /** Whether any of his roles is in a scope. */
        boolean servedIn(String scope) {
            for (Role r : roles) {
                if (r.scope().equals(scope)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the usual name keeps a generational suffix, to tell him from a relative (Ferdinand Marcos Jr.). */
        boolean keepsSuffix() {
            List<String> words = List.of(Words.spaceSplit(name));
            // ("Pope Leo XIV", as the table writes him: the title is no part of the name)
            int from = words.size() == 3 && REIGNING_TITLES.contains(words.get(0).toLowerCase(java.util.Locale.ROOT)) ? 1 : 0;
            if (reign(words.subList(from, words.size()))) {
                // a monarch's regnal number: ids leave it out ("MAR/mohammed" for King Mohammed VI)
                return false;
            }
            for (String w : words) {
                if (SUFFIXES.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the usual name keeps a middle initial, to tell him from a relative (George W. Bush). */
        boolean keepsInitials() {
            for (String w : Words.spaceSplit(name)) {
                if (w.length() == 2 && w.endsWith(".")) {
                    return true;
                }
            }
            return false;
        }
    }

    private final Map<String, Person> byName = new LinkedHashMap<>();
    /** Given-and-family keys; a key two people share maps to neither. */
    private final Map<String, Person> byKey = new HashMap<>();
    private final Map<String, List<Person>> byFamily = new HashMap<>();
    /** The people who held a title of a scope, at some time: "NATO|secretary general". */
    private final Map<String, List<Person>> byScopedTitle = new HashMap<>();

    void add(PersonDoc doc) {
        Person p = byName.computeIfAbsent(doc.name(), Person::new);
        p.roles.add(new Role(doc.scope(), doc.title(), doc.body(), doc.bodySlug(),
                doc.from() == null ? null : PartialDate.parse(doc.from()), doc.to() == null ? null : PartialDate.parse(doc.to())));
        if (doc.scope() != null && doc.title() != null) {
            List<Person> holders = byScopedTitle.computeIfAbsent(doc.scope() + "|" + NameKeys.fold(doc.title()), k -> new ArrayList<>(1));
            if (!holders.contains(p)) {
                holders.add(p);
            }
        }
        List<String> spellings = new ArrayList<>();
        spellings.add(doc.name());
        if (doc.aliases() != null) {
            spellings.addAll(doc.aliases());
        }
        for (String spelling : spellings) {
            List<String> words = coreWords(spelling);
            if (words.isEmpty()) {
                continue;
            }
            String family = words.get(words.size() - 1);
            if (words.size() >= 2) {
                String key = words.get(0) + " " + family;
                if (byKey.containsKey(key) && byKey.get(key) != p) {
                    byKey.put(key, null);
                } else {
                    byKey.put(key, p);
                }
            }
            List<Person> sameFamily = byFamily.computeIfAbsent(family, k -> new ArrayList<>(1));
            if (!sameFamily.contains(p)) {
                sameFamily.add(p);
            }
        }
    }

    /** Folded words without generational suffixes and particles written in lower case (bin, al, von). */
    static List<String> coreWords(String spelling) {
        return nameWords(List.of(Words.spaceSplit(spelling)), false);
    }

    /**
     * A name's words folded, without generational suffixes and initials; particles written in lower case (bin, al, von)
     * are dropped, or kept as written when {@code keepParticles} ("Mohammed bin Rashid" is not "Mohamed Rashid").
     */
    static List<String> nameWords(List<String> spelling, boolean keepParticles) {
        List<String> words = new ArrayList<>(spelling.size());
        for (String w : spelling) {
            String lower = w.toLowerCase(java.util.Locale.ROOT);
            // (initials written together are a given name first, "C.Q. Brown", and a middle name after it, "Retno L.P. Marsudi")
            if (w.isEmpty() || SUFFIXES.contains(lower) || w.length() == 2 && w.endsWith(".")
                    || !words.isEmpty() && dottedInitials(w)) {
                continue;
            }
            boolean particle = NameRuns.PARTICLES.contains(lower) && !Character.isUpperCase(w.charAt(0));
            if (particle && !keepParticles) {
                continue;
            }
            String folded = particle ? lower : foldName(w);
            if (!folded.isEmpty()) {
                words.add(folded);
            }
        }
        return words;
    }

    /** One to three capitals, each with its dot: "J.", "K.P.", "L.P.". */
    private static final java.util.regex.Pattern DOTTED_INITIALS = java.util.regex.Pattern.compile("(\\p{Lu}\\.){1,3}");

    /** Whether a word is initials written with their dots ("J.", "K.P."). */
    static boolean dottedInitials(String word) {
        return word.endsWith(".") && DOTTED_INITIALS.matcher(word).matches();
    }

    /** A name word folded as keys are: "al-Assad" and "Al-Assad" are "asad", "Erdoğan" "erdogan"; a hyphenated name stays one word. */
    static String foldName(String word) {
        String cached = FOLDED.get(word);
        if (cached != null) {
            return cached;
        }
        if (FOLDED.size() > FOLDED_MAX) {
            // a bound, so that a long run over endless new names keeps its memory flat
            FOLDED.clear();
        }
        String folded = foldUncached(word);
        FOLDED.put(word, folded);
        return folded;
    }

    /** Name words already folded: the same few thousand recur in every article, and folding is regex work. */
    private static final java.util.Map<String, String> FOLDED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int FOLDED_MAX = 50_000;

    private static String foldUncached(String word) {
        int hyphen = word.indexOf('-');
        // ("El-Sisi" as "el-Sisi": a particle's capital at the start of a sentence or by a writer's habit changes nothing)
        if (hyphen > 0 && hyphen + 1 < word.length() && NameRuns.PARTICLES.contains(word.substring(0, hyphen).toLowerCase(java.util.Locale.ROOT))) {
            word = word.substring(hyphen + 1);
        }
        return NameKeys.fold(word).replace(" ", "");
    }

    /**
     * @param given  the folded given name, or null
     * @param family the folded family name
     * @param day    the day the article speaks of, or null
     * @return the known person of that name; by family name alone only when one known person of that family
     *     held a role on the day
     */
    Person find(String given, String family, LocalDate day) {
        String initial = given != null && given.length() == 1 ? given : null;
        if (initial != null) {
            given = null;
        }
        if (given != null) {
            Person p = byKey.get(given + " " + family);
            if (p != null) {
                return p;
            }
        }
        List<Person> sameFamily = byFamily.get(family);
        if (sameFamily == null) {
            return null;
        }
        Person only = null;
        for (Person p : sameFamily) {
            boolean held = false;
            for (Role r : p.roles) {
                held |= r.heldOn(day);
            }
            if (held || sameFamily.size() == 1) {
                if (only != null) {
                    return null;
                }
                only = p;
            }
        }
        if (only != null && initial != null && NameKeys.fold(only.name).charAt(0) != initial.charAt(0)) {
            return null;
        }
        return given == null ? only : null;
    }

    /**
     * "the NATO Secretary General" on 9 March 2023: the one person who held that title of that scope on the day.
     *
     * @param scope    the country or alliance
     * @param titleKey the title, folded
     * @param day      the day
     * @return the holder, or null when none or several held it
     */
    Person holder(String scope, String titleKey, LocalDate day) {
        List<Person> candidates = byScopedTitle.getOrDefault(scope + "|" + titleKey, List.of());
        Person only = null;
        for (Person p : candidates) {
            for (Role r : p.roles) {
                if (r.scope().equals(scope) && r.title() != null && NameKeys.fold(r.title()).equals(titleKey) && r.heldOn(day)) {
                    if (only != null && only != p) {
                        return null;
                    }
                    only = p;
                }
            }
        }
        return only;
    }

    int size() {
        return byName.size();
    }
}
