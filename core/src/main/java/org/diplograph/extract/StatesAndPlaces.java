package org.diplograph.extract;

import static org.diplograph.extract.Partnerships.KIND_ADJECTIVES;
import static org.diplograph.extract.Partnerships.RELATION_WORDS;

import java.util.List;
import java.util.Set;
import org.diplograph.extract.PhraseIndex.Kind;
import org.diplograph.extract.PhraseIndex.Match;
import org.diplograph.extract.PhraseIndex.Ref;

/**
 * Finds the countries and alliances a sentence names as parties (a demonym or capital only where
 * it stands for its state: "Turkish-Azerbaijani", "the Russian side", "Moscow's") and the places it
 * names.
 */
final class StatesAndPlaces {

    private final Gazetteer g;
    private final String text;
    private final List<Token> toks;

    StatesAndPlaces(Article article) {
        this.g = article.g;
        this.text = article.text;
        this.toks = article.toks;
    }

    /** The country a place phrase lies in ("Kyiv" → UKR, "Ukraine" → UKR), or null. */
    static String placeCountry(Match m) {
        Ref ref = m == null ? null : m.has(Kind.CAPITAL) ? m.ref(Kind.CAPITAL) : m.has(Kind.CITY) ? m.ref(Kind.CITY) : m.ref(Kind.COUNTRY);
        return ref == null ? null : ref.key();
    }

    /** The country or alliance a phrase names, perhaps by its demonym or capital; null if none. */
    static Ref stateRef(Match m) {
        if (m == null) {
            return null;
        }
        if (m.has(Kind.COUNTRY)) {
            return m.ref(Kind.COUNTRY);
        }
        if (m.has(Kind.ALLIANCE)) {
            return m.ref(Kind.ALLIANCE);
        }
        if (m.has(Kind.DEMONYM)) {
            return m.ref(Kind.DEMONYM);
        }
        if (m.has(Kind.SEAT)) {
            return m.ref(Kind.SEAT);
        }
        if (m.has(Kind.CAPITAL)) {
            return m.ref(Kind.CAPITAL);
        }
        return null;
    }

    private static final Set<String> PARTNER_NOUNS = Words.set("ally", "allies", "partner", "partners");

    /** "treaty allies of Washington", "a partner of Beijing": a capital that stands for its state. */
    private boolean partnerOf(Sentence s, int start) {
        // "a comprehensive strategic partner of both Tehran and Riyadh", "partnerships with both Washington and Beijing": each
        // capital of the list after the preposition
        int k = start - 1;
        while (k - 1 >= s.from && toks.get(k).isAny("and", ",") && toks.get(k - 1).capitalised()) {
            k -= 2;
            while (k >= s.from && toks.get(k).capitalised()) {
                k--;
            }
        }
        k -= k >= s.from && toks.get(k).is("both") ? 1 : 0;
        if (k - 1 < s.from || !(toks.get(k).is("of") || toks.get(k).is("with"))) {
            return false;
        }
        if (toks.get(k).is("with")) {
            // "a comprehensive strategic partnership with Beijing", "partnerships with Moscow and with Beijing"
            int noun = k - 1;
            while (noun - 1 >= s.from && (toks.get(noun).is("and") || toks.get(noun).is(",")) && toks.get(noun - 1).capitalised()) {
                noun -= 2;
                while (noun >= s.from && toks.get(noun).capitalised()) {
                    noun--;
                }
                noun -= noun >= s.from && toks.get(noun).is("with") ? 1 : 0;
            }
            return noun >= s.from && ALLIANCE_NOUNS.contains(toks.get(noun).lower);
        }
        return PARTNER_NOUNS.contains(toks.get(k - 1).lower);
    }

    /** Nouns of a bond with a state, whose "with" names the state: "a strategic partnership with Beijing". */
    private static final Set<String> ALLIANCE_NOUNS = Words.set("partnership", "partnerships", "alliance", "alliances");

    /** "with Pyongyang, its only treaty ally": a capital in apposition to "its … ally" stands for its state. */
    private boolean itsPartner(Sentence s, int end) {
        if (end + 2 >= s.to || !toks.get(end).is(",") || !toks.get(end + 1).is("its")) {
            return false;
        }
        for (int k = end + 2; k < Math.min(s.to, end + 6); k++) {
            if (PARTNER_NOUNS.contains(toks.get(k).lower)) {
                return true;
            }
        }
        return false;
    }

