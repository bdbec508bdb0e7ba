package org.diplograph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gazetteer phrases by their first word, longest first: one hash look-up per token, then a few
 * word comparisons, so matching cost does not grow with the size of the gazetteer.
 */
final class PhraseIndex {

    /** What a phrase names. */
    enum Kind { COUNTRY, DEMONYM, CAPITAL, CITY, SEAT, ALLIANCE, BODY, BODY_PATTERN, TITLE, RANK }

    /**
     * One meaning of a phrase.
     *
     * @param kind what it names
     * @param key  the country or alliance code, body id, body slug, or title
     * @param data the gazetteer entry
     */
    record Ref(Kind kind, String key, Object data) {
    }

    /**
     * A phrase as written in the gazetteer.
     *
     * @param words  its tokens, lower-case
     * @param exact  whether the text must match letter case exactly (acronyms: US, not us)
     * @param proper whether the first word must be capitalised in the text (names, not titles)
     * @param refs   its meanings
     */
    record Phrase(String[] words, String[] exactText, boolean exact, boolean proper, List<Ref> refs) {

        /** @return its meaning of that kind, or null */
        Ref ref(Kind kind) {
            for (Ref ref : refs) {
                if (ref.kind == kind) {
                    return ref;
                }
            }
            return null;
        }
    }

    /**
     * A phrase found in a text.
     *
     * @param start  first token
     * @param end    token after the last
     * @param phrase the phrase
     */
    record Match(int start, int end, Phrase phrase, boolean plural) {

        Match(int start, int end, Phrase phrase) {
            this(start, end, phrase, false);
        }

        boolean has(Kind kind) {
            return ref(kind) != null;
        }

        Ref ref(Kind kind) {
            return phrase.ref(kind);
        }
    }

    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
    private final Map<String, Phrase> byText = new HashMap<>();

    void add(String text, Ref ref) {
        List<Token> tokens = Token.tokenize(text);
        if (tokens.isEmpty()) {
            return;
        }
        String[] words = new String[tokens.size()];
        String[] exactText = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(i).folded;
            exactText[i] = tokens.get(i).text;
        }
        boolean exact = tokens.size() <= 2 && tokens.stream().anyMatch(t -> t.allCaps() && t.text.length() <= 6)
                || text.equals("MoD");
        boolean proper = ref.kind() != Kind.TITLE && ref.kind() != Kind.BODY_PATTERN && ref.kind() != Kind.RANK;
        String key = String.join(" ", words) + (exact ? "|" + text : "");
        Phrase known = byText.get(key);
        if (known != null) {
            if (!known.refs().contains(ref)) {
                known.refs().add(ref);
            }
            return;
        }
        List<Ref> refs = new ArrayList<>(2);
        refs.add(ref);
        Phrase phrase = new Phrase(words, exactText, exact, proper, refs);
        byText.put(key, phrase);
        List<Phrase> list = byFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>(2));
        list.add(phrase);
        list.sort((a, b) -> Integer.compare(b.words().length, a.words().length));
    }

    /**
     * @param tokens the tokens
     * @param i      where to start
     * @param end    where the sentence ends
     * @return the longest phrase starting at {@code i}, or {@code null}
     */
    Match match(List<Token> tokens, int i, int end) {
        List<Phrase> candidates = byFirstWord.get(tokens.get(i).folded);
        if (candidates == null) {
            return null;
        }
        for (Phrase phrase : candidates) {
            int len = phrase.words().length;
            if (i + len > end) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < len && ok; k++) {
                Token t = tokens.get(i + k);
                ok = t.folded.equals(phrase.words()[k]) && (!phrase.exact() || t.text.equals(phrase.exactText()[k]));
            }
            if (ok && phrase.proper() && !tokens.get(i).capitalised() && !"the".equals(phrase.words()[0])) {
                ok = false;
            }
            if (ok && phrase.proper() && "the".equals(phrase.words()[0]) && len > 1 && !tokens.get(i + 1).capitalised()) {
                ok = false;
            }
            if (ok) {
                return new Match(i, i + len, phrase);
            }
        }
        return null;
    }

    /**
     * "Foreign Ministers Wang Yi and …", "Presidents Biden and Xi", "Deputy Ministers of Foreign Affairs A and B": the longest
     * title phrase starting at {@code i} with one word written plural, capitalised as a title before names; {@code null}
     * when none.
     *
     * @param tokens the tokens
     * @param i      where to start
     * @param end    where the sentence ends
     */
    Match pluralTitle(List<Token> tokens, int i, int end) {
        if (!tokens.get(i).capitalised()) {
            return null;
        }
        List<Phrase> asWritten = byFirstWord.get(tokens.get(i).folded);
        String firstSingular = singular(tokens.get(i).folded);
        List<Phrase> singular = firstSingular == null ? null : byFirstWord.get(firstSingular);
        if (asWritten == null && singular == null) {
            return null;
        }
        // each list is longest first already; both together are sorted again
        List<Phrase> candidates = singular == null ? asWritten : asWritten == null ? singular : new ArrayList<>(asWritten);
        if (asWritten != null && singular != null) {
            candidates.addAll(singular);
            candidates.sort((a, b) -> Integer.compare(b.words().length, a.words().length));
        }
        for (Phrase phrase : candidates) {
            int len = phrase.words().length;
            if (i + len > end || phrase.ref(Kind.TITLE) == null) {
                continue;
            }
            // one word written plural: the last ("Foreign Ministers") or another ("Ministers of Foreign Affairs")
            int plurals = 0;
            boolean ok = true;
            for (int k = 0; k < len && ok; k++) {
                String word = tokens.get(i + k).folded;
                if (!word.equals(phrase.words()[k])) {
                    ok = phrase.words()[k].equals(singular(word)) && ++plurals == 1;
                }
            }
            if (ok && plurals == 1) {
                return new Match(i, i + len, phrase, true);
            }
        }
        return null;
    }

    /** "ministers" → "minister", "secretaries" → "secretary"; null for a word not written plural. */
    static String singular(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : null;
    }
}
