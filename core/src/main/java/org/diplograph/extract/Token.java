package org.diplograph.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One word, number or punctuation mark of an article, with its place in the text.
 *
 * <p>The tokenizer keeps what the rules need: {@code U.S.} and {@code T.} stay one token, a
 * possessive {@code 's} is its own token, hyphens are tokens (so {@code Baku-Moscow} is three),
 * curly apostrophes become straight ones, and each token knows whether white space and how many
 * line breaks precede it.
 */
final class Token {

    enum Type { WORD, NUMBER, PUNCT }

    /** Abbreviations whose period belongs to the word rather than ending a sentence. */
    private static final Set<String> ABBREVIATIONS = Words.set("gen", "lt", "maj", "brig", "col", "adm", "capt", "cmdr",
            "mr", "mrs", "ms", "dr", "st", "no", "jr", "sr", "gov", "sen", "rep", "amb", "prof", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "etc", "mt", "ft", "rt", "hon", "sec", "sgt", "cdr", "asst",
            // honorifics of other languages' releases: "Eng. Waleed Al-Khuraiji", "Dott. Marco Rossi", "Mme. Anne Dupont"
            "eng", "engr", "ing", "lic", "dott", "mme", "sra");

    final String text;
    final String lower;
    /** The lower-case text without diacritics ("chişinău" and "chișinău" both "chisinau"): what gazetteer phrases match. */
    final String folded;
    final int start;
    final int end;
    final boolean spaceBefore;
    final int newlinesBefore;
    final Type type;
    private final boolean capitalised;
    /** The hash of {@link #lower}, here so that {@link #is} need not reach the string for most words. */
    private final int lowerHash;

    private Token(String text, int start, int end, boolean spaceBefore, int newlinesBefore, Type type) {
        this.text = text;
        this.lower = text.toLowerCase(Locale.ROOT);
        this.folded = fold(lower);
        this.start = start;
        this.end = end;
        this.spaceBefore = spaceBefore;
        this.newlinesBefore = newlinesBefore;
        this.type = type;
        // ("'Utoikamanu": a Polynesian name's glottal stop before its capital)
        this.capitalised = type == Type.WORD && Character.isUpperCase(text.codePointAt(okina(text.charAt(0)) && text.length() > 1 ? 1 : 0));
        this.lowerHash = lower.hashCode();
    }

    /** Lower-case text without its diacritics; ASCII text as it is. */
    private static String fold(String lower) {
        boolean ascii = true;
        for (int i = 0; i < lower.length() && ascii; i++) {
            ascii = lower.charAt(i) < 128;
        }
        if (ascii) {
            return lower;
        }
        String stripped = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return stripped.replace('ı', 'i').replace('ł', 'l').replace('ø', 'o').replace('đ', 'd').replace("æ", "ae").replace("ß", "ss");
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    boolean isWord() {
        return type == Type.WORD;
    }

    /** @return whether the first character is an upper-case letter */
    boolean capitalised() {
        return capitalised;
    }

    /** @return whether this is a single capital with a period, like {@code T.} */
    boolean isInitial() {
        return text.length() == 2 && text.charAt(1) == '.' && Character.isUpperCase(text.charAt(0));
    }

    /** @return whether every letter is a capital and there are at least two letters ({@code NATO}, {@code U.S.}) */
    boolean allCaps() {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    boolean is(String lowerText) {
        // (most words differ in their hash, which a string keeps once computed: no need to compare letters)
        return lowerHash == lowerText.hashCode() && lower.equals(lowerText);
    }

    /** Whether this is one of the words, given in lower case: a short list read in place, with no set built each time. */
    boolean isAny(String... lowerTexts) {
        for (String w : lowerTexts) {
            if (is(w)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return text;
    }

    /** An apostrophe, a left single quote or the ʻokina: how texts write a Polynesian glottal stop. */
    private static boolean okina(char c) {
        return c == '\'' || c == '’' || c == '‘' || c == 'ʻ';
    }

    /** Superscript digits and the dagger marks that publishers put after a word to point at a footnote. */
    private static boolean footnoteMark(char c) {
        return c == '\u00B9' || c == '\u00B2' || c == '\u00B3' || c >= '\u2070' && c <= '\u2079' || c == '\u2020' || c == '\u2021';
    }

    /**
     * @param text any text
     * @return its tokens
     */
    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 4);
        int n = text.length();
        int i = 0;
        boolean space = true;
        int newlines = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = true;
                if (c == '\n') {
                    newlines++;
                }
                i++;
                continue;
            }
            if (footnoteMark(c) && !space) {
                // "Macedonia¹,": a footnote's mark on a word is no token, and leaves the word's neighbours as they were
                i++;
                continue;
            }
            int start = i;
            // "Fekitamoeloa 'Utoikamanu", "ʻAkilisi Pōhiva": a glottal stop opening a name is part of it (a word in single
            // quotes, 'Hope', is not)
            int named = okina(c) && space && i + 1 < n && Character.isUpperCase(text.charAt(i + 1)) ? wordEnd(text, i + 1) : -1;
            if (named > 0 && !(named < n && okina(text.charAt(named)))) {
                i = named;
                tokens.add(new Token(text.substring(start, i), start, i, space, newlines, Type.WORD));
            } else if (Character.isLetter(c)) {
                i = wordEnd(text, i);
                String word = text.substring(start, i);
                // U.S., U.K., H.E.: single letters with periods
                if (word.length() == 1 && i < n && text.charAt(i) == '.') {
                    int j = i + 1;
                    while (j + 1 < n && Character.isLetter(text.charAt(j)) && text.charAt(j + 1) == '.'
                            && (j + 2 >= n || !Character.isLetter(text.charAt(j + 2)))) {
                        j += 2;
                    }
                    i = j;
                    word = text.substring(start, i);
                } else if (i < n && text.charAt(i) == '.' && ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))) {
                    i++;
                    word = text.substring(start, i);
                }
                tokens.add(new Token(word, start, i, space, newlines, Type.WORD));
            } else if (Character.isDigit(c)) {
                while (i < n && Character.isDigit(text.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(text.substring(start, i), start, i, space, newlines, Type.NUMBER));
            } else if ((c == '\'' || c == '’' || c == 'ʼ') && i + 1 < n && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (i + 2 >= n || !Character.isLetter(text.charAt(i + 2)))) {
                i += 2;
                tokens.add(new Token("'s", start, i, space, newlines, Type.PUNCT));
            } else {
                i++;
                String mark = switch (c) {
                    case '‐', '‑', '-' -> "-";
                    case '–', '—', '―' -> "—";
                    case '’', '‘', 'ʼ', '`' -> "'";
                    case '“', '”', '«', '»', '„' -> "\"";
                    default -> String.valueOf(c);
                };
                tokens.add(new Token(mark, start, i, space, newlines, Type.PUNCT));
            }
            space = false;
            newlines = 0;
        }
        return tokens;
    }

    /** Letters, digits and marks, with apostrophes inside a word (O'Brien) but not a possessive. */
    private static int wordEnd(String text, int i) {
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
            } else if ((c == '\'' || c == '’') && i + 1 < n && Character.isLetter(text.charAt(i + 1))
                    && !((text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (i + 2 >= n || !Character.isLetter(text.charAt(i + 2))))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }
}
