package org.diplograph.extract;

import static org.diplograph.extract.StatesAndPlaces.stateRef;
import static org.diplograph.extract.TitleReader.isCounterpartWord;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.diplograph.extract.PhraseIndex.Kind;
import org.diplograph.extract.PhraseIndex.Match;
import org.diplograph.extract.PhraseIndex.Ref;
import org.diplograph.extract.Sentence.Mention;
import org.diplograph.extract.Sentence.MentionKind;

/**
 * Finds the words that refer to people without naming them: a title alone ("SACEUR", "the Russian
 * Defense Minister"), "his Turkish counterpart", "he" and "her", "the two ministers" and "they". The
 * meetings resolve them to people.
 */
final class References {

    private static final Set<String> STATE_GROUP_NOUNS = Words.set("leaders", "ministers", "delegations", "delegation", "presidents",
            "heads", "chiefs", "foreign", "defence", "defense");
    /** Words of {@link #STATE_GROUP_NOUNS} that only qualify the noun after them. */
    private static final Set<String> FIELD_WORDS = Words.set("foreign", "defence", "defense");
    private static final Set<String> GROUP_NOUNS = Words.set("ministers", "generals", "officials", "leaders", "sides", "chiefs",
            "commanders", "men", "heads", "delegations", "counterparts", "presidents", "diplomats");
    /** Nouns after "the two" that are no people: "the two governments met earlier this week" tells no one's meeting. */
    private static final Set<String> STATES_NOT_PEOPLE = Words.set("governments", "countries", "nations", "states", "militaries",
            "armies", "navies", "economies", "capitals", "parliaments", "ministries", "agencies", "alliances", "organisations",
            "organizations");
    /** Whether a noun of {@link #STATES_NOT_PEOPLE} stands at {@code i}, not as a possessive ("the two countries' ministers"). */
    private boolean statesNotPeople(Sentence s, int i) {
        return i < s.to && STATES_NOT_PEOPLE.contains(toks.get(i).lower)
                && !(i + 1 < s.to && (toks.get(i + 1).text.equals("'") || toks.get(i + 1).text.equals("’")));
    }

    /** What follows "the three" or "the four" standing alone for people: "The three were later joined by Galvez". */
    private static final Set<String> BARE_GROUP_VERBS = Words.set("were", "had", "have", "met", "later", "then", "also", "held", "agreed");

    private final Gazetteer g;
    private final List<Token> toks;
    private final TitleReader titles;

    References(Article article, TitleReader titles) {
        this.g = article.g;
        this.toks = article.toks;
        this.titles = titles;
    }

    /** Whether a meeting noun follows within four words: "his first face-to-face meeting with", "their last meeting". */
    private boolean beforeMeetingNoun(Sentence s, int i) {
        for (int k = i + 1; k < Math.min(s.to, i + 8); k++) {
            String w = toks.get(k).lower;
            if (w.equals("meeting") || w.equals("talks") || w.equals("meetings") || w.equals("consultations") || w.equals("dialogue")
                    || w.equals("summit") || w.equals("encounter")) {
                return true;
            }
            if (toks.get(k).type == Token.Type.PUNCT && !w.equals("-") || s.covered(k)) {
                // "and his Russian counterpart Sergey Lavrov held talks": "his" is the title's, before a person
                return false;
            }
        }
        return false;
    }

