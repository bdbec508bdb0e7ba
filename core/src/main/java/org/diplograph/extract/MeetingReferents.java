package org.diplograph.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.diplograph.extract.Sentence.Mention;
import org.diplograph.extract.Sentence.MentionKind;
import org.diplograph.model.PartialDate;

/**
 * Whom each mention of a meeting's participants means — a pronoun, "the Secretary", "his Turkish counterpart",
 * "they", "the two leaders", "the EU leaders", a transcript's "I", "you" and "we" — from what the story has told
 * so far: the last subject, the last pair named together, the last meeting's people.
 */
final class MeetingReferents {

    /** Plural nouns after "the two" that any official is: they single out no title. */
    private static final Set<String> GENERIC_TITLES = Words.set("leader", "official", "head", "chief", "representative", "delegate");
    /** Fields of office a plural title may name, each with its other spelling. */
    private static final Map<String, String> FIELDS = Map.of("defense", "defence", "defence", "defense", "foreign", "foreign",
            "finance", "finance", "trade", "trade", "interior", "interior");
    /** First words of two-word titles in the plural: "the two Prime Ministers", "the two vice presidents". */
    private static final Set<String> TITLE_FIRST_WORDS = Words.set("prime", "vice", "deputy");

    private final Article article;
    private final List<Token> toks;
    private final List<Person> persons;
    private final PersonRegistry registry;
    /** The first person of the last sentence that named one: whom "he" means if no one is named before it in its sentence. */
    private Person lastSubject;
    /** The first subject of the last meeting recorded, whom "he also met" goes on with. */
    private Person lastMeetingSubject;
    private int subjectSentence = -1;
    /** Whom the sentence's first "he" means, and that sentence: fixed before its own meetings change the last subject. */
    private Person sentenceHe;
    private int sentenceHeSentence = -1;
    /** The people of the last sentence that named two or more in one breath, and where: "they" before any meeting. */
    private List<Person> lastPair = List.of();
    private int lastPairSentence = -1;
    /** The people of the last sentence that named three or more, in order, and that sentence: "the four leaders". */
    private List<Person> lastNamed = List.of();
    private int lastNamedSentence = -1;
    /** The one person a sentence named, and that sentence: "The most spectacular encounters were with Donald Trump." */
    private Person namedAlone;
    private int namedAloneSentence = -1;
    /** The last meeting's people, its subjects and its objects, and its sentence: "they", "the two". */
    private Set<Person> lastAll = Set.of();
    /** The people of the story's first meeting: "the three leaders" of a summit's declaration, after meetings recalled. */
    private Set<Person> firstMeeting = Set.of();
    private Set<Person> lastSubjects = Set.of();
    private Set<Person> lastObjects = Set.of();
    private int lastMeetingSentence = -1;
    /** The people of the meetings told in the last sentences, none two sentences apart or more: "the four ministers". */
    private final Set<Person> recent = new LinkedHashSet<>();
    private int recentSentence = -1;
    /** The story's first meeting of two: "the two leaders" after a larger meeting. */
    private Set<Person> firstTwo;

    MeetingReferents(Article article, PersonRegistry registry) {
        this.article = article;
        this.toks = article.toks;
        this.persons = article.persons;
        this.registry = registry;
    }

    /**
     * Adds the people a mention means.
     *
     * @param into     where to add them
     * @param s        the sentence
     * @param m        the mention
     * @param on       the meeting's date, for title holders
     * @param subjects the meeting's subjects so far (whom "him" cannot mean), or null for a subject
     * @param withObjects whether the meeting names objects (then "they" are the last meeting's subjects)
     * @return how much confidence the reading costs
     */
    double resolve(Set<Person> into, Sentence s, Mention m, PartialDate on, Set<Person> subjects, boolean withObjects) {
        int at = s.index * 1000 + m.start;
        switch (m.kind) {
            case PERSON -> {
                into.add(m.person);
                return m.person.confirmed ? 0 : 0.1;
            }
            case PRONOUN -> {
                boolean object = subjects != null && (toks.get(m.start).is("him") || toks.get(m.start).is("her"));
                Person p = object ? objectPronoun(s, m, at, subjects) : subjectPronoun(s, m);
                if (p != null) {
                    into.add(p);
                }
                return 0.1;
            }
            case SPEAKER -> {
                if (subjects != null && toks.get(m.start).isAny("we", "i")) {
                    // "received us and we paid tribute": a subject of its own clause, never an object ("received the Secretary,
                    // and I took part in those discussions": that clause puts the speaker at the talks)
                    if (toks.get(m.start).is("i") && s.speaker != null && MeetingParticipants.tookPartInIt(toks, s, m.end)) {
                        into.add(s.speaker);
                    }
                    return 0;
                }
                if (toks.get(m.start).is("us") && s.speaker != null && subjects != null
                        && !(m.start - 1 >= s.analysisFrom && toks.get(m.start - 1).isAny("joined", "join"))) {
                    // "where Governor Poltavchenko received us", in the guest's words: the speaker's side, not his host's ("A and
                    // B joined us": those at the meeting the speaker told)
                    into.add(s.speaker);
                } else if (toks.get(m.start).is("we") && s.speaker != null && m.start - 1 >= s.analysisFrom
                        && toks.get(m.start - 1).isAny("when", "after") && toldBefore(s, m.start) != null) {
                    // "As I told President Saakashvili when we met on Monday", "I raised it with Prime Minister Medvedev when we
                    // met in Rio": the speaker and the one he just named, not the transcript's other speaker
                    into.add(s.speaker);
                    into.add(toldBefore(s, m.start));
                } else if (toks.get(m.start).is("our") || toks.get(m.start).is("we") || toks.get(m.start).is("us")) {
                    into.addAll(article.speakers);
                    if (article.speakers.size() == 1 && firstTwo != null && firstTwo.containsAll(article.speakers)) {
                        // Putin's opening remarks alone on a Kremlin page, "Our last meeting was in Sochi": he and his guest
                        into.addAll(firstTwo);
                    }
                } else if (toks.get(m.start).is("you") || toks.get(m.start).is("your")) {
                    // "you have had a discussion with Mr Lavrov today": whom the speaker addresses, the transcript's others
                    for (Person p : article.speakers) {
                        if (s.speaker != null && p != s.speaker) {
                            into.add(p);
                        }
                    }
                } else if (s.speaker != null) {
                    into.add(s.speaker);
                }
                return 0.1;
            }
            case COUNTERPART -> {
                for (String scope : m.scopes) {
                    Person found = null;
                    for (Person p : persons) {
                        if (scope.equals(p.scopeOn(article.published)) && p.confirmed) {
                            found = p;
                            break;
                        }
                    }
                    found = found != null ? found : counterpartOnTheDay(s, m, scope, on);
                    if (found != null) {
                        into.add(found);
                    }
                }
                return m.scopes.isEmpty() ? 0 : 0.15;
            }
            case TITLE_REF -> {
                if (m.apposed != null && m.apposed.person != null) {
                    // "the Deputy Prime Minister, Ayman Safadi": the person named after the comma
                    into.add(m.apposed.person);
                    return 0.15;
                }
                if (m.anaphoric && s.speaker != null && !article.toks.get(m.end - 1).capitalised()) {
                    // "the president" in a speaker's turn is often his own, or another the transcript never names
                    return 0.15;
                }
                Person own = m.anaphoric ? publishersHead(at, m.title) : null;
                if (own == null && m.ours && m.title.scope == null) {
                    // "Prime Minister recalled …" on a page whose country nothing tells: the holder it named first, its own
                    own = firstTitled(at, m.title);
                }
                Person p = own != null ? own : m.anaphoric ? lastTitled(at, m.title) : registry.byTitle(m.title, on);
                if (p == null && m.title.scope != null) {
                    // the one person of that country named before: "the Iranian minister" of a story whose one Iranian is
                    // "Brigadier General Hossein Dehghan"; "The Colombian head of state landed" after "the presidents of
                    // Venezuela, Maduro, and Colombia, Petro", when no post he holds says otherwise
                    Person only = onlyOneOf(at, m.title.scope);
                    p = only != null && (m.anaphoric || m.title.text != null && (only.roles.isEmpty()
                            || holdsTitle(only, Words.letterSet(m.title.text))
                            || only.roles.stream().anyMatch(r -> sameTitle(m.title, r.title())))) ? only : null;
                }
                if (p == null && m.anaphoric && m.title.scope == null && !m.title.rankOnly && article.header.publisherScope != null) {
                    // "The Prime Minister spoke to President Macron", from Downing Street: Britain's, on the day
                    p = registry.byTitle(m.title.inScope(article.header.publisherScope), on);
                }
                if (p != null) {
                    into.add(p);
                }
                return 0.15;
            }
            case GROUP -> {
                into.addAll(group(s, m, subjects == null && withObjects, subjects == null && !withObjects));
                return 0.15;
            }
            case HOST_OR_GUEST -> {
                // "Putin and his guest", "the President met his guest at the airport"; not "his host, General B", who is named
                if (!namedAfter(s, m)) {
                    addOtherOfFirstTwo(into, subjects);
                }
                return 0.15;
            }
            case STATES -> {
                into.addAll(ofStates(at, m.scopes, groupTitle(m), on));
                return 0.15;
            }
            default -> {
                return 0;
            }
        }
    }

