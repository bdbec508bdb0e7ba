package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.diplograph.extract.PhraseIndex.Kind;
import org.diplograph.extract.PhraseIndex.Match;

/**
 * Where a person's name may stand in a sentence: which tokens look like name words, and how far a
 * run of them reaches (initials, hyphenated parts, particles and patronymics included).
 */
final class NameRuns {

    /** Function words, months, days and honorifics: capitalised, they still are not name words. */
    static final Set<String> FUNCTION = Set.of("the", "a", "an", "on", "in", "at", "during", "after", "before", "then",
            "he", "she", "it", "they", "we", "i", "his", "her", "its", "their", "this", "that", "these", "those", "both", "also",
            "however", "meanwhile", "according", "while", "later", "earlier", "today", "yesterday", "and", "but", "or", "when",
            "where", "who", "which", "with", "by", "as", "to", "from", "upon", "following", "speaking", "addressing", "there",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "jan", "feb", "aug",
            "sept", "oct", "nov", "dec", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.", "mr", "mrs", "ms");
    static final Set<String> PARTICLES = Set.of("oglu", "ogly", "oğlu", "qizi", "gizi", "kyzy", "uulu", "bin", "ibn",
            "bint", "al", "el", "van", "von", "de", "da", "di", "del", "der", "den", "la", "le", "dos", "das", "du", "ter", "bin.");
    static final Set<String> PATRONYMIC_MARKERS = Set.of("oglu", "ogly", "oğlu", "qizi", "gizi", "kyzy", "uulu");

    private final Gazetteer g;
    private final List<Token> toks;

    NameRuns(Article article) {
        this.g = article.g;
        this.toks = article.toks;
    }

    boolean nameLike(Sentence s, int i) {
        if (i < s.analysisFrom || i >= s.to) {
            return false;
        }
        Match phrase = s.phraseAt(i);
        if (phrase != null) {
            return placeAsGivenName(s, i, phrase);
        }
        Token t = toks.get(i);
        if (!t.capitalised()) {
            return false;
        }
        if (t.isInitial()) {
            return true;
        }
        return !t.allCaps() && !g.nonNames.contains(t.lower) && !FUNCTION.contains(t.lower)
                && !g.titleWords.contains(t.lower) && t.text.indexOf('.') < 0;
    }

    /** "Milan Mojsilovic": a one-word place right before an unknown capitalised word, and not after "in", is a given name. */
    private boolean placeAsGivenName(Sentence s, int i, Match phrase) {
        if (phrase.end() != i + 1 || !(phrase.has(Kind.CITY) || phrase.has(Kind.CAPITAL)) || phrase.has(Kind.COUNTRY)
                || i + 1 >= s.to || s.phraseAt(i + 1) != null || !toks.get(i + 1).spaceBefore) {
            return false;
        }
        if (i - 1 >= s.from && Set.of("in", "at", "to", "from", "of", "near", "visited", "-").contains(toks.get(i - 1).lower)) {
            return false;
        }
        Token next = toks.get(i + 1);
        return next.capitalised() && !next.allCaps() && !next.isInitial() && !g.nonNames.contains(next.lower)
                && !FUNCTION.contains(next.lower) && !g.titleWords.contains(next.lower);
    }

    /** The token after the run of name words that starts at {@code i} (at most six words). */
    int nameRunEnd(Sentence s, int i) {
        int j = i + 1;
        int words = 1;
        while (j < s.to && words < 6) {
            Token t = toks.get(j);
            if (nameLike(s, j) && (t.spaceBefore || toks.get(j - 1).isInitial())) {
                j++;
                words++;
            } else if (t.text.equals("-") && !t.spaceBefore && j + 1 < s.to && !toks.get(j + 1).spaceBefore && nameLike(s, j + 1)) {
                j += 2;
            } else if (PARTICLES.contains(t.lower) && !t.capitalised() && j + 1 < s.to && nameLike(s, j + 1)) {
                j += 2;
                words++;
            } else if (PARTICLES.contains(t.lower) && !t.capitalised() && PATRONYMIC_MARKERS.contains(t.lower)
                    && j + 1 < s.to && nameLike(s, j + 1)) {
                j += 2;
            } else {
                break;
            }
        }
        return j;
    }

    /** Name words of a run: hyphenated parts joined, particles kept, in order. */
    List<String> nameWords(int start, int end) {
        List<String> words = new ArrayList<>();
        for (int i = start; i < end; i++) {
            Token t = toks.get(i);
            if (t.text.equals("-") && !words.isEmpty() && i + 1 < end) {
                words.set(words.size() - 1, words.get(words.size() - 1) + "-" + toks.get(i + 1).text);
                i++;
            } else {
                words.add(t.text);
            }
        }
        return words;
    }
}