    /**
     * "the EU leaders", "the Armenian and Azerbaijani leaders", "the leaders of Armenia and Azerbaijan", "the two
     * Australian ministers": the people of those states; adds the mention and returns the token after it, or {@code i}
     * when there is none.
     */
    private int statesGroup(Sentence s, int i) {
        if (!toks.get(i).is("the")) {
            return i;
        }
        List<String> scopes = new ArrayList<>(2);
        // "the two Australian ministers": a count before the states
        int from = i + 1 < s.to && (toks.get(i + 1).is("two") || toks.get(i + 1).is("three") || toks.get(i + 1).is("four")) ? i + 2 : i + 1;
        int k = stateList(s, from, scopes);
        int end;
        if (!scopes.isEmpty() && k < s.to && STATE_GROUP_NOUNS.contains(toks.get(k).lower)) {
            end = k + 1;
            if (FIELD_WORDS.contains(toks.get(k).lower)) {
                // "the US and Chinese defence ministers" is a group; "the Chinese Foreign Minister" is one title
                if (!(end < s.to && STATE_GROUP_NOUNS.contains(toks.get(end).lower) && !FIELD_WORDS.contains(toks.get(end).lower))) {
                    return i;
                }
                end++;
            }
        } else if (scopes.isEmpty() && k + 2 < s.to && STATE_GROUP_NOUNS.contains(toks.get(k).lower) && toks.get(k + 1).is("of")) {
            end = stateList(s, k + 2, scopes);
        } else {
            return i;
        }
        if (scopes.isEmpty()) {
            return i;
        }
        Mention mention = new Mention(MentionKind.STATES, i, end);
        mention.scopes = scopes;
        s.addCovering(mention);
        return end;
    }

    /**
     * Reads a list of states ("Turkish and Greek", "Turkey, Greece and Cyprus") from {@code k}, adding their keys to
     * {@code scopes}; capitals are not states here.
     *
     * @return the token after the list ({@code k} when there is none)
     */
    private int stateList(Sentence s, int k, List<String> scopes) {
        while (k < s.to && !s.covered(k)) {
            Match m = s.phraseAt(k);
            Ref r = stateRef(m);
            if (r != null && !m.has(Kind.CAPITAL)) {
                scopes.add(r.key());
                k = m.end();
            } else if (!scopes.isEmpty() && (toks.get(k).is("and") || toks.get(k).text.equals(","))) {
                k++;
            } else if (toks.get(k).is("the") && k + 1 < s.to && stateRef(s.phraseAt(k + 1)) != null) {
                // "the Presidents of Poland and the Czech Republic"
                k++;
            } else {
                break;
            }
        }
        return k;
    }

    /** "President-elect", "Prime Minister-designate": the title of an office not yet held. */
    static final Set<String> ELECT = Words.set("elect", "designate");

    /** Words that follow "her" the object, never "her" the possessive: prepositions, conjunctions, adverbs of time. */
    private static final Set<String> AFTER_OBJECT_HER = Words.set("at", "in", "on", "during", "for", "to", "with", "and", "when",
            "after", "before", "today", "yesterday", "last", "this", "earlier", "later", "again", "as", "while", "since", "from",
            "by", "there", "here", "twice", "once", "separately", "briefly", "shortly", "ahead", "over", "about", "or",
            // (no possessive stands before an article: "received her the following day")
            "the", "a", "an", "that", "these", "those", "back", "warmly");
    /** "Her Majesty Queen Margrethe", "Her Excellency": an honorific, no pronoun. */
    private static final Set<String> HONORIFIC_AFTER_HER = Words.set("majesty", "excellency", "royal", "highness", "serene");
    /** After "his", "her" or "their": the other one of a visit. */
    private static final Set<String> HOST_OR_GUEST = Words.set("guest", "visitor", "host");
    /** The words a pronoun, a speaker or a group of people is told by ("he", "we", "the two ministers", "they"). */
    private static final Set<String> PRONOUNS_AND_GROUPS = Words.set("he", "she", "him", "her", "his", "i", "me", "my", "we", "us",
            "you", "our", "your", "the", "two", "both", "three", "four", "they", "their");

    /** Titles news style writes in lower case after "the" for the person last named by them. */
    private static final Set<String> LOWERCASE_TITLES = Words.set("secretary", "minister", "president", "chancellor", "premier", "chairman",
            "prince", "king", "queen", "emir", "sultan");

    /** "the secretary held talks": not "the secretary of state", "the secretary-general", "the president's office". */
    private boolean lowercaseTitle(Sentence s, int i) {
        Token t = toks.get(i);
        if (t.capitalised() || !LOWERCASE_TITLES.contains(t.lower)) {
            return false;
        }
        Token next = i + 1 < s.to ? toks.get(i + 1) : null;
        return next == null || !(next.is("of") || next.is("-") || next.is("general"));
    }