    /** The one person other than the speaker named in the sentence before {@code at}, the last so; or null. */
    private Person toldBefore(Sentence s, int at) {
        Person told = null;
        for (Mention m : s.mentions) {
            if (m.end <= at && m.kind == MentionKind.PERSON && m.person != null && m.person != s.speaker) {
                told = m.person;
            }
        }
        return told;
    }

    /**
     * Adds the other one of the story's first meeting of two, when the one whose guest or host is meant (among the
     * meeting's subjects, or the people read so far) was at it.
     */
    private void addOtherOfFirstTwo(Set<Person> into, Set<Person> subjects) {
        Set<Person> known = subjects != null ? subjects : into;
        if (firstTwo != null && firstTwo.stream().filter(known::contains).count() == 1) {
            firstTwo.stream().filter(p -> !known.contains(p)).forEach(into::add);
        }
    }

    /** Whether a person is named right after the mention: "his host, General Dikovic", "his guest President B". */
    private boolean namedAfter(Sentence s, Mention m) {
        int next = m.end < s.to && toks.get(m.end).is(",") ? m.end + 1 : m.end;
        return s.mentions.stream().anyMatch(o -> o.kind == Sentence.MentionKind.PERSON && o.start == next);
    }

    /**
     * "President Duda and his Czech counterpart met": in a story that names no one of that country, the holder there, on the
     * day, of the title of the person named just before (the dated roles know him); or null.
     */
    private Person counterpartOnTheDay(Sentence s, Mention m, String scope, PartialDate on) {
        Person of = null;
        for (Mention other : s.mentions) {
            if (other.kind == MentionKind.PERSON && other.end <= m.start) {
                of = other.person;
            }
        }
        if (of == null || of.roles.isEmpty() || of.roles.get(0).title().text == null) {
            return null;
        }
        Person holder = registry.byTitle(of.roles.get(0).title().inScope(scope), on);
        return holder != null && holder != of && scope.equals(holder.scopeOn(article.published)) ? holder : null;
    }

    /** "Austin …, and he pointed to Baker's trip, where she and Chan co-chaired": a "she" after a "he" (or the reverse) is another. */
    private boolean otherGenderBefore(Sentence s, Mention m) {
        String other = toks.get(m.start).is("he") ? "she" : "he";
        for (int k = s.analysisFrom; k < m.start; k++) {
            if (toks.get(k).is(other) || toks.get(k).is(other.equals("he") ? "his" : "her")) {
                return true;
            }
        }
        return false;
    }

    /** A time or place that opens a sentence before its subject: "On 8 August 2024, ", "In Luanda, ", "Earlier that day, ". */
    private static final java.util.regex.Pattern OPENING = java.util.regex.Pattern.compile(
            "(On|In|At|During|After|Before|Earlier|Later|Last|That|This|Next|Then)\\b[^,;]{0,40},\\s*"
            // ("In May 2010, near the end of his second term, Lula …": a second phrase in lower case)
            + "([a-z][^,;]{0,40},\\s*)?(the\\s+)?");

    /** Whether a mention is the sentence's subject at its start, or right after an opening time or place. */
    private boolean opensSentence(Sentence s, Mention m) {
        if (m.start <= s.analysisFrom + 1) {
            return true;
        }
        for (Mention other : s.mentions) {
            if (other.start < m.start && other.kind != MentionKind.PRONOUN) {
                return false;
            }
        }
        return OPENING.matcher(article.text.substring(toks.get(s.analysisFrom).start, toks.get(m.start).start)).matches();
    }

    /** Words that open a clause: a person named right after one, and followed by a verb, is that clause's subject. */
    private static final Set<String> CLAUSE_OPENERS = Words.set("when", "as", "after", "before", "while", "since", "until", "once",
            "because", "and", "but", ",", "where");

    /** He, his: the last person named (or titled: "the Secretary's stops") before it in its sentence, else the last subject. */
    private Person subjectPronoun(Sentence s, Mention m) {
        Person beforeColon = afterColonPhrase(s, m);
        if (beforeColon != null) {
            // "Lavrov was in Minsk: after a one-on-one conversation with Makei, he was received by Lukashenko": the one the
            // sentence opened with
            return beforeColon;
        }
        if (afterOpeningPhrase(s, m) && lastSubject != null) {
            // "In a meeting with the Minister for Investment, Geoffrey Mwambe, he explored …": whom the phrase names is
            // its preposition's object; "he" goes on with the story's subject
            return lastSubject;
        }
        if (m.start - 1 > s.analysisFrom && toks.get(m.start - 1).is("whom")) {
            // "held talks with Hishammuddin, whom he had first met in June": he is the one who held them, not whom
            Mention first = s.mentions.get(0);
            if (first.kind == MentionKind.PERSON && first.end < m.start - 2) {
                return first.person;
            }
        }
        Person parallel = parallelClauseSubject(s, m);
        if (parallel != null) {
            // "… continued in Tokyo, where Hagel held talks with Onodera, and in Beijing, where he met with Chang": the subject
            // of the clause it repeats, not the last man named
            return parallel;
        }
        Person clauseSubject = andHeSubject(s, m);
        if (clauseSubject != null) {
            return clauseSubject;
        }
        Person traveller = whenOfHisVisit(s, m);
        if (traveller != null) {
            return traveller;
        }
        Person p = null;
        for (Mention other : s.mentions) {
            if (other.kind == MentionKind.PRONOUN && other == s.mentions.get(0) && other.end <= m.start
                    && (toks.get(other.start).is("he") || toks.get(other.start).is("she")) && toks.get(m.start).is(toks.get(other.start).lower)) {
                // "He flew to Beijing to meet Xi, and in the spring he crossed the border for talks with Moon", "On Monday he
                // flew to Congo, where Sassou Nguesso received him and where he also held talks with Gakosso": the same he
                return sentenceHe(s);
            }
            if ((other.kind == MentionKind.PERSON || other.kind == MentionKind.TITLE_REF) && opensSentence(s, other)
                    && other.end <= m.start && toks.get(m.start).isAny("he", "she", "his") && m.start > other.end + 3
                    && !otherGenderBefore(s, m)) {
                Mention apposed = apposedToPossessor(s, other);
                if (apposed != null && apposed.end <= m.start) {
                    // "The Federal Chancellor's predecessor, Angela Merkel, last travelled to South Africa in February 2020,
                    // when she held talks with Ramaphosa": the one apposed, not the possessor
                    return apposed.person;
                }
                // "Austin spoke with Dong Jun, the first time since he met Wei Fenghe", "the Federal Chancellor flew on to
                // Warsaw, where he was received": "he" of a later clause is the sentence's subject, not the last man named
                // (or the subject of a clause joined since: "A made a visit to Tunis, and B chose Algiers …, when he was received")
                // ("Pompeo briefed the Foreign Minister on his talks with Kim": his own)
                Person joined = joinedClauseSubject(s, other, m);
                if (joined != null) {
                    return joined;
                }
                if (other.kind == MentionKind.PERSON) {
                    return other.person;
                }
                Set<Person> titled = new LinkedHashSet<>();
                resolve(titled, s, other, null, null, false);
                if (!titled.isEmpty()) {
                    return titled.iterator().next();
                }
            }
            if (other.end <= m.start && other.kind == MentionKind.PERSON) {
                p = other.person;
            } else if (other.end <= m.start && other.kind == MentionKind.TITLE_REF) {
                Set<Person> titled = new LinkedHashSet<>();
                resolve(titled, s, other, null, null, false);
                p = titled.isEmpty() ? p : titled.iterator().next();
            }
        }
        if (p == null && lastMeetingSubject != null && m.end < s.to && toks.get(m.end).is("also")) {
            // "Biden sat down with el-Sissi. … el-Sissi raised food security. He also met Sheikh Mohammed": "also" goes on
            // with the last meeting's subject, not with the last man named
            return lastMeetingSubject;
        }
        return p != null ? p : lastSubject;
    }

