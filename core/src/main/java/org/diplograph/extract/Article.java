package org.diplograph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What every reader of one article shares: the gazetteer, the text (header and dateline blanked
 * out) with its tokens, the publication date, the sentences and the people found so far.
 */
final class Article {

    /** Regions a state is said to be of, or its partners and members: "the only Asian member", "NATO's Indo-Pacific partners". */
    static final Set<String> REGIONS = Words.set("asian", "african", "european", "arab", "nordic", "baltic", "latin",
            "american", "gulf", "pacific", "indo", "balkan", "caucasian", "muslim", "eastern", "western", "northern", "southern",
            "central");

    final Gazetteer g;
    final String text;
    /** What the top of the article says: page date, place, publisher, headline. */
    final ArticleHeader header;
    final List<Token> toks;
    /** The publication date, or {@code null} when neither the caller nor the article tells it. */
    final LocalDate published;
    final List<Sentence> sentences = new ArrayList<>();
    /** The speakers of a transcript, in order: whom "our meeting" means. */
    java.util.Set<Person> speakers = java.util.Set.of();
    /** The article's people, in the order they were first met. */
    final List<Person> persons = new ArrayList<>();

    Article(Gazetteer g, ArticleHeader header) {
        this.g = g;
        this.header = header;
        this.text = header.text;
        this.toks = Token.tokenize(text);
        this.published = header.published;
        dropParenthesisedGivenNames();
    }

    /** The words after a comma that open another clause: "…, and Lipavsky visited Brno". */
    private static final Set<String> CLAUSE_LINKS = Words.set("and", "but", "while", "whereas");

    /**
     * Whether another clause opens at token {@code k}: a ";", or a comma before "and", "but", "while" or "whereas".
     *
     * @param k  the token
     * @param to the end of its sentence
     */
    boolean clauseOpensAt(int k, int to) {
        return toks.get(k).is(";") || toks.get(k).is(",") && k + 1 < to && CLAUSE_LINKS.contains(toks.get(k + 1).lower);
    }

    /** @return whether the sentence is (in) the headline */
    boolean inHeadline(Sentence s) {
        return toks.get(s.from).start < header.headlineEnd;
    }

    /**
     * "Lord (Tariq) Ahmad": a given name in brackets between an honorific and a family name is read as part of
     * the name; the brackets leave the tokens (the text, and so the evidence, keeps them).
     */
    private void dropParenthesisedGivenNames() {
        for (int i = toks.size() - 4; i >= 1; i--) {
            if (toks.get(i).text.equals("(") && toks.get(i + 2).text.equals(")") && toks.get(i + 1).capitalised()
                    && !toks.get(i + 1).allCaps() && toks.get(i + 3).capitalised()) {
                PhraseIndex.Match rank = g.index.match(toks, i - 1, i);
                if (rank != null && rank.has(PhraseIndex.Kind.RANK)) {
                    toks.remove(i + 2);
                    toks.remove(i);
                }
            }
        }
    }

    /**
     * Whether the tokens from {@code from} to {@code to} only qualify a noun: lowercase words and regions ("Z's closest
     * partners", "NATO's eastern flank members", "NATO's Indo-Pacific partners").
     */
    boolean qualifiers(int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = toks.get(k);
            boolean hyphen = t.text.equals("-") && !t.spaceBefore;
            if (!hyphen && (!t.isWord() || t.capitalised() && !REGIONS.contains(t.lower))) {
                return false;
            }
        }
        return true;
    }

    /** The text between two tokens: from the end of the one before {@code fromToken} to the start of {@code toToken}. */
    String between(int fromToken, int toToken) {
        if (toToken <= fromToken) {
            return "";
        }
        return text.substring(toks.get(fromToken - 1).end, toks.get(toToken).start);
    }

    /** The organisation the article names most often (the G7 and G20, summits of their members, aside); or null. */
    String storyOrganisation() {
        java.util.Map<String, Integer> named = new java.util.HashMap<>();
        String most = null;
        for (Sentence s : sentences) {
            for (Sentence.State st : s.states) {
                if (st.alliance() && !Gazetteer.SUMMIT_GROUPS.contains(st.code())) {
                    int n = named.merge(st.code(), 1, Integer::sum);
                    most = most == null || n > named.get(most) ? st.code() : most;
                }
            }
        }
        return most;
    }

    /**
     * The country other than {@code we} that "our two countries" pairs it with: the one of someone the sentence names, else
     * the one whose people the article has named most up to it (as the text or the dated roles say); or null.
     */
    String otherCountry(Sentence s, String we) {
        for (Sentence.Mention m : s.mentions) {
            String scope = m.person == null ? null : m.person.scopeOn(published);
            if (scope != null && !scope.equals(we) && g.isCountry(scope)) {
                return scope;
            }
        }
        java.util.Map<String, Integer> named = new java.util.HashMap<>();
        String most = null;
        for (Person p : persons) {
            String scope = p.scopeOn(published);
            int times = p.timesSeenBefore((s.index + 1) * 1000);
            if (scope != null && !scope.equals(we) && g.isCountry(scope) && times > 0) {
                int sum = named.merge(scope, times, Integer::sum);
                most = most == null || sum > named.get(most) ? scope : most;
            }
        }
        return most;
    }

    /**
     * The countries of the two people last named who serve different ones, or null: as the text says, or also as the
     * dated roles say ({@code knownRoles}; a partnership wants the text's word, a membership of "both countries" does not).
     */
    String[] lastTwoCountries(Sentence s, boolean knownRoles) {
        // where each was last named up to this sentence: a second pass over the article must not see later names
        int firstSeen = -1;
        String firstScope = null;
        int secondSeen = -1;
        String secondScope = null;
        for (Person p : persons) {
            String scope = knownRoles ? p.scopeOn(published) : p.scope;
            int seen = p.seenBefore((s.index + 1) * 1000);
            if (scope == null || !g.isCountry(scope) || seen < 0) {
                continue;
            }
            if (seen > firstSeen) {
                if (firstScope != null && !firstScope.equals(scope)) {
                    secondSeen = firstSeen;
                    secondScope = firstScope;
                }
                firstSeen = seen;
                firstScope = scope;
            } else if (seen > secondSeen && !scope.equals(firstScope)) {
                secondSeen = seen;
                secondScope = scope;
            }
        }
        return firstScope != null && secondScope != null && !firstScope.equals(secondScope)
                ? new String[] {firstScope, secondScope} : null;
    }
}
