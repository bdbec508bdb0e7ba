package org.diplograph.extract;

import static org.diplograph.extract.NameRuns.FUNCTION;
import static org.diplograph.extract.StatesAndPlaces.stateRef;

import java.util.List;
import java.util.Set;
import org.diplograph.extract.PhraseIndex.Kind;
import org.diplograph.extract.PhraseIndex.Match;

/**
 * Reads the title that follows a name: in apposition (", minister of national defense for Turkey,", ", his North
 * Korean counterpart,"), in a relative clause (", who led the Alliance", ", who was Japan's defense minister at the
 * time"), or after "and" at the end of a long apposition.
 */
final class TitlesAfterName {


    private final Gazetteer g;
    private final String text;
    private final List<Token> toks;
    private final NameRuns names;
    private final TitleReader reader;
    private final Article article;

    TitlesAfterName(Article article, NameRuns names, TitleReader reader) {
        this.article = article;
        this.g = article.g;
        this.text = article.text;
        this.toks = article.toks;
        this.names = names;
        this.reader = reader;
    }

    /** Verbs that open a clause after a name and its comma, not a title in apposition. */
    private static final Set<String> CLAUSE_VERBS = Words.set("met", "said", "told", "held", "welcomes", "meets", "says", "holds");
    /** Verbs right after a title that make it a clause's subject: "…, the Prime Minister said". */
    static final Set<String> SUBJECT_VERBS = Words.set("said", "says", "told", "added", "stressed", "noted", "warned",
            "announced", "urged", "met", "held", "welcomed", "thanked", "praised", "spoke", "discussed", "underscored",
            "underlined", "emphasized", "emphasised", "reaffirmed", "expressed", "highlighted", "raised", "reiterated", "conveyed",
            "briefed", "agreed", "pressed", "outlined", "explained", "affirmed", "commended", "congratulated", "offered",
            "pledged", "signed", "visited", "received", "hosted", "attended", "encouraged", "recognized", "recognised");
    /**
     * Auxiliaries right after a title that make it a clause's subject: "Secretary Blinken, Japan's foreign minister had
     * been expected to join you" (a name called out, then a clause).
     */
    private static final Set<String> AUXILIARIES = Words.set("had", "has", "have", "was", "is", "were", "are", "will", "would",
            "could", "can", "did", "does", "should", "may", "might");
    /** Adverbs between a subject and its verb: "SACEUR also held talks". */
    static final Set<String> ADVERBS = Words.set("also", "then", "later", "subsequently", "separately", "first");
    /** Verbs of a relative clause that say whom a person heads: "Jens Stoltenberg, who led the Alliance for ten years". */
    private static final Set<String> HEADING_VERBS = Words.set("led", "leads", "heads", "headed", "runs", "ran", "chairs", "chaired");

    /**
     * ", who led the Alliance", ", who was then in charge of the Department of National Defense": the body or state a
     * relative clause right after a name says he heads or headed, as a role; null when the clause says none.
     */
    TitleInfo headOf(Sentence s, int end, int[] appEnd) {
        if (end + 3 >= s.to || !toks.get(end).text.equals(",") || !toks.get(end + 1).is("who")) {
            return null;
        }
        int i = end + 2;
        int copula = i;
        if (toks.get(i).is("was") || toks.get(i).is("is") || toks.get(i).is("has")) {
            i += toks.get(i).is("has") && i + 1 < s.to && toks.get(i + 1).is("been") ? 2 : 1;
        }
        if (i < s.to && (toks.get(i).is("then") || toks.get(i).is("now") || toks.get(i).is("formerly"))) {
            i++;
        }
        int verb = i;
        if (i + 2 < s.to && toks.get(i).is("in") && toks.get(i + 1).is("charge") && toks.get(i + 2).is("of")) {
            i += 3;
        } else if (i < s.to && HEADING_VERBS.contains(toks.get(i).lower)) {
            i++;
        } else if (i > copula && (toks.get(copula).is("was") || toks.get(copula).is("is"))) {
            // ", who was Japan's defense minister at the time": a title after the verb, as in apposition
            return titleFrom(s, i, appEnd);
        } else {
            return null;
        }
        // "the Alliance" may be one phrase, "the Department of …" a phrase after "the"
        int head = i < s.to && toks.get(i).is("the") && s.phraseAt(i) == null ? i + 1 : i;
        Match m = head < s.to ? s.phraseAt(head) : null;
        if (m != null && m.has(Kind.DEMONYM) && m.end() < s.to && s.phraseAt(m.end()) != null) {
            // "the Philippine Department of National Defense"
            m = s.phraseAt(m.end());
        }
        if (m == null || m.start() > head + 1 || !(m.has(Kind.BODY) || m.has(Kind.BODY_PATTERN) || m.has(Kind.COUNTRY) || m.has(Kind.ALLIANCE))) {
            return bodyOfState(s, verb, head, appEnd);
        }
        if (m.has(Kind.ALLIANCE) && toks.get(verb).lower.startsWith("chair")) {
            // "Kishida, who chairs the G7 this year": a group of states' chair rotates among its members' leaders
            return null;
        }
        TitleInfo t = reader.titleInfo(s, i, m.end());
        t.text = Words.singleSpaced(text.substring(toks.get(verb).start, toks.get(m.end() - 1).end));
        appEnd[0] = Math.max(appEnd[0], m.end());
        return t;
    }