    /**
     * The person right after an earlier "where" or "when" of the sentence, for a "he" or "she" after the same word, when no
     * pronoun comes between; or null.
     */
    private Person parallelClauseSubject(Sentence s, Mention m) {
        if (!toks.get(m.start).isAny("he", "she") || m.start - 1 <= s.analysisFrom || !toks.get(m.start - 1).isAny("where", "when")) {
            return null;
        }
        String word = toks.get(m.start - 1).lower;
        Person found = null;
        for (Mention other : s.mentions) {
            if (other.end <= m.start && other.kind == MentionKind.PERSON && other.start - 1 >= s.analysisFrom
                    && toks.get(other.start - 1).is(word)) {
                found = other.person;
            } else if (other.end <= m.start && other.kind == MentionKind.PRONOUN && other != m) {
                // ("where Johnston welcomed him and where he then held talks": he is whom the clause welcomed)
                found = null;
            }
        }
        return found;
    }

    /** Prepositions that open a phrase before a sentence's subject: "In a meeting with …, he", "After talks with …, she". */
    private static final Set<String> OPENING_PREPOSITIONS = Words.set("in", "at", "during", "after", "following", "before");

    /** A "he" or "she" right after the comma that ends a phrase opening the sentence with a preposition, no verb before. */
    private boolean afterOpeningPhrase(Sentence s, Mention m) {
        if (!(toks.get(m.start).is("he") || toks.get(m.start).is("she")) || m.start - 2 < s.analysisFrom
                || !OPENING_PREPOSITIONS.contains(toks.get(s.analysisFrom).lower)) {
            return false;
        }
        // ("After talks with President Serzh Sargsyan he thanked …": no comma, the phrase's last name right before him)
        if (!toks.get(m.start - 1).is(",") && s.mentions.stream().noneMatch(o -> o.end == m.start && o.kind == MentionKind.PERSON)) {
            return false;
        }
        for (Mention other : s.mentions) {
            if (other.end <= m.start && other.kind == MentionKind.PRONOUN) {
                return false;
            }
        }
        for (int k = s.analysisFrom; k < m.start; k++) {
            if (toks.get(k).is(";") || MeetingTriggers.JOURNEYS.contains(toks.get(k).lower) || toks.get(k).isAny("said", "met", "held")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The person opening a sentence whose clause after a colon opens with a prepositional phrase, then ", he": "A was in
     * Minsk: after talks with B, he was received by C"; or null.
     */
    private Person afterColonPhrase(Sentence s, Mention m) {
        if (!toks.get(m.start).isAny("he", "she") || m.start - 2 < s.analysisFrom || !toks.get(m.start - 1).is(",")
                || s.mentions.isEmpty() || s.mentions.get(0).kind != MentionKind.PERSON) {
            return null;
        }
        for (int k = m.start - 2; k > s.mentions.get(0).end; k--) {
            if (toks.get(k).is(":")) {
                return k + 1 < m.start && OPENING_PREPOSITIONS.contains(toks.get(k + 1).lower) ? s.mentions.get(0).person : null;
            }
        }
        return null;
    }

    /**
     * "… when Erdogan hosted Israeli President Isaac Herzog in Ankara, and he met Yair Lapid": a "he" opening a clause
     * joined by "and" goes on with the last clause's subject (a person named after a clause opener and followed by a
     * verb), not with the last man named, who was that clause's object. Null when no such subject stands before it.
     */
    private Person andHeSubject(Sentence s, Mention m) {
        if (!(toks.get(m.start).is("he") || toks.get(m.start).is("she")) || m.start - 2 < s.analysisFrom
                || !(toks.get(m.start - 1).is("and") || toks.get(m.start - 1).is("but")) || !toks.get(m.start - 2).text.equals(",")) {
            return null;
        }
        Person subject = null;
        Mention lastPerson = null;
        for (Mention other : s.mentions) {
            if (other.end > m.start) {
                break;
            }
            if (other.kind != MentionKind.PERSON || other.end >= s.to) {
                continue;
            }
            lastPerson = other;
            Token next = toks.get(other.end);
            boolean opened = other.start == s.analysisFrom || CLAUSE_OPENERS.contains(toks.get(other.start - 1).lower);
            if (opened && next.isWord() && !next.capitalised() && next.lower.endsWith("ed")) {
                subject = other.person;
            }
        }
        return subject != null && lastPerson != null && lastPerson.person != subject ? subject : null;
    }

    /** A journey's nouns, after a possessive: "Xi's state visit", "Hagel's trip". */
    private static final Set<String> JOURNEY_NOUNS = Words.set("visit", "trip", "tour", "journey", "stop", "stay");

    /**
     * "…, the first visit since Xi's state visit in October 2019, when he was received by President Bhandari": the "he"
     * of a "when" clause after a possessor's journey is the one who made it; null otherwise.
     */
    private Person whenOfHisVisit(Sentence s, Mention m) {
        if (!(toks.get(m.start).is("he") || toks.get(m.start).is("she")) || m.start - 2 < s.analysisFrom
                || !toks.get(m.start - 1).is("when") || !toks.get(m.start - 2).text.equals(",")) {
            return null;
        }
        Person found = null;
        for (Mention other : s.mentions) {
            int k = other.end;
            if (other.kind != MentionKind.PERSON || k >= m.start - 2 || m.start - 2 - k > 10
                    || !(toks.get(k).is("'s") || toks.get(k).is("’s"))) {
                continue;
            }
            for (int j = k + 1; j < Math.min(k + 4, m.start - 2); j++) {
                if (JOURNEY_NOUNS.contains(toks.get(j).lower)) {
                    found = other.person;
                    break;
                }
            }
        }
        return found;
    }

    /** Past tenses that do not end in "-ed": what may follow a clause's subject. */
    private static final Set<String> IRREGULAR_PASTS = Words.set("chose", "made", "went", "came", "flew", "took", "paid", "gave",
            "saw", "met", "held", "became", "began", "left", "spoke", "told", "sent", "brought", "led", "won");

    /** The subject of a clause joined by ", and" or ", but" between a sentence's subject and a pronoun; null when none. */
    private Person joinedClauseSubject(Sentence s, Mention opener, Mention pronoun) {
        Person out = null;
        for (Mention other : s.mentions) {
            if (other.start <= opener.end || other.end >= pronoun.start || other.kind != MentionKind.PERSON
                    || other.start - 2 < s.analysisFrom) {
                continue;
            }
            Token next = toks.get(other.end);
            boolean joined = (toks.get(other.start - 1).is("and") || toks.get(other.start - 1).is("but"))
                    && toks.get(other.start - 2).text.equals(",");
            if (joined && next.isWord() && !next.capitalised() && (next.lower.endsWith("ed") || IRREGULAR_PASTS.contains(next.lower))) {
                out = other.person;
            }
        }
        return out;
    }

    /**
     * Him, her, after the meeting's subjects: "On Monday he flew to Congo, where Denis Sassou Nguesso received him" means
     * whom the sentence's own "he" means, when he is none of the subjects; else the last person named besides them.
     */
    private Person objectPronoun(Sentence s, Mention m, int at, Set<Person> subjects) {
        Person found = objectPronounUncached(s, m, at, subjects);
        if (found != null) {
            objectPronouns.put(at, found);
        }
        return found;
    }

    /** The last sentence whose first person was "he" or "she", or the story's subject named at its start. */
    private int heSentence = -2;

    /** The people the object pronouns read so far stood for, by position (sentence × 1000 + token). */
    private final java.util.Map<Integer, Person> objectPronouns = new java.util.HashMap<>();

    /** Him: the person named last before it who is not the meeting's subject. */
    private Person objectPronounUncached(Sentence s, Mention m, int at, Set<Person> subjects) {
        for (Mention other : s.mentions) {
            if (other.start >= m.start) {
                break;
            }
            Person before = other.kind == MentionKind.PRONOUN && toks.get(other.start).lower.equals(toks.get(m.start).lower)
                    ? objectPronouns.get(s.index * 1000 + other.start) : null;
            if (before != null && !subjects.contains(before)) {
                // "Moncada met him at the airport, and President Ortega hosted him at a welcome ceremony": the same "him"
                return before;
            }
        }
        Person main = mainSubjectOutsideRelative(s, m, subjects);
        if (main != null) {
            // "Lavrov … held talks with Demeke Mekonnen, …, who had already met him on his arrival": the main clause's subject
            return main;
        }
        String subjectForm = toks.get(m.start).is("him") ? "he" : "she";
        for (Mention other : s.mentions) {
            if (other.end > m.start || other.kind != MentionKind.PRONOUN) {
                break;
            }
            if (toks.get(other.start).is(subjectForm)) {
                Person he = subjectPronoun(s, other);
                if (he != null && !subjects.contains(he)) {
                    return he;
                }
                break;
            }
        }
        Mention lastBefore = null;
        for (Mention other : s.mentions) {
            if (other.end > m.start) {
                break;
            }
            lastBefore = other.kind == MentionKind.PERSON && subjects.contains(other.person) ? lastBefore : other;
        }
        if (lastBefore != null && lastBefore.kind == MentionKind.TITLE_REF) {
            // "Al-Sisi received the secretary at the Ministry and afterward hosted him": the one titled just before
            Set<Person> titled = new LinkedHashSet<>();
            resolve(titled, s, lastBefore, null, null, false);
            titled.removeAll(subjects);
            if (titled.size() == 1) {
                return titled.iterator().next();
            }
        }
        if (heSentence == s.index - 1 && lastSubject != null && !subjects.contains(lastSubject) && noOtherBefore(s, m, subjects)) {
            // "… he was received by President Phuc in Hanoi. Three months later Prime Minister Chinh received him": the "he"
            // the story follows, not the last man named
            return lastSubject;
        }
        Person last = lastNamedBesides(at, subjects);
        Person foreign = last == null || !compatriot(last, subjects) ? null : foreignerBefore(s, m, subjects);
        // "Kikwete was received by Obama …, and Secretary Clinton held talks with him": whom she met is the foreigner the
        // sentence named, not her compatriot named last
        return foreign != null ? foreign : last;
    }

    /** Whether a person is of the country of every one of the meeting's subjects (each of them known). */
    private boolean compatriot(Person p, Set<Person> subjects) {
        String scope = p.scopeOn(article.published);
        return scope != null && !subjects.isEmpty() && subjects.stream().allMatch(o -> scope.equals(o.scopeOn(article.published)));
    }

    /** The one person named in the sentence before {@code m} who is of no subject's country; null if none or several. */
    private Person foreignerBefore(Sentence s, Mention m, Set<Person> subjects) {
        Person found = null;
        for (Mention other : s.mentions) {
            if (other.start >= m.start) {
                break;
            }
            if (other.kind == MentionKind.PERSON && other.person != null && !subjects.contains(other.person)) {
                String scope = other.person.scopeOn(article.published);
                if (scope != null && subjects.stream().noneMatch(o -> scope.equals(o.scopeOn(article.published)))) {
                    if (found != null && found != other.person) {
                        return null;
                    }
                    found = other.person;
                }
            }
        }
        return found;
    }

    /** Whether no one but the meeting's subjects is named or titled before {@code m} in its sentence. */
    private boolean noOtherBefore(Sentence s, Mention m, Set<Person> subjects) {
        for (Mention other : s.mentions) {
            if (other.start >= m.start) {
                break;
            }
            if (other.kind == MentionKind.PERSON && !subjects.contains(other.person)) {
                return false;
            }
            if (other.kind == MentionKind.TITLE_REF) {
                // (the article's own holder of the title, without reaching for the gazetteer's: nobody new is created here)
                Person titled = other.anaphoric ? lastTitled(s.index * 1000 + other.start, other.title)
                        : other.title == null ? null : registry.namedByTitle(other.title, null);
                if (titled == null || !subjects.contains(titled)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** In a clause opened by ", who", the sentence's first person when he is not of the relative clause's subjects; or null. */
    private Person mainSubjectOutsideRelative(Sentence s, Mention m, Set<Person> subjects) {
        int who = -1;
        for (int k = m.start - 1; k > s.analysisFrom && who < 0; k--) {
            if (toks.get(k).is(".") || toks.get(k).is(";")) {
                return null;
            }
            who = (toks.get(k).is("who") || toks.get(k).is("whom")) && toks.get(k - 1).is(",") ? k : -1;
        }
        if (who < 0) {
            return null;
        }
        for (Mention first : s.mentions) {
            if (first.start >= who) {
                return null;
            }
            if (first.kind == MentionKind.PERSON && first.person != null) {
                return subjects.contains(first.person) ? null : first.person;
            }
        }
        return null;
    }

    private Person lastNamedBesides(int at, Set<Person> subjects) {
        Person best = null;
        int bestAt = -1;
        for (Person p : persons) {
            int seen = p.seenBefore(at);
            if (seen > bestAt && !subjects.contains(p)) {
                best = p;
                bestAt = seen;
            }
        }
        return best;
    }

    /** The first person named before {@code at} who holds the title; or null. */
    private Person firstTitled(int at, TitleInfo title) {
        Set<String> words = Words.letterSet(title.text);
        words.remove("the");
        Person first = null;
        for (Person p : persons) {
            int seen = p.seenBefore(at);
            if (seen >= 0 && holdsTitle(p, words) && (first == null || p.seenAt.get(0) < first.seenAt.get(0))) {
                first = p;
            }
        }
        return first;
    }

    /**
     * "the Secretary", "the Crown Prince": of the people named before it with a title of those words, the one
     * named most often (the readout's Secretary, not a secretary named once), the last named on a tie.
     */
    private Person lastTitled(int at, TitleInfo title) {
        Set<String> words = Words.letterSet(title.text);
        words.remove("the");
        Person best = null;
        int bestCount = 0;
        int bestAt = -1;
        for (Person p : persons) {
            int seen = p.seenBefore(at);
            if (seen < 0 || !(title.rankOnly ? holdsRank(p, words) : holdsTitle(p, words))) {
                continue;
            }
            String scope = title.scope == null ? null : p.scopeOn(article.published);
            if (scope != null && !scope.equals(title.scope)) {
                // "the Russian minister" is no Armenian minister
                continue;
            }
            int count = p.timesSeenBefore(at);
            if (count > bestCount || count == bestCount && seen > bestAt) {
                best = p;
                bestCount = count;
                bestAt = seen;
            }
        }
        return best;
    }

    /**
     * "The Prime Minister" or "the Secretary General", bare, in a release about its own: he, not another's named last ("He then
     * met Prime Minister Scott Morrison of Australia. … The Prime Minister also held talks with …", from Downing Street); or
     * null.
     */
    private Person publishersHead(int at, TitleInfo title) {
        String own = article.header.publisherScope;
        Set<String> words = Words.letterSet(title.text);
        words.remove("the");
        // ("the Secretary General" on a NATO page: the Alliance's own, not the UN's named since)
        boolean officer = words.contains("secretary") && words.contains("general");
        if (title.scope != null || title.rankOnly || !headTitle(words) && !officer) {
            return null;
        }
        // only the release's own protagonist: its first person, or one its "From:" line names ("the President" in a defense
        // secretary's readout from Kyiv is Ukraine's)
        Person first = null;
        for (Person p : persons) {
            first = !p.seenAt.isEmpty() && (first == null || p.seenAt.get(0) < first.seenAt.get(0)) ? p : first;
        }
        for (Person p : persons) {
            boolean protagonist = p == first || article.header.fromLineNames(p.name);
            // (a person whose country is not read yet may be the publisher's)
            String scope = p.scopeOn(article.published);
            if (protagonist && p.seenBefore(at) >= 0 && (own == null || scope == null || own.equals(scope)) && holdsTitle(p, words)) {
                return p;
            }
        }
        return null;
    }

    /** Whether two titles are one post by the gazetteer's aliases: "head of state" and "President". */
    private boolean sameTitle(TitleInfo a, TitleInfo b) {
        Object doc = a.key == null ? null : article.g.titlesByAlias.get(a.key);
        return doc != null && doc == (b.key == null ? null : article.g.titlesByAlias.get(b.key));
    }

    /** The one person of a country named before {@code at}, or null when none or several are. */
    private Person onlyOneOf(int at, String scope) {
        Person only = null;
        for (Person p : persons) {
            if (p.seenBefore(at) >= 0 && scope.equals(p.scopeOn(article.published))) {
                if (only != null) {
                    return null;
                }
                only = p;
            }
        }
        return only;
    }

    private boolean holdsTitle(Person p, Set<String> words) {
        // "The Secretary" is not a Deputy Secretary's: a junior rank's word the reference lacks makes another post
        return anyTitle(p, title -> title.containsAll(words) && JUNIOR.stream().noneMatch(j -> title.contains(j) && !words.contains(j)));
    }

    /** "The General" is a Lieutenant General too, and a "Gen." */
    private static boolean holdsRank(Person p, Set<String> words) {
        if (p.rank == null) {
            return false;
        }
        Set<String> rank = new java.util.HashSet<>();
        for (String w : Words.letterRuns(p.rank.toLowerCase(java.util.Locale.ROOT))) {
            rank.add(RANK_ABBREVIATIONS.getOrDefault(w, w));
        }
        return rank.containsAll(words);
    }

    private static final java.util.Map<String, String> RANK_ABBREVIATIONS = java.util.Map.of("gen", "general", "adm", "admiral",
            "lt", "lieutenant", "maj", "major", "col", "colonel", "brig", "brigadier", "capt", "captain");

    /**
     * Words that make a title a junior post of the one without them, or another post: "Deputy Secretary", "Under
     * Secretary", "Press Secretary", "Permanent Secretary".
     */
    private static final Set<String> JUNIOR = Words.set("deputy", "vice", "under", "assistant", "acting", "press", "permanent",
            "executive");

    /** Whether a title the story gives him, or the one the dated roles know him by on the day, has words that pass. */
    private boolean anyTitle(Person p, Predicate<Set<String>> test) {
        for (Person.Role r : p.roles) {
            if (r.title().text != null && test.test(Words.letterSet(r.title().text))) {
                return true;
            }
        }
        KnownPeople.Role known = p.known == null ? null : p.known.roleOn(article.published);
        return known != null && known.title() != null && test.test(Words.letterSet(known.title()));
    }

    /**
     * They, the two ministers: the last meeting's people (its subjects, when "they" meet others), unless a
     * sentence since named two people in one breath; "the two" prefers the two of the last meeting's people
     * that were met.
     */
    private Set<Person> group(Sentence s, Mention m, boolean subjectsOnly, boolean alone) {
        if (m.end - m.start == 1 && (toks.get(m.start).is("their") || toks.get(m.start).is("they"))) {
            for (Mention subject : s.mentions) {
                if (subject.kind == MentionKind.GROUP && subject.start == s.analysisFrom && subject.end - subject.start >= 2
                        && subject.end <= m.start && s.mentions.stream().noneMatch(o -> o.start >= subject.end && o.end <= m.start
                                && o.kind != MentionKind.GROUP)) {
                    // "The Presidents recalled with appreciation their meeting in Mar del Plata", "The two Prime Ministers
                    // recalled that they first met at the G7 Summit": the sentence's subject (not
                    // "The Ministers saw the format which Modi and Trump agreed at their meeting": the people named between)
                    return group(s, subject, subjectsOnly, alone);
                }
            }
        }
        Person withHisSide = withHisSide(s, m);
        if (withHisSide != null) {
            // "General Scaparrotti and his delegation went to the Ministry, where they were received by …": he (and his side)
            return Set.of(withHisSide);
        }
        int count = toks.get(m.start).is("three") || m.start + 1 < m.end && toks.get(m.start + 1).is("three") ? 3
                : toks.get(m.start).is("four") || m.start + 1 < m.end && toks.get(m.start + 1).is("four") ? 4 : 0;
        if (count > 0) {
            return counted(s, m, count, subjectsOnly);
        }
        Set<Person> after = namedAfterOpening(s, m);
        if (!after.isEmpty()) {
            return after;
        }
        // "the two presidents", "the pair", and "The Presidents" opening a sentence of a story that names two
        boolean two = toks.get(m.start).is("the") && m.end - m.start >= 2 && (toks.get(m.start + 1).is("two") || toks.get(m.start + 1).is("pair")
                || toks.get(m.start + 1).capitalised()) || toks.get(m.start).is("two") || toks.get(m.start).is("both");
        Set<Person> told = groupTold(s, m, subjectsOnly, two);
        if (alone && oneState(told)) {
            // "Their first in-person meeting was held in Hiroshima" read as the Polish president and prime minister: a
            // meeting of one state's officials is no story's "they"; the last meeting's people if they are not so too
            told = oneState(lastAll) ? Set.of() : lastAll;
        }
        // ("the two Heads of State held a tête-à-tête" after the guest was welcomed by two ministers: the heads)
        if (two && toks.get(m.end - 1).isAny("leaders", "heads") && (told.stream().noneMatch(this::heads) || told.size() != 2
                || told.stream().anyMatch(p -> !heads(p) && anyTitle(p, w -> !w.isEmpty())))) {
            // "The two leaders held their first formal talks" after the foreign ministers' visits, "Both leaders recalled"
            // after the guest met three hosts, "The two leaders last met" after the prime minister met the foreign
            // minister: the story's two heads of state or government, when it names two most (a readout's ministers are
            // "leaders" only when no head is named)
            Set<Person> heads = headsNamedMost(s.index * 1000 + m.start, 2);
            if (!heads.isEmpty()) {
                return heads;
            }
        }
        if (two && toks.get(m.end - 1).is("ministers") && told.stream().anyMatch(this::heads)) {
            // "The two ministers last met on June 2", after the presidents' summit the readout mentions: the story's two
            // ministers or secretaries, named most
            Set<Person> ministers = namedMost(s.index * 1000 + m.start, 2,
                    p -> !heads(p) && anyTitle(p, w -> w.contains("minister") || w.contains("secretary")));
            if (!ministers.isEmpty()) {
                return ministers;
            }
        }
        return told;
    }

    /**
     * "At their summit meeting in Singapore on November 14, Prime Minister Abe and President Putin agreed": the people the
     * sentence names together right after its opening phrase; none otherwise.
     */
    private Set<Person> namedAfterOpening(Sentence s, Mention m) {
        int k = s.analysisFrom;
        if (m.start != k + 1 || !toks.get(m.start).is("their")
                || !(toks.get(k).is("at") || toks.get(k).is("in") || toks.get(k).is("during"))) {
            return Set.of();
        }
        int comma = m.end;
        while (comma < s.to && comma < m.end + 20 && !toks.get(comma).is(",")) {
            comma++;
        }
        Set<Person> named = new LinkedHashSet<>();
        Mention previous = null;
        for (Mention other : s.mentions) {
            if (other.start <= comma) {
                continue;
            }
            boolean next = previous == null ? other.start == comma + 1
                    : PersonMentions.COORDINATED.matcher(article.between(previous.end, other.start)).matches();
            if (!next || other.kind != MentionKind.PERSON || other.person == null) {
                break;
            }
            named.add(other.person);
            previous = other;
        }
        return named.size() >= 2 ? named : Set.of();
    }

    /** What a person brings along: "and his delegation", "and her team". */
    private static final Set<String> SIDE_NOUNS = Words.set("delegation", "team", "party", "entourage", "staff", "wife", "husband");

    /** The person named with his side earlier in the sentence, before "they": "A and his delegation … they"; or null. */
    private Person withHisSide(Sentence s, Mention they) {
        if (!toks.get(they.start).is("they")) {
            return null;
        }
        for (Mention p : s.mentions) {
            int k = p.end;
            if (p.kind == MentionKind.PERSON && p.person != null && p.end < they.start && k + 2 < s.to && toks.get(k).is("and")
                    && (toks.get(k + 1).is("his") || toks.get(k + 1).is("her")) && SIDE_NOUNS.contains(toks.get(k + 2).lower)) {
                return p.person;
            }
        }
        return null;
    }

    /**
     * "the three leaders", "the four ministers": the last meeting's people when they are that many; for leaders, else the
     * story's first meeting's when they are that many heads of state or government, else that many heads of different
     * states named most before; otherwise no one.
     */
    private Set<Person> counted(Sentence s, Mention m, int count, boolean subjectsOnly) {
        Set<Person> told = groupTold(s, m, subjectsOnly, false);
        boolean leaders = toks.get(m.end - 1).is("leaders");
        if (told.size() == count && (!leaders || told.stream().allMatch(this::heads))) {
            return told;
        }
        if (!leaders) {
            // "met A, and separately B and C. Later, the four ministers met": those the last meetings brought together, or
            // the first that many just named, when they are of as many states
            if (recent.size() == count && recentSentence >= s.index - 2 && ofStates(recent, count)) {
                return new LinkedHashSet<>(recent);
            }
            if (lastNamed.size() >= count && lastNamedSentence >= s.index - 2 && ofStates(lastNamed.subList(0, count), count)) {
                return new LinkedHashSet<>(lastNamed.subList(0, count));
            }
            return Set.of();
        }
        if (lastNamed.size() >= count && lastNamedSentence >= s.index - 2) {
            // "Four visiting heads of government -- A, B, C and D -- attended, at Li's invitation. Later, the four leaders were
            // received by Xi": the first that many just named together, when they are heads of as many states
            Set<Person> listed = new LinkedHashSet<>(lastNamed.subList(0, count));
            if (listed.stream().allMatch(this::heads) && listed.stream().map(p -> p.scopeOn(article.published)).distinct().count() == count) {
                return listed;
            }
        }
        if (firstMeeting.size() == count && (firstMeeting.stream().allMatch(this::heads)
                || firstMeeting.stream().map(p -> p.scopeOn(article.published)).filter(java.util.Objects::nonNull)
                        .distinct().count() == count)) {
            // (or of as many states: "Mohamed Menfi, who heads Libya's Presidential Council", titled by no word of a head)
            return firstMeeting;
        }
        return headsNamedMost(s.index * 1000 + m.start, count);
    }

    /** Whether the people are of {@code count} different states. */
    private boolean ofStates(Collection<Person> people, int count) {
        return people.stream().map(p -> p.scopeOn(article.published)).filter(Objects::nonNull).distinct().count() == count;
    }

    /** Whether two or more people are all of one state. */
    private boolean oneState(Set<Person> people) {
        if (people.size() < 2) {
            return false;
        }
        String scope = people.iterator().next().scopeOn(article.published);
        return scope != null && people.stream().allMatch(p -> scope.equals(p.scopeOn(article.published)));
    }

    /** Whether a person is named as (or known to be) a head of state or government: a president, a prime minister, a king. */
    private boolean heads(Person p) {
        return anyTitle(p, MeetingReferents::headTitle);
    }

    private static boolean headTitle(Set<String> w) {
        boolean deputy = w.contains("vice") || w.contains("deputy") || w.contains("former");
        // ("Libyan leader Mohamed Menfi", "Head of State": the leader of a state, not of a party or of the opposition)
        boolean stateLeader = w.contains("leader") && !w.contains("opposition") && !w.contains("party") && !w.contains("majority")
                && !w.contains("minority") || w.contains("head") && (w.contains("state") || w.contains("government"));
        return !deputy && (w.contains("president") || w.contains("prime") && w.contains("minister") || w.contains("chancellor")
                || w.contains("king") || w.contains("emir") || w.contains("sultan") || w.contains("premier") || w.contains("prince")
                || stateLeader);
    }

    /** The {@code count} heads of different states named most before a point, when the next is named less often; none otherwise. */
    private Set<Person> headsNamedMost(int at, int count) {
        return namedMost(at, count, this::heads);
    }

    /** The {@code count} people of distinct countries that pass, named most before {@code at}; none when it is not clear. */
    private Set<Person> namedMost(int at, int count, Predicate<Person> test) {
        List<Person> heads = new ArrayList<>();
        for (Person p : persons) {
            if (p.confirmed && p.seenBefore(at) >= 0 && test.test(p)) {
                heads.add(p);
            }
        }
        heads.sort((a, b) -> Integer.compare(b.timesSeenBefore(at), a.timesSeenBefore(at)));
        if (heads.size() < count || heads.size() > count && heads.get(count).timesSeenBefore(at) >= heads.get(count - 1).timesSeenBefore(at)) {
            return Set.of();
        }
        Set<Person> out = new LinkedHashSet<>(heads.subList(0, count));
        return out.stream().map(p -> p.scopeOn(article.published)).distinct().count() == count ? out : Set.of();
    }

    private Set<Person> groupTold(Sentence s, Mention m, boolean subjectsOnly, boolean two) {
        if (two && lastMeetingSentence == s.index && lastAll.size() == 2 && s.text.lastIndexOf(';', toks.get(m.start).start - toks.get(s.from).start) >= 0) {
            // "Today Putin also met Rouhani; the two presidents discussed …": the two the clause before told of
            return lastAll;
        }
        Set<Person> titled = two ? holdersOfPluralTitle(s, m) : Set.of();
        if (!titled.isEmpty()) {
            // "the two presidents": the two presidents the story names most
            return titled;
        }
        Set<Person> earlier = new LinkedHashSet<>();
        List<Mention> lastRun = new ArrayList<>();
        for (Mention other : s.mentions) {
            // "Both leaders recalled their previous meeting": the group the sentence opens with is "their"
            boolean openingGroup = other.kind == MentionKind.GROUP && other == s.mentions.get(0) && toks.get(m.start).is("their");
            if (possessorOnly(s, other)) {
                // "Dong's predecessor, Li Shangfu, refused to hold talks with Austin; the two men …": Li and Austin
                continue;
            }
            if (other.end <= m.start && (other.kind == MentionKind.PERSON || other.kind == MentionKind.TITLE_REF || openingGroup)) {
                resolve(earlier, s, other, null, null, false);
                boolean joined = !lastRun.isEmpty() && PersonMentions.COORDINATED.matcher(article.between(lastRun.get(lastRun.size() - 1).end, other.start)).matches();
                if (!joined) {
                    lastRun.clear();
                }
                lastRun.add(other);
            }
        }
        if (lastRun.size() >= 2 && lastRun.size() < earlier.size()) {
            // "Austin noted that President Biden and President Xi had reaffirmed this when they met": the pair named together
            // (also after a meeting of others earlier in the sentence: "A and B opened the Dialogue, a forum that C and D
            // agreed to create when they met")
            Set<Person> run = new LinkedHashSet<>();
            for (Mention other : lastRun) {
                resolve(run, s, other, null, null, false);
            }
            if (run.size() >= 2 && (!two || run.size() == 2) && (lastMeetingSentence != s.index || Collections.disjoint(run, lastAll))) {
                return run;
            }
        }
        if (lastMeetingSentence != s.index && earlier.size() >= 2 && (!two || earlier.size() == 2)) {
            // "Lammy and Blinken travelled to Kyiv, where they met President Zelenskyy"
            return earlier;
        }
        Person newcomer = namedAloneSentence == s.index - 1 ? namedAlone : null;
        if (two && newcomer != null && !lastAll.isEmpty() && !lastAll.contains(newcomer)
                && lastAll.stream().noneMatch(p -> Objects.equals(p.scopeOn(article.published), newcomer.scopeOn(article.published)))) {
            // "… By September Moon was in Pyongyang. The most spectacular encounters were with Donald Trump. The two shook
            // hands in Singapore": the story's protagonist, named most of the last meeting's people, and the newcomer
            Person protagonist = null;
            for (Person p : lastAll) {
                protagonist = protagonist == null || p.timesSeenBefore(s.index * 1000) > protagonist.timesSeenBefore(s.index * 1000) ? p : protagonist;
            }
            return new LinkedHashSet<>(List.of(protagonist, newcomer));
        }
        if (two && lastAll.size() != 2 && firstTwo != null) {
            // "the two leaders" after a larger meeting: the story's first two that met alone
            return firstTwo;
        }
        if (lastPairSentence > lastMeetingSentence && !lastPair.isEmpty() && (!two || lastPair.size() == 2)) {
            return new LinkedHashSet<>(lastPair);
        }
        if (subjectsOnly && !two && lastSubjects.size() >= 2 && lastSubjects.size() < lastAll.size()) {
            return lastSubjects;
        }
        if (two && lastAll.size() > 2 && lastObjects.size() == 2 && !oneState(lastObjects)) {
            return lastObjects;
        }
        if (!lastAll.isEmpty()) {
            return lastAll;
        }
        return new LinkedHashSet<>(lastPair);
    }

    /**
     * "the two Secretaries", "the two presidents": the two people named before the mention most often who hold a title
     * of the word after "two" (in the singular), when a third holder is named less often; none for words that name no
     * title ("the two leaders", "the two men") or a tie, and none of the people the sentence names after it.
     */
    private Set<Person> holdersOfPluralTitle(Sentence s, Mention m) {
        // "the two presidents" is one mention; "the two Secretaries" is "the two" before a noun
        int noun = toks.get(m.end - 1).is("two") ? m.end : m.end - 1;
        // "the two defense chiefs", "the two foreign ministers": holders of a title of that field, whatever its word
        noun = noun + 1 < s.to && FIELDS.containsKey(toks.get(noun).lower) ? noun + 1 : noun;
        String field = noun - 1 > m.start && FIELDS.containsKey(toks.get(noun - 1).lower) ? toks.get(noun - 1).lower : null;
        // "the two Prime Ministers", "the two vice presidents": a title of two words
        String first = noun + 1 < s.to && TITLE_FIRST_WORDS.contains(toks.get(noun).lower) ? toks.get(noun).lower : null;
        noun += first != null ? 1 : 0;
        if (noun >= s.to || !toks.get(noun).isWord() || !toks.get(noun).lower.endsWith("s")) {
            return Set.of();
        }
        String title = singular(toks.get(noun).lower);
        if (field == null && (!article.g.titleWords.contains(title) || GENERIC_TITLES.contains(title))) {
            return Set.of();
        }
        // "the two Prime Ministers" are not a deputy prime minister
        boolean deputies = "vice".equals(first) || "deputy".equals(first);
        // "the two Ministers" are not a prime minister either
        boolean prime = "prime".equals(first) || !title.equals("minister");
        Predicate<Set<String>> holds = field == null ? w -> w.contains(title) && (first == null || w.contains(first))
                && (deputies || !(w.contains("deputy") || w.contains("vice"))) && (prime || !w.contains("prime"))
                : w -> w.contains(field) || w.contains(FIELDS.get(field));
        int at = s.index * 1000 + m.start;
        Set<Person> laterHere = new LinkedHashSet<>();
        Set<String> laterStates = new HashSet<>();
        // in its own clause ("…, and Kihara visited the Pentagon" is another's)
        int clauseEnd = m.end;
        while (clauseEnd < s.to && !article.clauseOpensAt(clauseEnd, s.to)) {
            clauseEnd++;
        }
        for (Mention other : s.mentions) {
            // (not "at the end of President Bachelet's first term": an owner, not one who meets them)
            boolean owner = other.end < s.to && (toks.get(other.end).is("'s") || toks.get(other.end).is("’s"));
            if (other.start >= m.end && other.start < clauseEnd && other.kind == MentionKind.PERSON && !owner) {
                laterHere.add(other.person);
                laterStates.add(other.person.scopeOn(article.published));
            }
        }
        List<Person> holders = new ArrayList<>();
        for (Person p : persons) {
            // "the two Secretaries received Secretary Manalo": not Manalo's compatriots either
            if (p.seenBefore(at) >= 0 && anyTitle(p, holds) && !laterHere.contains(p) && !laterStates.contains(p.scopeOn(article.published))) {
                holders.add(p);
            }
        }
        holders.sort((a, b) -> Integer.compare(b.timesSeenBefore(at), a.timesSeenBefore(at)));
        if (holders.size() < 2 || holders.size() > 2 && holders.get(2).timesSeenBefore(at) >= holders.get(1).timesSeenBefore(at)) {
            return Set.of();
        }
        return new LinkedHashSet<>(holders.subList(0, 2));
    }

    private static String singular(String w) {
        return w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y" : w.substring(0, w.length() - 1);
    }

    /** "the EU leaders": the people of those states named before it; none named yet, the first of each. */
    private Set<Person> ofStates(int at, List<String> scopes, String title, PartialDate on) {
        Set<Person> out = new LinkedHashSet<>();
        for (String scope : scopes) {
            if (title != null && persons.stream().noneMatch(p -> p.confirmed && scope.equals(p.scopeOn(article.published)))) {
                // "The Presidents of Poland and the Czech Republic met": each country's holder on the day, when the story names none
                Person holder = registry.byTitle(TitleInfo.named(article.g.countryBodies, title, scope), on);
                if (holder != null && scope.equals(holder.scopeOn(article.published))) {
                    out.add(holder);
                }
                continue;
            }
            if (title != null) {
                // "The presidents of Poland and Ukraine last met": each country's president named before, not its every official
                Set<String> words = Words.letterSet(title);
                List<Person> holders = persons.stream().filter(p -> p.confirmed && p.seenBefore(at) >= 0
                        && scope.equals(p.scopeOn(article.published)) && holdsTitle(p, words)).toList();
                if (!holders.isEmpty()) {
                    out.addAll(holders);
                    continue;
                }
            }
            Person first = null;
            boolean before = false;
            for (Person p : persons) {
                if (!p.confirmed || !scope.equals(p.scopeOn(article.published))) {
                    continue;
                }
                if (p.seenBefore(at) >= 0) {
                    out.add(p);
                    before = true;
                } else if (first == null) {
                    first = p;
                }
            }
            if (!before && first != null) {
                out.add(first);
            }
        }
        return out;
    }

    /**
     * The title a group of states' officials holds: "The Presidents of A and B" are presidents, "the Polish and Czech foreign
     * ministers" foreign ministers; null for words that name no one title ("leaders", "delegations", "ministers").
     */
    private String groupTitle(Mention m) {
        for (int k = m.start; k < m.end; k++) {
            String w = toks.get(k).lower;
            if (w.equals("presidents")) {
                return "President";
            }
            if (w.equals("ministers") && k > m.start) {
                String field = toks.get(k - 1).lower;
                if (field.equals("prime") || field.equals("foreign") || field.equals("defence") || field.equals("defense")) {
                    return Character.toUpperCase(field.charAt(0)) + field.substring(1) + " Minister";
                }
            }
        }
        return null;
    }

    /** The people of the meeting told last. */
    Set<Person> lastMeetingPeople() {
        return lastAll;
    }

    /** The people of the story's first meeting. */
    Set<Person> firstMeetingPeople() {
        return firstMeeting;
    }

    /** The people of the story's first meeting of two, or null: whom the story is about. */
    Set<Person> storyPair() {
        return firstTwo;
    }

    /** Whom the sentence's first "he" means: the last subject as the sentence began. */
    private Person sentenceHe(Sentence s) {
        if (sentenceHeSentence != s.index) {
            sentenceHe = lastSubject;
            sentenceHeSentence = s.index;
        }
        return sentenceHe;
    }

    /** A meeting was recorded: "they" and "the two" now mean its people. */
    void rememberMeeting(Sentence s, Set<Person> subjects, Set<Person> objects, Set<Person> all) {
        sentenceHe(s);
        if (recentSentence < s.index - 2) {
            recent.clear();
        }
        recent.addAll(all);
        recentSentence = s.index;
        if (!subjects.isEmpty()) {
            lastSubject = subjects.iterator().next();
            lastMeetingSubject = lastSubject;
            subjectSentence = s.index;
        }
        if (all.size() == 2 && firstTwo == null) {
            firstTwo = all;
        }
        if (firstMeeting.isEmpty()) {
            firstMeeting = all;
        }
        if (lastMeetingSentence == s.index && lastSubjects.size() >= 2 && subjects.size() < 2) {
            // "Blinken and Wang last met in Beijing in April, when Blinken also held talks with Xi. Before that they met in
            // Munich": the sentence's subjects that met each other stay "they"
            return;
        }
        lastAll = all;
        lastSubjects = subjects;
        lastObjects = objects;
        lastMeetingSentence = s.index;
    }

    /**
     * "A attended the summit B hosted. C and D also took part. The leaders last met in Hiroshima": those who joined the last
     * meeting make its people "the leaders", not a pair of their own.
     */
    void rememberJoined(Sentence s, Set<Person> all) {
        lastAll = new LinkedHashSet<>(all);
        lastMeetingSentence = s.index;
    }

    /** After the second pass over a sentence: its first person is the next sentences' "he"; two named together are "they". */
    void rememberSentence(Sentence s) {
        List<Person> named = new ArrayList<>(2);
        boolean pronounFirst = false;
        for (Mention m : s.mentions) {
            if (named.isEmpty() && m.kind == MentionKind.PRONOUN && (toks.get(m.start).is("he") || toks.get(m.start).is("she"))) {
                // "EAM will travel to Seoul, where he is to hold talks with Cho Tae-yul": "he" goes on, Cho is no new "he"
                pronounFirst = true;
            }
            if (possessorOnly(s, m)) {
                // "Kishida, Ishiba's predecessor, …": a possessor only names another
                continue;
            }
            if (m.kind == MentionKind.PERSON && !named.contains(m.person)) {
                if (named.isEmpty() && subjectSentence != s.index && !pronounFirst) {
                    lastSubject = m.person;
                }
                named.add(m.person);
            } else if (m.kind == MentionKind.TITLE_REF && m.anaphoric) {
                // "The Secretary thanked the Minister": the two of them
                Set<Person> titled = new LinkedHashSet<>();
                resolve(titled, s, m, null, null, false);
                if (named.isEmpty() && titled.size() == 1 && subjectSentence != s.index && !pronounFirst) {
                    // "It was the President's first visit to the Headquarters. He had last come in June 2019": the President
                    lastSubject = titled.iterator().next();
                }
                titled.stream().filter(p -> !named.contains(p)).forEach(named::add);
            } else if (m.kind == MentionKind.TITLE_REF) {
                // "the first conversation between the Federal Chancellor and the Russian President. The two last met …": a
                // placed title of someone the story named is he, named again
                Person p = m.title == null ? null : registry.namedByTitle(m.title, null);
                if (p == null || p.seenBefore(s.index * 1000 + m.start) < 0 || named.contains(p)) {
                    continue;
                }
                if (named.isEmpty() && opensSentence(s, m) && subjectSentence != s.index && !pronounFirst) {
                    // "The Cambodian Prime Minister will be accompanied by Sok Chenda Sophea. … he was received by Xi": the
                    // title opening the sentence is its subject, whom the next "he" means, not the man named after it
                    lastSubject = p;
                }
                named.add(p);
            }
        }
        boolean subjectFirst = !named.isEmpty() && named.get(0) == lastSubject && !s.mentions.isEmpty()
                && s.mentions.get(0).kind == MentionKind.PERSON && s.mentions.get(0).person == lastSubject
                && opensSentence(s, s.mentions.get(0));
        heSentence = pronounFirst || subjectFirst ? s.index : heSentence;
        namedAlone = named.size() == 1 ? named.get(0) : null;
        namedAloneSentence = s.index;
        if (named.size() > 2) {
            lastNamed = List.copyOf(named);
            lastNamedSentence = s.index;
        }
        if (named.size() > 2 && lastAll.size() == 2 && named.containsAll(lastAll)) {
            // "Zakharova said it was Blinken who sought the contact, that Lavrov …": the two who met, named again
            lastPair = List.copyOf(lastAll);
            lastPairSentence = s.index;
        } else if (named.size() >= 2 && !(tellsAPlan(s) && !lastAll.isEmpty())) {
            // "Erdogan said Putin was expected to visit Turkey in August" after Erdogan's talks with Zelenskiy: a plan's two
            // are no "the two leaders" of a story that has told a meeting ("Tusk will visit Prague at the invitation of
            // Fiala. The leaders last met …" still are)
            lastPair = named.subList(0, 2);
            lastPairSentence = s.index;
        }
    }

    /** The person apposed to a possessor's post right after it ("Scholz's predecessor, Angela Merkel,"), or null. */
    private Mention apposedToPossessor(Sentence s, Mention possessor) {
        int i = s.mentions.indexOf(possessor);
        if (i < 0 || i + 1 >= s.mentions.size() || s.mentions.get(i + 1).kind != MentionKind.PERSON) {
            return null;
        }
        Mention next = s.mentions.get(i + 1);
        return MeetingParticipants.POSSESSED_THEN_NAME.matcher(article.between(possessor.end, next.start)).matches() ? next : null;
    }

    /** A person named only as the possessor of another: "Ishiba's predecessor". */
    private boolean possessorOnly(Sentence s, Mention m) {
        if (!(m.kind == MentionKind.PERSON && m.end + 1 < s.to && toks.get(m.end).is("'s") && toks.get(m.end + 1).isWord()
                && !toks.get(m.end + 1).capitalised())) {
            return false;
        }
        // "This will be President Widodo's second State visit", "The tour, Lavrov's first to the continent": his own journey,
        // he is the story's next "he"
        for (int k = m.end + 1; k < Math.min(s.to, m.end + 5) && toks.get(k).isWord(); k++) {
            if (OWN_JOURNEYS.contains(toks.get(k).lower)) {
                return false;
            }
        }
        if (m.start - 2 >= s.analysisFrom && toks.get(m.start - 1).is(",") && OWN_JOURNEYS.contains(toks.get(m.start - 2).lower)) {
            return false;
        }
        // "The visit will be President Xi's first to the Kingdom in nearly seven years": the journey named before, his
        if (JOURNEY_ORDINALS.contains(toks.get(m.end + 1).lower)) {
            for (int k = s.analysisFrom; k < m.start; k++) {
                if (OWN_JOURNEYS.contains(toks.get(k).lower)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static final Set<String> JOURNEY_ORDINALS = Words.set("first", "second", "third", "fourth", "fifth", "last", "latest");

    /** What a possessor makes himself: "Widodo's second State visit", "Blinken's trip to Beijing". */
    private static final Set<String> OWN_JOURNEYS = Words.set("visit", "trip", "tour", "journey", "arrival", "stay");

    /** Words of a sentence that tells what is to come: "was expected to visit", "will travel". */
    private static final Set<String> PLAN_WORDS = Words.set("will", "would", "expected", "plans", "planned", "scheduled", "due");

    private boolean tellsAPlan(Sentence s) {
        for (int k = s.analysisFrom; k < s.to; k++) {
            if (PLAN_WORDS.contains(toks.get(k).lower)) {
                return true;
            }
        }
        return false;
    }
}
