package org.diplograph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What every reader of one article shares: the gazetteer, the text (header and dateline blanked
 * out) with its tokens, the publication date, the sentences and the people found so far.
 */
final class Article {

    final Gazetteer g;
    final String text;
    final List<Token> toks;
    /** The publication date, or {@code null} when neither the caller nor the article tells it. */
    final LocalDate published;
    final List<Sentence> sentences = new ArrayList<>();
    /** The article's people, in the order they were first met. */
    final List<Person> persons = new ArrayList<>();

    Article(Gazetteer g, String text, LocalDate published) {
        this.g = g;
        this.text = text;
        this.toks = Token.tokenize(text);
        this.published = published;
    }

    /** The text between two tokens: from the end of the one before {@code fromToken} to the start of {@code toToken}. */
    String between(int fromToken, int toToken) {
        if (toToken <= fromToken) {
            return "";
        }
        return text.substring(toks.get(fromToken - 1).end, toks.get(toToken).start);
    }
}