    /** Where "the Turkish leader" starts when "leader" at {@code i} ends one (a country's word and "the" before it), else -1. */
    private int countryLeader(Sentence s, int i) {
        if (!toks.get(i).is("leader") || i - 2 < s.analysisFrom || s.covered(i - 1)) {
            return -1;
        }
        Match m = s.phraseAt(i - 1);
        Ref r = stateRef(m);
        int the = m == null ? -1 : m.start() - 1;
        return r != null && g.isCountry(r.key()) && m.end() == i && the >= s.analysisFrom && toks.get(the).is("the") ? the : -1;
    }

    /**
     * Where "the Russian minister" or "the Chinese general" starts when the noun at {@code i} ends one (a country's word and
     * "the" before it, no portfolio after it), else -1.
     */
    private int countryOfficer(Sentence s, int i) {
        if (!(toks.get(i).is("minister") || toks.get(i).is("general")) || i - 2 < s.analysisFrom || s.covered(i - 1) || s.covered(i)) {
            return -1;
        }
        Token next = i + 1 < s.to ? toks.get(i + 1) : null;
        if (next != null && (next.isAny("of", "for", "-", "and") || next.capitalised())) {
            // "the Russian minister of defence", "the Chinese General Staff": a title of its own
            return -1;
        }
        Match m = s.phraseAt(i - 1);
        Ref r = stateRef(m);
        int the = m == null ? -1 : m.start() - 1;
        return r != null && g.isCountry(r.key()) && m.end() == i && the >= s.analysisFrom && toks.get(the).is("the") ? the : -1;
    }

    /** Where a title after "the" ends: "the Deputy Secretary", "the Vice Admiral" take a second capitalised title word. */
    private int titleWordsEnd(Sentence s, int i) {
        int end = i + 1;
        while (toks.get(i).capitalised() && end < s.to && end < i + 3 && toks.get(end).capitalised()
                && g.titleWords.contains(toks.get(end).lower)) {
            end++;
        }
        return end;
    }

    /**
     * The person named right after a title's comma ("the Deputy Prime Minister and Minister of …, Ayman
     * Safadi"), reading on over further titles and capitalised words; null when no person's name follows so.
     */
    private Mention apposedName(Sentence s, int end) {
        int k = end;
        // ("the Adviser on Foreign Affairs, Sartaj Aziz": a portfolio's link, not a day's "on Monday")
        while (k < s.to && k - end < 14 && !toks.get(k).is(",") && !s.covered(k)
                && (toks.get(k).is("and") || toks.get(k).capitalised() || titles.titleish(s, k)
                    || toks.get(k).isAny("on", "for", "to") && k + 1 < s.to && toks.get(k + 1).capitalised()
                        && !NameRuns.FUNCTION.contains(toks.get(k + 1).lower))) {
            int comma = toks.get(k).is("of") ? commonNounAfterOf(s, k) : k;
            k = comma > k ? comma : k + 1;
        }
        if (k + 1 >= s.to || !toks.get(k).is(",")) {
            return null;
        }
        Mention named = personAt(s, k + 1);
        if (named == null && portfolioBefore(s, end)) {
            // "the Minister of Foreign Affairs, International Trade and Worship, Santiago Cafiero": the portfolio goes on
            // past its comma to the name
            int more = k + 1;
            while (more < s.to && more - k < 7 && (toks.get(more).capitalised() || toks.get(more).is("and")) && !s.covered(more)) {
                more++;
            }
            named = more > k + 1 && more + 1 < s.to && toks.get(more).is(",") ? personAt(s, more + 1) : null;
        }
        return named;
    }

    /** Whether "of" stands among the last words of a title ending at {@code end}: "Minister of Foreign Affairs". */
    private boolean portfolioBefore(Sentence s, int end) {
        for (int k = end - 1; k >= Math.max(s.analysisFrom, end - 4); k--) {
            if (toks.get(k).is("of")) {
                return true;
            }
        }
        return false;
    }

    /** The person mention starting at {@code k}, or null. */
    private static Mention personAt(Sentence s, int k) {
        for (Mention m : s.mentions) {
            if (m.kind == MentionKind.PERSON && m.start == k) {
                return m;
            }
        }
        return null;
    }

