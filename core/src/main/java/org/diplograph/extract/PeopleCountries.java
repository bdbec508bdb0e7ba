package org.diplograph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.diplograph.convert.phoenix.PhoenixDictionary;

/**
 * The country of a person known by his whole name, taken when the text beside his name states none and the gazetteer's
 * own {@code people} do not know him; before what a bare title implies and before the article's context (in the other
 * order the tuning set lost 20 officials: "the Chairman of the Joint Chiefs of Staff Committee, General Rashad Mahmood" is
 * Pakistan's, whatever a US title of that name implies). Such knowledge carries to texts the rules were never written
 * on: "President Yoweri Museveni" in a story from Entebbe, "Mauro Vieira" among two presidents' foreign ministers,
 * "talks with Antti Kaikkonen".
 *
 * <p>Two tables, read on first use:
 * <ul>
 *   <li>{@value #HOLDERS_TABLE}: about 9,600 office holders of about 195 countries in 2010–2025 (heads of state and
 *       government, ministers and their deputies, chiefs of defence and of the services, national security advisers,
 *       heads of intelligence, speakers, spokespeople, ambassadors to the US and the UN), compiled for the project from public knowledge,
 *       country by country and office by office; people who also held an international post in the period are left out
 *       (the gazetteer's {@code people} date such roles);</li>
 *   <li>{@value #PHOENIX_TABLE}: the people of the PETRARCH/Phoenix actor dictionary (about 16,600 office holders of
 *       1995–2015), derived from {@code examples/peers/phoenix/Phoenix.Countries.actors.txt.gz} (MIT, (c) 2014 Open
 *       Event Data Alliance) by {@link #table}: people of states that no longer exist and people whose every role
 *       ended before 1995 are left out. A test keeps the two in step.</li>
 * </ul>
 *
 * <p>A person is found by his whole name: the article's words, in order, within one of the tables' spellings, with
 * the same first and last word ("Mauro Vieira" in "Mauro Luiz Iecker Vieira"; "Mohammed bin Rashid" is not "Mohamed
 * Ahmed Rashid"), or, for a person of a country whose people bear two family names, without the article's last word
 * ("Gabriel Boric Font" as "Gabriel Boric"); by a family name alone only for a person the text never names otherwise, and only when that word ends
 * the spellings of one country's people ({@link #findOneName}: "President Tebboune"; not "Kim" or "Volker"); never when
 * people of two countries fit. (Common family names still mislead it: "Ambassador Kennedy", of whom the tables know only
 * an Australian, in one tuning article.) His id still follows the article's spelling, and the tables give no title: roles
 * come from the text.
 */
final class PeopleCountries {

    static final String PHOENIX_TABLE = "dictionary-countries.tsv.gz";
    static final String HOLDERS_TABLE = "office-holders.tsv";
    /** Roles that ended before this day give no country: the name more likely means someone of today. */
    static final LocalDate OLDEST_ROLE_END = LocalDate.of(1995, 1, 1);
    /** States the dictionary codes that no longer exist (Czechoslovakia, East Germany, the Soviet Union, Serbia and Montenegro). */
    static final Set<String> FORMER_STATES = Words.set("CSK", "DDR", "SUN", "SCG", "YUG");

    /** The Phoenix table's first lines: where it comes from, under which licence. */
    static final List<String> HEADER = List.of(
            "# The country of each person of Phoenix.Countries.actors.txt (openeventdata/petrarch2, commit 676801cd),",
            "# MIT, (c) 2014 Open Event Data Alliance. Derived by org.diplograph.extract.PeopleCountries.table; do not edit.");

    private record Entry(List<String> words, KnownPeople.Person person) {
    }

    /** Entries by their first and last name word. */
    private final Map<String, List<Entry>> byEnds = new HashMap<>();
    /** Monarchs by their name and regnal number ("mohammed vi"), which the name's words leave out. */
    private final Map<String, KnownPeople.Person> byReign = new HashMap<>();
    /** Popes by their one name, as the table writes them ("Pope Francis"). */
    private final Map<String, KnownPeople.Person> byPapalName = new HashMap<>();
    /** People by the last word of a spelling, for a name of one word; {@link #SEVERAL} where people of two countries share it. */
    private final Map<String, KnownPeople.Person> byOneName = new HashMap<>();
    private static final KnownPeople.Person SEVERAL = new KnownPeople.Person("several");

    private static final class BuiltIn {
        static final PeopleCountries TABLE = load();
    }

    /** @return the tables bundled with the library, read on first use */
    static PeopleCountries builtIn() {
        return BuiltIn.TABLE;
    }

    private static PeopleCountries load() {
        PeopleCountries d = new PeopleCountries();
        d.read(HOLDERS_TABLE, false);
        d.read(PHOENIX_TABLE, true);
        return d;
    }