    /**
     * ", who heads the Standing Committee of North Korea's Supreme People's Assembly": a body the gazetteer does not
     * know, named in capitals, of a state named inside it; the state is the official's.
     */
    private TitleInfo bodyOfState(Sentence s, int verb, int head, int[] appEnd) {
        int end = head;
        boolean state = false;
        while (end < s.to && (toks.get(end).capitalised() || toks.get(end).is("of") || toks.get(end).is("'s") || toks.get(end).is("the"))) {
            Match m = s.phraseAt(end);
            state |= m != null && StatesAndPlaces.stateRef(m) != null && !m.has(Kind.CAPITAL) && !m.has(Kind.CITY);
            end = m != null ? m.end() : end + 1;
        }
        if (!state || end == head || !toks.get(head).capitalised()) {
            return null;
        }
        TitleInfo t = reader.titleInfo(s, head, end);
        t.text = Words.singleSpaced(text.substring(toks.get(verb).start, toks.get(end - 1).end));
        appEnd[0] = Math.max(appEnd[0], end);
        return t;
    }

    /** ", minister of national defense for Turkey," after a name. */
    TitleInfo appositive(Sentence s, int end, int[] appEnd) {
        if (end >= s.to || !toks.get(end).text.equals(",")) {
            return null;
        }
        int i = end + 1;
        if (i < s.to && (toks.get(i).is("and") || toks.get(i).is("or"))) {
            return null;
        }
        int before = appEnd[0];
        TitleInfo t = titleFrom(s, i, appEnd);
        int post = i < s.to && (toks.get(i).is("a") || toks.get(i).is("the")) ? i + 1 : i;
        if (t == null && post + 1 < s.to && toks.get(post).isWord() && toks.get(post + 1).is("of")) {
            // a post the gazetteer does not know, then one it does: "Member of the Political Bureau … and Minister of …"
            t = titleAfterAnd(s, i, appEnd);
        }
        int next = appEnd[0] < s.to && ADVERBS.contains(toks.get(appEnd[0]).lower) ? appEnd[0] + 1 : appEnd[0];
        if (t != null && next < s.to && (SUBJECT_VERBS.contains(toks.get(next).lower) || AUXILIARIES.contains(toks.get(next).lower))) {
            // "Speaking alongside Jens Stoltenberg, the Prime Minister said": the next clause's subject, not his title
            // ("Accompanied by the Ambassador, Gautam Rana, SACEUR also held separate talks": SACEUR's)
            appEnd[0] = before;
            return null;
        }
        if (t != null && next + 1 < s.to && toks.get(next).is("and") && toks.get(next + 1).capitalised()
                && NameRuns.PORTFOLIO_WORDS.contains(toks.get(next + 1).lower)) {
            // "Robert M. Gates, Minister of Foreign Affairs and Trade Yu Myung-hwan and …": the post goes on into the next
            // name's, whose title it is
            appEnd[0] = before;
            return null;
        }
        if (t != null && portfolioThenName(s, next)) {
            // "Viktor Makhmudov, Minister of Justice Ruslanbek Davlatov, and …": the post's portfolio runs on into the next
            // name, whose title it is
            appEnd[0] = before;
            return null;
        }
        if (t != null && next < s.to && article.inHeadline(s) && toks.get(next).isWord() && !toks.get(next).capitalised()) {
            // "Putin, Iraqi premier hold first talks": in a headline, two subjects of the verb, not a name and his title
            appEnd[0] = before;
            return null;
        }
        return t;
    }