    /**
     * After "of" at {@code of}, "the" and one or two words in lower case ending at a comma ("the Governor of the province,
     * Gabi Burgstaller"): that comma; else {@code of}.
     */
    private int commonNounAfterOf(Sentence s, int of) {
        int k = of + 1 < s.to && toks.get(of + 1).is("the") ? of + 2 : of + 1;
        int words = 0;
        while (k < s.to && words < 2 && toks.get(k).isWord() && !toks.get(k).capitalised()) {
            k++;
            words++;
        }
        return words > 0 && k < s.to && toks.get(k).is(",") ? k : of;
    }

    /**
     * "The General", "the Admiral": an officer's rank alone after "the", written capitalised and followed by no name or
     * other capitalised word ("the General Assembly", "the Major League" are names).
     */
    private boolean rankAlone(Sentence s, int i, Match m) {
        return m.has(Kind.RANK) && i - 1 >= s.analysisFrom && toks.get(i - 1).is("the") && toks.get(i).capitalised()
                && !toks.get(m.end() - 1).text.endsWith(".") && PersonRegistry.military(toks.get(i).text)
                && !(m.end() < s.to && toks.get(m.end()).capitalised());
    }

    /** Adds a mention for each reference in the sentence outside the people already found. */
    void read(Sentence s) {
        readMentions(s);
        // "General Richard Shirreff (DSACEUR) met …", "Shirreff, NATO's Deputy Supreme Allied Commander Europe (DSACEUR), met":
        // a post in brackets names the one before it, not someone else
        s.mentions.removeIf(m -> m.kind == MentionKind.TITLE_REF && m.start - 1 >= s.analysisFrom && toks.get(m.start - 1).is("(")
                && m.end < s.to && toks.get(m.end).is(")"));
    }

    /**
     * Gives each "our president" the country of whoever says it: the transcript's speaker, else the publisher; drops the
     * reference when neither is known. Runs once the speakers are assigned.
     */
    static void placeOurTitles(Article article) {
        for (Sentence s : article.sentences) {
            for (Mention m : List.copyOf(s.mentions)) {
                if (!m.ours) {
                    continue;
                }
                String ours = s.speaker != null ? s.speaker.scopeOn(article.published) : article.header.publisherScope;
                if (ours != null && article.g.isCountry(ours)) {
                    m.title.scope = ours;
                } else if (!m.anaphoric) {
                    s.mentions.remove(m);
                }
            }
        }
    }

    /**
     * "Prime Minister began the day with a bilateral meeting with President Macron", in an Indian release: a title with no
     * article opening the sentence, before its verb, is the speaker's or the publisher's own holder of it (as "our Prime
     * Minister" is), else the one the article named by it.
     */
    private boolean bareSubject(Sentence s, int start, int end) {
        // ("Earlier in the day, Prime Minister held a bilateral meeting with President Biden": after an opening phrase too)
        boolean opens = start == s.analysisFrom || start - 1 > s.analysisFrom && toks.get(start - 1).is(",")
                && OPENERS.contains(toks.get(s.analysisFrom).lower) && s.mentions.stream().noneMatch(m -> m.start < start);
        return opens && !s.label && end < s.to && toks.get(end).isWord() && !toks.get(end).capitalised()
                && !toks.get(end).isAny("of", "for", "and", "to", "in");
    }

    /** Words that open a phrase before a sentence's subject: "Earlier in the day, …", "On Saturday, …". */
    private static final Set<String> OPENERS = Words.set("earlier", "later", "on", "in", "at", "during", "after", "following",
            "today", "yesterday", "subsequently", "thereafter", "then", "separately", "meanwhile", "besides");