    private void read(String resource, boolean gzipped) {
        try (InputStream in = PeopleCountries.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The resource " + resource + " is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(gzipped ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isEmpty() && line.charAt(0) != '#') {
                    add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the resource " + resource, e);
        }
    }

    /** One line of a table: {@code SCOPE<TAB>spelling|spelling|…}, the first spelling the usual one. */
    private void add(String line) {
        int tab = line.indexOf('\t');
        String[] spellings = line.substring(tab + 1).split("\\|");
        KnownPeople.Person person = new KnownPeople.Person(spellings[0]);
        person.roles.add(new KnownPeople.Role(line.substring(0, tab), null, null, null, null, null));
        for (String spelling : spellings) {
            String reign = reign(List.of(Words.spaceSplit(spelling)));
            if (reign != null) {
                byReign.putIfAbsent(reign, person);
            }
            String[] named = Words.spaceSplit(spelling);
            if (named.length == 2 && named[0].equals("Pope")) {
                byPapalName.putIfAbsent(KnownPeople.foldName(named[1]), person);
            }
            List<String> words = KnownPeople.nameWords(List.of(Words.spaceSplit(spelling)), true);
            if (words.size() >= 2) {
                byEnds.computeIfAbsent(ends(words), k -> new ArrayList<>(1)).add(new Entry(words, person));
                oneName(words.get(words.size() - 1), person);
            }
        }
    }

    /**
     * @param spelling the name's words as the article writes them, given name first
     * @return the one person (or several of one country) the name fits, or null
     */
    KnownPeople.Person find(List<String> spelling) {
        KnownPeople.Person found = findWords(KnownPeople.nameWords(spelling, true));
        if (found == null && spelling.size() >= 3) {
            // "Gabriel Boric Font": Spanish and Portuguese names end in a second family name the tables may leave out; only
            // a person of a country that names so is taken that way ("Mohammed Omar Daudzai" is no "Mohammed Omar")
            KnownPeople.Person shorter = findWords(KnownPeople.nameWords(spelling.subList(0, spelling.size() - 1), true));
            found = shorter != null && TWO_SURNAMES.contains(shorter.roles.get(0).scope()) ? shorter : null;
        }
        return found;
    }

    /** Countries whose people bear two family names, the mother's last: Spain, Portugal and their Americas. */
    private static final Set<String> TWO_SURNAMES = Words.set("ESP", "PRT", "MEX", "GTM", "HND", "SLV", "NIC", "CRI", "PAN", "CUB",
            "DOM", "COL", "VEN", "ECU", "PER", "BOL", "CHL", "ARG", "URY", "PRY", "BRA", "GNQ");

    private KnownPeople.Person findWords(List<String> words) {
        List<Entry> entries = words.size() < 2 ? null : byEnds.get(ends(words));
        if (entries == null) {
            return null;
        }
        KnownPeople.Person found = null;
        for (Entry e : entries) {
            if (!inOrderWithin(words, e.words())) {
                continue;
            }
            if (found != null && !found.roles.get(0).scope().equals(e.person().roles.get(0).scope())) {
                return null;
            }
            found = e.person();
        }
        return found;
    }

    private void oneName(String word, KnownPeople.Person person) {
        byOneName.merge(word, person, (a, b) -> a == SEVERAL || !a.roles.get(0).scope().equals(b.roles.get(0).scope()) ? SEVERAL : a);
    }

    /**
     * "President Khurelsukh", "Foreign Minister Dendias": a name of one word that ends the spellings of people of one
     * country only, in both tables; or null. Taken only for a person the text names by that word alone.
     *
     * @param word the name's one word, as the article writes it
     * @return a person of that country, or null
     */
    KnownPeople.Person findOneName(String word) {
        List<String> words = KnownPeople.nameWords(List.of(word), true);
        KnownPeople.Person found = words.size() == 1 ? byOneName.get(words.get(0)) : null;
        return found == SEVERAL ? null : found;
    }

    /** "Mohammed VI", "Felipe VI": the one monarch of that name and number; or null. */
    KnownPeople.Person findReign(List<String> spelling) {
        String reign = reign(spelling);
        return reign == null ? null : byReign.get(reign);
    }

    /** "Pope Francis": the one pope of that one name; or null. */
    KnownPeople.Person findPope(String name) {
        return byPapalName.get(KnownPeople.foldName(name));
    }

    /** The key of a name of one word and a regnal number, or null. */
    private static String reign(List<String> spelling) {
        if (!KnownPeople.reign(spelling)) {
            return null;
        }
        return KnownPeople.foldName(spelling.get(0)) + " " + spelling.get(1).toLowerCase(java.util.Locale.ROOT);
    }

    private static String ends(List<String> words) {
        return words.get(0) + " " + words.get(words.size() - 1);
    }

    /** Whether every word of {@code words} occurs in {@code spelling}, in order (the ends already match). */
    private static boolean inOrderWithin(List<String> words, List<String> spelling) {
        int i = 0;
        for (String w : spelling) {
            if (i < words.size() && w.equals(words.get(i))) {
                i++;
            }
        }
        return i == words.size();
    }

    /**
     * The Phoenix table's lines for a dictionary, in its order: each person of a state that exists, with a role that ended in
     * 1995 or later (or never), as {@code SCOPE<TAB>name|alias|…}, after the {@link #HEADER}.
     */
    static List<String> table(PhoenixDictionary dictionary) {
        List<String> lines = new ArrayList<>(HEADER);
        for (PhoenixDictionary.Person p : dictionary.people()) {
            String scope = p.id().value().substring(0, p.id().value().indexOf('/'));
            boolean recent = p.roles().stream().anyMatch(r -> r.to() == null || !r.to().last().isBefore(OLDEST_ROLE_END));
            if (FORMER_STATES.contains(scope) || !recent) {
                continue;
            }
            Set<String> spellings = new LinkedHashSet<>();
            spellings.add(p.name());
            spellings.addAll(p.aliases());
            spellings.removeIf(s -> s.contains("|") || s.contains("\t"));
            lines.add(scope + "\t" + String.join("|", spellings));
        }
        return lines;
    }
}