    /** Whether "of" or "for", a portfolio in capitals and then a name stand at {@code k}: "of Justice Ruslanbek Davlatov". */
    private boolean portfolioThenName(Sentence s, int k) {
        if (k + 2 >= s.to || !toks.get(k).isAny("of", "for") || !toks.get(k + 1).capitalised()) {
            return false;
        }
        int end = k + 1;
        while (end < s.to && (toks.get(end).capitalised() && NameRuns.PORTFOLIO_WORDS.contains(toks.get(end).lower)
                || toks.get(end).isAny("and", "the", ","))) {
            end++;
        }
        Match rank = end < s.to ? s.phraseAt(end) : null;
        if (rank != null && rank.has(Kind.RANK)) {
            // "of Tourism, Arts and Culture Dato' Sri Tiong King Sing"
            end = rank.end();
        }
        // (a name of two words at least, or after a rank: "Export Promotion, Small Business" is more of the portfolio)
        return end > k + 1 && end + 1 < s.to && !toks.get(end - 1).is(",") && toks.get(end).capitalised()
                && (s.phraseAt(end) == null || rank != null) && names.nameLike(s, end)
                && (rank != null || toks.get(end + 1).spaceBefore && (toks.get(end + 1).capitalised() || NameRuns.PARTICLES.contains(toks.get(end + 1).lower)));
    }

    /** The title in apposition that starts at {@code i}, or null. */
    private TitleInfo titleFrom(Sentence s, int i, int[] appEnd) {
        // "Angela Merkel, then German chancellor,"
        int lead = i < s.to && (toks.get(i).is("then") || toks.get(i).is("now") || toks.get(i).is("formerly")) ? i + 1 : i;
        if (lead + 1 < s.to && (toks.get(lead).is("his") || toks.get(lead).is("her")) && hasCounterpartWord(s, lead + 1)) {
            // "Kang Sun Nam, his North Korean counterpart,"
            lead++;
        }
        int stop = lead;
        while (stop < s.to && stop - lead < 14) {
            Token t = toks.get(stop);
            Match m = s.phraseAt(stop);
            if (m != null) {
                if (m.has(Kind.CAPITAL) && !m.has(Kind.COUNTRY)) {
                    break;
                }
                stop = m.end();
                continue;
            }
            if (names.nameLike(s, stop) || t.type == Token.Type.PUNCT && !Set.of("-", "'s").contains(t.text)) {
                break;
            }
            if (FUNCTION.contains(t.lower) && !t.isAny("the", "a", "an", "and") || SUBJECT_VERBS.contains(t.lower)) {
                // "With Foreign Minister França, the Secretary discussed …": a verb ends the words a title may take
                break;
            }
            stop++;
        }
        // end the title at its last title word, body or "of <country>"
        int last = -1;
        for (int k = lead; k < stop; k++) {
            Match m = s.phraseAt(k);
            if (g.titleWords.contains(toks.get(k).lower) || TitleReader.isCounterpartWord(toks.get(k).lower) || m != null && (m.has(Kind.TITLE) || m.has(Kind.BODY)
                    || m.has(Kind.BODY_PATTERN) || (m.has(Kind.COUNTRY) || m.has(Kind.ALLIANCE)) && k > lead
                    && (toks.get(k - 1).is("of") || toks.get(k - 1).is("for") || toks.get(k - 1).is("the")))) {
                last = m != null ? m.end() - 1 : k;
                k = last;
            }
        }
        if (last < 0) {
            return null;
        }
        stop = last + 1;
        int covered = countrysBody(s, stop);
        // ("Shirreff, NATO's Deputy Supreme Allied Commander Europe (DSACEUR), …": the post's acronym in brackets after it)
        boolean acronymAfter = stop + 2 < s.to && toks.get(stop).is("(") && toks.get(stop + 2).is(")") && toks.get(stop + 1).allCaps();
        if (covered < 0 && stop < s.to && !Set.of(",", ".", ";", ")").contains(toks.get(stop).text) && !acronymAfter
                && (toks.get(stop).capitalised() || toks.get(stop).type != Token.Type.WORD)) {
            return null;
        }
        Token head = toks.get(lead);
        if (FUNCTION.contains(head.lower) && !head.isAny("the", "a", "an")) {
            return null;
        }
        int first = lead;
        while (first < stop && toks.get(first).isAny("the", "a", "an")) {
            first++;
        }
        if (first >= stop || !reader.hasTitleHead(s, first, stop)) {
            return null;
        }
        // the head must come early: "Akar, minister of …", "Akar, Turkey's defense minister"; a verb before it makes a
        // clause, not a title ("Shri Rajnath Singh, welcomed the U.S. Secretary of State")
        boolean earlyHead = false;
        for (int k = first; k < Math.min(stop, first + 5); k++) {
            Match m = s.phraseAt(k);
            if (g.titleWords.contains(toks.get(k).lower) || TitleReader.isCounterpartWord(toks.get(k).lower) || g.titleModifiers.contains(toks.get(k).lower)
                    || m != null && m.has(Kind.TITLE)) {
                earlyHead = true;
                break;
            }
            if (m == null && !toks.get(k).capitalised() && (toks.get(k).lower.endsWith("ed") || CLAUSE_VERBS.contains(toks.get(k).lower))) {
                return null;
            }
        }
        if (!earlyHead) {
            return null;
        }
        TitleInfo t = reader.titleInfo(s, first, stop);
        if (t.bodySlug == null && t.fixedBody == null) {
            TitleInfo second = titleAfterAnd(s, stop, appEnd);
            if (second != null) {
                return second;
            }
        }
        appEnd[0] = Math.max(stop, covered);
        return t;
    }

