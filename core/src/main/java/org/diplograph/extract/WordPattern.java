package org.diplograph.extract;

import java.util.Arrays;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression that opens with a word boundary and one of a few characters ({@code \b(?:in|since) …}), looked for
 * only where a word starts with one of them. {@link Matcher#find()} tries a pattern at every position of a sentence; the
 * date patterns run on every sentence, some twenty of them, and most of their time went there. The matches are those
 * {@code find()} gives, in the same order.
 */
final class WordPattern {

    private final Pattern pattern;
    private final boolean[] first = new boolean[128];

    /**
     * @param firstChars the characters a match can start with (ASCII letters and digits; a range as {@code 0-9})
     * @param regex      the expression, which must open with {@code \b} (after any flags) and one of those characters
     */
    WordPattern(String firstChars, String regex) {
        this.pattern = Pattern.compile(regex);
        for (int i = 0; i < firstChars.length(); i++) {
            char c = firstChars.charAt(i);
            if (i + 2 < firstChars.length() && firstChars.charAt(i + 1) == '-') {
                for (char k = c; k <= firstChars.charAt(i + 2); k++) {
                    first[k] = true;
                }
                i += 2;
            } else {
                first[c] = true;
            }
        }
    }

    /** @return where the text's words start: each letter or digit that follows no letter, digit or underscore */
    static int[] wordStarts(String text) {
        int[] starts = new int[text.length() / 3 + 1];
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean word = Character.isLetterOrDigit(c) || c == '_';
            if (word && !inWord) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i;
            }
            inWord = word;
        }
        return Arrays.copyOf(starts, n);
    }

    /**
     * @param text       the text, or {@code null} for no matches (a sentence the caller's quick look ruled out)
     * @param wordStarts the text's {@link #wordStarts}
     * @return the matches, one {@link Matches#find()} at a time
     */
    Matches matcher(String text, int[] wordStarts) {
        return new Matches(text, wordStarts);
    }

    /** The matches in one text: a {@link MatchResult} of the last one found. */
    final class Matches implements MatchResult {
        private final String text;
        private final Matcher m;
        private final int[] starts;
        private int next;
        private int from;

        private Matches(String text, int[] starts) {
            this.text = text;
            this.m = text == null ? null : pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            this.starts = starts;
        }

        /** @return whether another match follows the last one, as {@link Matcher#find()} */
        boolean find() {
            if (m == null) {
                return false;
            }
            while (next < starts.length) {
                int i = starts[next++];
                char c = text.charAt(i);
                if (i < from || c >= first.length || !first[c]) {
                    continue;
                }
                // (transparent bounds: the word boundary still sees the character before the region)
                m.region(i, text.length());
                if (m.lookingAt()) {
                    from = Math.max(m.end(), i + 1);
                    return true;
                }
            }
            return false;
        }

        @Override
        public int start() {
            return m.start();
        }

        @Override
        public int start(int group) {
            return m.start(group);
        }

        @Override
        public int end() {
            return m.end();
        }

        @Override
        public int end(int group) {
            return m.end(group);
        }

        @Override
        public String group() {
            return m.group();
        }

        @Override
        public String group(int group) {
            return m.group(group);
        }

        @Override
        public int groupCount() {
            return m.groupCount();
        }
    }
}