    /** Nouns of a journey whose "to" names where it went: "During his visit to Korea". */
    private static final Set<String> JOURNEY_NOUNS = Words.set("visit", "trip", "tour", "journey");

    /** "During his visit to Korea", "his trip to Japan": a country a journey went to is where its meetings were. */
    private boolean visitTo(Sentence s, int start) {
        return start - 2 >= s.from && toks.get(start - 1).is("to") && JOURNEY_NOUNS.contains(toks.get(start - 2).lower);
    }

    /** Words of a body of water named after a country: "the South China Sea", "the Gulf of Oman". */
    private static final Set<String> WATERS = Words.set("sea", "seas", "strait", "straits", "gulf", "bay");

    /** Whether the country at {@code start..end} names a sea or a strait, not the state: "South China Sea", "Sea of Japan". */
    private boolean waters(Sentence s, int start, int end) {
        boolean before = start - 2 >= s.from && toks.get(start - 1).is("of") && toks.get(start - 2).capitalised()
                && WATERS.contains(toks.get(start - 2).lower);
        boolean after = end < s.to && toks.get(end).capitalised() && WATERS.contains(toks.get(end).lower);
        return before || after;
    }

    /** Adds the sentence's states and places. */
    void read(Sentence s) {
        for (Match m : s.phrases) {
            int start = m.start();
            int end = m.end();
            boolean hyphenBefore = start - 1 >= s.from && toks.get(start - 1).text.equals("-") && !toks.get(start - 1).spaceBefore;
            boolean hyphenAfter = end < s.to && toks.get(end).text.equals("-") && !toks.get(end).spaceBefore;
            boolean possessive = end < s.to && toks.get(end).lower.equals("'s");
            boolean relationAfter = end < s.to && (RELATION_WORDS.contains(toks.get(end).lower)
                    || toks.get(end).is("side") || KIND_ADJECTIVES.contains(toks.get(end).lower));
            if (m.has(Kind.COUNTRY) && waters(s, start, end)) {
                continue;
            }
            if (m.has(Kind.COUNTRY)) {
                s.states.add(new Sentence.State(start, end, m.ref(Kind.COUNTRY).key(), false));
            } else if (m.has(Kind.ALLIANCE)) {
                String code = m.ref(Kind.ALLIANCE).key();
                s.states.add(new Sentence.State(start, end, code, true));
            } else if (m.has(Kind.DEMONYM) && (hyphenBefore || hyphenAfter || relationAfter)) {
                s.states.add(new Sentence.State(start, end, m.ref(Kind.DEMONYM).key(), false));
            } else if (m.has(Kind.CAPITAL) && (hyphenBefore || hyphenAfter || possessive || partnerOf(s, start) || itsPartner(s, end))) {
                s.states.add(new Sentence.State(start, end, m.ref(Kind.CAPITAL).key(), false));
            } else if (m.has(Kind.SEAT) && (hyphenBefore || hyphenAfter || possessive || relationAfter)) {
                s.states.add(new Sentence.State(start, end, m.ref(Kind.SEAT).key(), false));
            }
            if (m.has(Kind.CAPITAL) || m.has(Kind.CITY)) {
                Ref r = m.has(Kind.CAPITAL) ? m.ref(Kind.CAPITAL) : m.ref(Kind.CITY);
                s.places.add(new Sentence.Place(start, end, (String) r.data()));
            } else if (m.has(Kind.COUNTRY) && start > s.from && (toks.get(start - 1).is("in") || visitTo(s, start))) {
                s.places.add(new Sentence.Place(start, end, text.substring(toks.get(start).start, toks.get(end - 1).end)));
            } else if (m.has(Kind.DEMONYM) && end < s.to && toks.get(end).is("capital") && start - 2 >= s.from
                    && toks.get(start - 1).is("the") && toks.get(start - 2).is("in")) {
                var country = g.countries.get(m.ref(Kind.DEMONYM).key());
                if (country.capitals() != null && !country.capitals().isEmpty()) {
                    s.places.add(new Sentence.Place(start, end + 1, country.capitals().get(0)));
                }
            }
        }
    }
}