    /**
     * "chief of the Joint Staff Department of China's Central Military Commission,", "… of China's People's Liberation Army,":
     * after a title ending in a country,
     * "'s" and a capitalised name of a body up to the comma belong to the title; where they end, or -1.
     */
    private int countrysBody(Sentence s, int stop) {
        if (stop + 1 >= s.to || !toks.get(stop).text.equals("'s") || stateRef(s.phraseAt(stop - 1)) == null) {
            return -1;
        }
        for (int k = stop + 1; k < s.to && k < stop + 7; k++) {
            Token t = toks.get(k);
            if (Set.of(",", ".", ";", ")").contains(t.text)) {
                return k > stop + 1 ? k : -1;
            }
            if (!t.capitalised() && !t.is("of") && !t.is("and") && !t.text.equals("'s")) {
                // "of China's People's Liberation Army,": a possessive inside the body's name too
                return -1;
            }
        }
        return -1;
    }

    /**
     * "Wang Yi, Member of the Political Bureau of the Central Committee of the Communist Party of China and Minister of
     * Foreign Affairs": a title naming a body after "and", further on in the same apposition, in the country the
     * stretch before it names; null when there is none before the next punctuation.
     */
    private TitleInfo titleAfterAnd(Sentence s, int from, int[] appEnd) {
        String scope = null;
        for (int k = from; k + 1 < s.to && k < from + 20; k++) {
            Token t = toks.get(k);
            if (t.type == Token.Type.PUNCT && !Set.of("-", "'s").contains(t.text)) {
                return null;
            }
            if (k > from && names.nameLike(s, k) && names.nameLike(s, k + 1)) {
                // "Mtumuke, Minister of Energy Max Tonela and Deputy Minister of …": past another man's name, the title
                // after "and" is his
                return null;
            }
            Match m = s.phraseAt(k);
            if (scope == null && m != null && stateRef(m) != null && !m.has(Kind.CAPITAL)) {
                scope = stateRef(m).key();
            }
            // "… and Minister of Foreign Affairs", "… and a vice chairman of China's parliament"
            int head = k + 2 < s.to && (toks.get(k + 1).is("a") || toks.get(k + 1).is("the")) ? k + 2 : k + 1;
            Match next = s.phraseAt(head);
            if (t.is("and") && (next != null && next.has(Kind.TITLE) || g.titleWords.contains(toks.get(head).lower)
                    || g.titleModifiers.contains(toks.get(head).lower))) {
                int[] end = {k + 1};
                TitleInfo second = titleFrom(s, k + 1, end);
                if (second == null || second.bodySlug == null && second.fixedBody == null) {
                    return null;
                }
                if (second.scope == null) {
                    second.scope = scope;
                }
                appEnd[0] = end[0];
                return second;
            }
        }
        return null;
    }

    /** Whether "counterpart" or "colleague" follows within a few words, before any punctuation. */
    private boolean hasCounterpartWord(Sentence s, int from) {
        for (int k = from; k < Math.min(s.to, from + 4) && toks.get(k).isWord(); k++) {
            if (TitleReader.isCounterpartWord(toks.get(k).lower)) {
                return true;
            }
        }
        return false;
    }
}
