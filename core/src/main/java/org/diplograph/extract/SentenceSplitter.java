package org.diplograph.extract;

import java.util.List;
import java.util.Set;

/**
 * Cuts an article's tokens into sentences: after a full stop, question or exclamation mark followed by a space
 * or a quote, and at a line break after a paragraph, a punctuation mark other than a comma, a short line, or
 * before a transcript label. A label that opens a line ("LAVROV:", "SECRETARY AUSTIN:", "President of Russia
 * Vladimir Putin:", "Li Shangfu (retranslated):") is a sentence of its own, marked as one.
 */
final class SentenceSplitter {

    /** Lower-case words a label may hold between its capitalised ones. */
    private static final Set<String> LABEL_WORDS = Words.set("of", "the", "'s", "and", "-", "for", "de", "al", "el", "bin", "ibn", "abu",
            "von", "van", "der", "den", "da", "di", "du", "la", "le");
    /** Words in brackets before a label's colon: "(retranslated)", "(via interpreter)". */
    private static final Set<String> LABEL_NOTES = Words.set("retranslated", "interpreted", "via", "interpreter", "translator", "through",
            "translated", "in", "english", "russian", "as", "an", "translation", "interpretation", "speaking");
    private static final int MAX_LABEL = 18;
    /** Words that open a web page's field lines ("Published 1 July 2013", "Updated …"): a line of its own, however long the one before. */
    private static final Set<String> PAGE_FIELDS = Words.set("published", "updated", "delivered", "from");

    private final Article article;
    private final String text;
    private final List<Token> toks;

    SentenceSplitter(Article article) {
        this.article = article;
        this.text = article.text;
        this.toks = article.toks;
    }

    /** Fills the article's sentences. */
    void split() {
        int start = 0;
        int n = toks.size();
        for (int i = 0; i < n; i++) {
            if (i == start && (i == 0 || toks.get(i).newlinesBefore > 0)) {
                int label = labelEnd(i, n);
                if (label > 0) {
                    addSentence(i, label, true);
                    start = label;
                    i = label - 1;
                    continue;
                }
            }
            Token t = toks.get(i);
            boolean endHere = false;
            if (t.type == Token.Type.PUNCT && (t.text.equals(".") || t.text.equals("!") || t.text.equals("?"))) {
                endHere = i + 1 >= n || toks.get(i + 1).spaceBefore || toks.get(i + 1).text.equals("\"");
                if (endHere && i + 1 < n && toks.get(i + 1).text.equals("\"")) {
                    i++;
                }
            }
            if (!endHere && i + 1 < n && toks.get(i + 1).newlinesBefore > 0) {
                Token next = toks.get(i + 1);
                int lineStart = text.lastIndexOf('\n', t.start) + 1;
                endHere = next.newlinesBefore > 1 || t.type == Token.Type.PUNCT && !t.text.equals(",")
                        || t.end - lineStart < 60 || labelEnd(i + 1, n) > 0 || PAGE_FIELDS.contains(next.lower);
            }
            if (endHere || i == n - 1) {
                if (i + 1 > start) {
                    addSentence(start, i + 1, false);
                }
                start = i + 1;
            }
        }
    }

    private void addSentence(int from, int to, boolean label) {
        List<Sentence> sentences = article.sentences;
        String sentenceText = text.substring(toks.get(from).start, toks.get(to - 1).end);
        Sentence s = new Sentence(sentences.size(), from, to, sentenceText);
        s.label = label;
        sentences.add(s);
    }

    /** Whether the words from {@code from} to {@code to} are a name or title written in capitals: "ANDERS FOGH RASMUSSEN". */
    private boolean inCapitals(int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = toks.get(k);
            if (t.isWord() && !t.text.equals(t.text.toUpperCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return to > from;
    }

    /**
     * Where the bracket opened at {@code open} closes with {@code close}, when it holds a few words of a title or a note
     * ("Secretary General of NATO", "Interpretation"); else -1.
     */
    private int bracketed(int open, int n, String close) {
        for (int k = open + 1; k < Math.min(n, open + 9); k++) {
            Token t = toks.get(k);
            if (t.text.equals(close)) {
                return k > open + 1 ? k : -1;
            }
            if (!(t.isWord() && (t.capitalised() || LABEL_WORDS.contains(t.lower) || LABEL_NOTES.contains(t.lower)) || t.text.equals("-"))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A transcript label at {@code from} ("Q:", "Secretary Blinken:", "Minister of National Defence of the People's
     * Republic of China Li Shangfu (retranslated):"): the token after its colon, or -1. Text must follow the colon
     * on its line or on the next.
     */
    private int labelEnd(int from, int n) {
        if (!toks.get(from).capitalised()) {
            return -1;
        }
        for (int i = from; i < Math.min(n, from + MAX_LABEL); i++) {
            Token t = toks.get(i);
            if (i > from && t.newlinesBefore > 0) {
                return -1;
            }
            if (t.text.equals(":")) {
                return i > from && i + 1 < n ? i + 1 : -1;
            }
            if (t.text.equals("(")) {
                int close = i + 1;
                while (close < Math.min(n, i + 5) && LABEL_NOTES.contains(toks.get(close).lower)) {
                    close++;
                }
                if (close > i + 1 && close + 1 < n && toks.get(close).text.equals(")") && toks.get(close + 1).text.equals(":")) {
                    i = close;
                    continue;
                }
                int titled = inCapitals(from, i) ? bracketed(i, n, ")") : -1;
                if (titled > 0) {
                    // "ANDERS FOGH RASMUSSEN (Secretary General of NATO):", "… (President of Kazakhstan) [Interpretation]:"
                    int after = titled + 1 < n && toks.get(titled + 1).text.equals("[") ? bracketed(titled + 1, n, "]") : titled;
                    if (after > 0 && after + 1 < n && toks.get(after + 1).text.equals(":")) {
                        i = after;
                        continue;
                    }
                }
                return -1;
            }
            // ("Moon Jae-in:": a name's lower-case part after its hyphen)
            boolean afterHyphen = i > from && toks.get(i - 1).text.equals("-") && !t.spaceBefore;
            if (!(t.isWord() && (t.capitalised() || LABEL_WORDS.contains(t.lower) || afterHyphen) || t.text.equals("-") || t.lower.equals("'s"))) {
                return -1;
            }
        }
        return -1;
    }
}