    private void readMentions(Sentence s) {
        for (int i = s.analysisFrom; i < s.to; i++) {
            if (s.covered(i)) {
                continue;
            }
            Token t = toks.get(i);
            Match m = s.phraseAt(i);
            if (m != null && !m.has(Kind.TITLE) && rankAlone(s, i, m)) {
                // "the Admiral was also received by President Zelenskyy": the officer of that rank the article last named
                Mention mention = new Mention(MentionKind.TITLE_REF, i - 1, m.end());
                mention.title = TitleInfo.named(g.countryBodies, m.ref(Kind.RANK).key(), null);
                mention.title.rankOnly = true;
                mention.anaphoric = true;
                s.addCovering(mention);
                i = m.end() - 1;
                continue;
            }
            if (m != null && m.has(Kind.TITLE)) {
                int start = i;
                // (a title's phrase opens at its "the": "In Saudi Arabia the Defence Secretary was received" is no Saudi post)
                while (start - 1 >= s.analysisFrom && !s.covered(start - 1) && titles.titleish(s, start - 1)
                        && !toks.get(start - 1).is("of") && !toks.get(start - 1).is("for")
                        && !(toks.get(start - 1).is("the") && start - 2 >= s.analysisFrom && !toks.get(start - 2).text.equals("'s"))) {
                    start--;
                }
                while (start < i && toks.get(start).isAny("the", "-", "'s")) {
                    start++;
                }
                Match rank = s.phraseAt(start);
                while (start < i && rank != null && rank.has(Kind.RANK) && rank.end() <= i) {
                    // "His Majesty the King": the honorific names no office, "the King" is whoever was named so
                    start = rank.end();
                    while (start < i && toks.get(start).is("the")) {
                        start++;
                    }
                    rank = s.phraseAt(start);
                }
                int end = m.end();
                if (end + 1 < s.to && (toks.get(end).is("of") || toks.get(end).is("for"))) {
                    Match of = s.phraseAt(end + 1);
                    if (of == null && end + 2 < s.to && toks.get(end + 1).is("the")) {
                        of = s.phraseAt(end + 2);
                    }
                    if (of != null && (stateRef(of) != null || of.has(Kind.BODY) || of.has(Kind.BODY_PATTERN))) {
                        end = of.end();
                    }
                }
                if (end + 1 < s.to && toks.get(end).text.equals("-") && ELECT.contains(toks.get(end + 1).lower)) {
                    // "U.S. President-elect Donald J. Trump": the office to come, not its holder on the day
                    i = end + 1;
                    continue;
                }
                if (start - 1 >= s.analysisFrom && (toks.get(start - 1).is("a") || toks.get(start - 1).is("an"))) {
                    // "last met a Chinese defense minister in 2022": some holder of the title, not the one of the day
                    i = end - 1;
                    continue;
                }
                // "the Deputy Prime Minister and Minister of Foreign and Expatriates Affairs, Ayman Safadi": the titles of
                // the person named after them, not someone named before by one of them
                Mention apposed = apposedName(s, end);
                TitleInfo info = titles.titleInfo(s, start, end);
                if (info.scope == null && info.fixedBody == null && info.defaultScope != null && end - start == 1 && !s.label
                        && toks.get(start).allCaps() && toks.get(start).text.length() <= 5) {
                    // "EAM called on Prime Minister Pham Minh Chinh": a post's abbreviation alone, of the one country that has it
                    info = info.inScope(info.defaultScope);
                }
                if (info.fixedBody != null || info.scope != null) {
                    Mention mention = new Mention(MentionKind.TITLE_REF, start, end);
                    mention.title = info;
                    mention.apposed = apposed;
                    s.addCovering(mention);
                } else if (start - 1 >= s.analysisFrom && toks.get(start - 1).is("our")) {
                    // "I remember your meeting with our president in Astana", said by Kazakhstan's foreign minister: the
                    // speaker's country's president, as "the Kazakh president" would be (placed by placeOurTitles)
                    Mention mention = new Mention(MentionKind.TITLE_REF, start - 1, end);
                    mention.title = info;
                    mention.ours = true;
                    mention.apposed = apposed;
                    int our = start - 1;
                    s.mentions.removeIf(p -> p.kind == MentionKind.SPEAKER && p.start == our);
                    s.addCovering(mention);
                } else if (start - 1 >= s.analysisFrom && toks.get(start - 1).is("the") || bareSubject(s, start, end)) {
                    // "the Crown Prince", "the Foreign Secretary": whoever the article last named by that title
                    boolean bare = bareSubject(s, start, end);
                    Mention mention = new Mention(MentionKind.TITLE_REF, bare ? start : start - 1, end);
                    mention.title = info;
                    mention.anaphoric = true;
                    mention.ours = bare;
                    mention.apposed = apposed;
                    s.addCovering(mention);
                }
                i = end - 1;
                continue;
            }
            // ("the Assistant Secretary", "the Under Secretary": a junior post's word before the title word)
            int post = i;
            while (post + 1 < s.to && toks.get(post).capitalised() && (g.titleModifiers.contains(toks.get(post).lower) || toks.get(post).is("under"))
                    && !g.titleWords.contains(toks.get(post).lower)) {
                post++;
            }
            int titleEnd = (toks.get(post).capitalised() && g.titleWords.contains(toks.get(post).lower) || lowercaseTitle(s, i))
                    && i - 1 >= s.analysisFrom && toks.get(i - 1).is("the") ? titleWordsEnd(s, post) : -1;
            if (titleEnd > 0 && !(titleEnd < s.to && toks.get(titleEnd).capitalised())) {
                // "the Secretary", "the Minister", and in news style "the secretary": the last person of such a title
                // (unless named after it: "the Minister of Foreign and Expatriates Affairs, Ayman Safadi")
                Mention mention = new Mention(MentionKind.TITLE_REF, i - 1, titleEnd);
                mention.title = titles.titleInfo(s, i, titleEnd);
                mention.anaphoric = true;
                mention.apposed = apposedName(s, titleEnd);
                s.addCovering(mention);
                i = titleEnd - 1;
                continue;
            }
            int leader = countryLeader(s, i);
            if (leader >= 0) {
                // "the Turkish leader", "the North Korean leader": whoever heads that country
                Mention mention = new Mention(MentionKind.TITLE_REF, leader, i + 1);
                mention.title = TitleInfo.named(g.countryBodies, "leader", stateRef(s.phraseAt(i - 1)).key());
                s.addCovering(mention);
                continue;
            }
            int officer = countryOfficer(s, i);
            if (officer >= 0) {
                // "the Russian minister", "the Chinese general": the one of that country the article named by such a title or rank
                String scope = stateRef(s.phraseAt(i - 1)).key();
                Mention mention = new Mention(MentionKind.TITLE_REF, officer, i + 1);
                mention.title = TitleInfo.named(g.countryBodies, t.is("general") ? "General" : "minister", scope);
                mention.title.rankOnly = t.is("general");
                mention.anaphoric = true;
                s.addCovering(mention);
                continue;
            }
            if (isCounterpartWord(t.lower)) {
                // "his Turkish counterpart", "his Azerbaijani and Georgian counterparts", "counterparts from Japan"
                List<String> scopes = new ArrayList<>(2);
                int start = i;
                while (start - 1 >= s.analysisFrom && !s.covered(start - 1)) {
                    Token before = toks.get(start - 1);
                    Ref r = stateRef(s.phraseAt(start - 1));
                    if (r != null) {
                        scopes.add(0, r.key());
                        start = s.phraseAt(start - 1).start();
                    } else if (before.is("and") && !scopes.isEmpty() || before.text.equals(",") && !scopes.isEmpty()
                            || before.isAny("his", "her", "their", "the", "visiting")) {
                        start--;
                    } else {
                        break;
                    }
                }
                while (start < i && (toks.get(start).is("and") || toks.get(start).text.equals(","))) {
                    start++;
                }
                int end = i + 1;
                if (scopes.isEmpty() && i + 2 < s.to && (toks.get(i + 1).is("from") || toks.get(i + 1).is("of"))) {
                    Ref r = stateRef(s.phraseAt(i + 2));
                    if (r != null) {
                        scopes.add(r.key());
                        end = s.phraseAt(i + 2).end();
                    }
                }
                if (scopes.isEmpty()) {
                    // "his counterparts from the grouping, Iran's A, Kazakhstan's B": the list in apposition names them
                    end = Math.max(end, PersonMentions.counterpartsListed(s, toks, i));
                }
                Mention mention = new Mention(MentionKind.COUNTERPART, start, end);
                mention.scopes = scopes;
                // ("Modi and his Australian counterpart held talks": "his" was read as the possessor of the talks)
                int from = start;
                int word = i;
                s.mentions.removeIf(p -> p.kind == MentionKind.PRONOUN && p.start >= from && p.start < word);
                s.addCovering(mention);
                i = end - 1;
                continue;
            }
            if (HOST_OR_GUEST.contains(t.lower) && i - 1 >= s.analysisFrom && toks.get(i - 1).isAny("his", "her", "their")
                    && !s.covered(i - 1) && !(i + 1 < s.to && toks.get(i + 1).isWord() && !toks.get(i + 1).capitalised()
                        && !AFTER_OBJECT_HER.contains(toks.get(i + 1).lower))) {
                // "Putin and his guest last met in Sochi", "had received his visitor on Thursday"; not "his guest list"
                int possessive = i - 1;
                s.mentions.removeIf(p -> p.kind == MentionKind.PRONOUN && p.start == possessive);
                s.mentions.add(new Mention(MentionKind.HOST_OR_GUEST, i - 1, i + 1));
                continue;
            }
            if (!PRONOUNS_AND_GROUPS.contains(t.lower)) {
                // every test below starts from one of these words
                continue;
            }
            // ("her" before a lower-case word is a possessive, "her visit", unless the word opens a phrase of its own: "called
            // on her at the hotel", "met her in Delhi")
            if (t.is("he") || t.is("she") || t.is("him") || t.is("her") && !(i + 1 < s.to && toks.get(i + 1).isWord()
                    && (!toks.get(i + 1).capitalised() && !AFTER_OBJECT_HER.contains(toks.get(i + 1).lower)
                        || HONORIFIC_AFTER_HER.contains(toks.get(i + 1).lower)))) {
                s.mentions.add(new Mention(MentionKind.PRONOUN, i, i + 1));
                continue;
            }
            if ((t.is("his") || t.is("her")) && beforeMeetingNoun(s, i)) {
                // "for his first face-to-face meeting with Vladimir Putin"
                s.mentions.add(new Mention(MentionKind.PRONOUN, i, i + 1));
                continue;
            }
            if (t.is("i") || t.is("me") || t.is("my") || t.is("we") || t.is("us") && !t.text.equals("US") || t.is("you") || (t.is("our") || t.is("your")) && beforeMeetingNoun(s, i)) {
                s.mentions.add(new Mention(MentionKind.SPEAKER, i, i + 1));
                continue;
            }
            int states = statesGroup(s, i);
            if (states > i) {
                continue;
            }
            if ((t.is("two") || t.is("both") || t.is("three") || t.is("four")) && !statesNotPeople(s, i + 1)
                    && (i + 1 < s.to && GROUP_NOUNS.contains(toks.get(i + 1).lower)
                    || i > s.analysisFrom && toks.get(i - 1).is("the") && (t.is("two")
                        || !t.is("both") && i + 1 < s.to && BARE_GROUP_VERBS.contains(toks.get(i + 1).lower)))) {
                // "the two ministers", "both leaders", "the two met", "The three were later joined by Galvez"
                int start = i > s.analysisFrom && toks.get(i - 1).is("the") ? i - 1 : i;
                int end = i + 1 < s.to && GROUP_NOUNS.contains(toks.get(i + 1).lower) ? i + 2 : i + 1;
                s.mentions.add(new Mention(MentionKind.GROUP, start, end));
                i = end - 1;
                continue;
            }
            if (t.is("the") && i + 1 < s.to && toks.get(i + 1).is("pair")) {
                // "The pair last held formal talks in Geneva": two people
                s.mentions.add(new Mention(MentionKind.GROUP, i, i + 2));
                i++;
                continue;
            }
            if (t.is("the") && i == s.analysisFrom && i + 1 < s.to && (toks.get(i + 1).capitalised() || toks.get(i + 1).is("leaders"))
                    && GROUP_NOUNS.contains(toks.get(i + 1).lower)) {
                // "The Presidents held talks in narrow and expanded formats": the story's two presidents; "The leaders last
                // met in Warsaw": those the story told of last
                s.mentions.add(new Mention(MentionKind.GROUP, i, i + 2));
                i++;
                continue;
            }
            if (t.is("they") || t.is("their") && beforeMeetingNoun(s, i)) {
                s.mentions.add(new Mention(MentionKind.GROUP, i, i + 1));
            }
        }
    }
}

