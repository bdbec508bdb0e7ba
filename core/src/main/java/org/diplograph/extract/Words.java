package org.diplograph.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Helpers for words: the rules' sets of words, and splitting and spacing written as loops. The extractor runs them on
 * every sentence or name, where a regular expression costs several times as much.
 */
final class Words {

    private Words() {
    }

    /**
     * @return the words as a set that cannot change, to look words up in. A hash set: the rules look up every word of every
     *         sentence, and most are in no set, which a hash set tells by the words' hashes where {@code Set.of} compares
     *         letters (about 1.5 times as fast)
     */
    static Set<String> set(String... words) {
        return Collections.unmodifiableSet(new HashSet<>(Arrays.asList(words)));
    }

    /** @return every word of the sets, as one set that cannot change (see {@link #set}) */
    @SafeVarargs
    static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return Collections.unmodifiableSet(all);
    }

    /** @return whether the text holds one of the words anywhere: the quick look that spares a pattern most sentences */
    static boolean containsAny(String text, List<String> words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** White space as a regular expression's {@code \s} is: space, tab, line breaks, vertical tab and form feed. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** @return the text with each run of white space made one space, as {@code replaceAll("\\s+", " ")} */
    static String singleSpaced(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && !(space(text.charAt(i)) && (text.charAt(i) != ' ' || i + 1 < n && space(text.charAt(i + 1))))) {
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n).append(text, 0, i);
        while (i < n) {
            char c = text.charAt(i);
            if (space(c)) {
                out.append(' ');
                while (i < n && space(text.charAt(i))) {
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /**
     * @return the text split at runs of white space, as {@code split("\\s+")}: an empty first word when the text opens with
     *         white space, none at its end (so none at all for white space alone)
     */
    static String[] spaceSplit(String text) {
        List<String> words = new ArrayList<>();
        int n = text.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            if (space(text.charAt(i))) {
                words.add(text.substring(start, i));
                while (i + 1 < n && space(text.charAt(i + 1))) {
                    i++;
                }
                start = i + 1;
            }
        }
        if (words.isEmpty()) {
            return new String[] {text};
        }
        words.add(text.substring(start));
        int last = words.size();
        while (last > 0 && words.get(last - 1).isEmpty()) {
            last--;
        }
        return words.subList(0, last).toArray(new String[0]);
    }

    /** @return the runs of letters of the text in lower case, each once, in order: the words of a title to compare */
    static Set<String> letterSet(String text) {
        return new LinkedHashSet<>(letterRuns(text.toLowerCase(Locale.ROOT)));
    }

    /** @return the runs of letters of the text, in order, as {@code split("[^\\p{L}]+")} without its empty words */
    static List<String> letterRuns(String text) {
        List<String> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            int start = i;
            while (i < n && Character.isLetter(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            if (i > start) {
                words.add(text.substring(start, i));
            }
        }
        return words;
    }
}
