package org.diplograph.extract;

import java.util.List;

/**
 * Cuts an article's tokens into sentences: after a full stop, question or exclamation mark followed
 * by a space or a quote, and at a line break after a paragraph, a punctuation mark other than a comma,
 * a short line, or before a transcript label; a sentence that begins with a label ("LAVROV:") is
 * analysed from after it.
 */
final class SentenceSplitter {

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
                        || t.end - lineStart < 60 || speakerLabelEnd(i + 1, n) > 0;
            }
            if (endHere || i == n - 1) {
                if (i + 1 > start) {
                    addSentence(start, i + 1);
                }
                start = i + 1;
            }
        }
    }

    private void addSentence(int from, int to) {
        List<Sentence> sentences = article.sentences;
        String sentenceText = text.substring(toks.get(from).start, toks.get(to - 1).end);
        Sentence s = new Sentence(sentences.size(), from, to, sentenceText);
        int label = speakerLabelEnd(from, to);
        if (label > 0 && toks.get(from).newlinesBefore > 0 || label > 0 && from == 0) {
            s.analysisFrom = label;
        }
        sentences.add(s);
    }

    /** A transcript label ("LAVROV:", "Q:", "Secretary Blinken:"): the token after the colon, or -1. */
    private int speakerLabelEnd(int from, int to) {
        for (int i = from; i < Math.min(to, from + 5); i++) {
            Token t = toks.get(i);
            if (t.text.equals(":")) {
                return i > from && i + 1 < to ? i + 1 : -1;
            }
            if (!t.isWord() || !t.capitalised()) {
                return -1;
            }
        }
        return -1;
    }
}
