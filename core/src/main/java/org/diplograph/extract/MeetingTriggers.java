package org.diplograph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplograph.extract.PhraseIndex.Kind;
import org.diplograph.extract.PhraseIndex.Match;

/**
 * The words that say a meeting took place — "met", "held talks", "received", "hosted", "called on", "sat down
 * with", "joined … for talks", "a meeting with", "a joint press conference with" — and whether it did: not a
 * call or a video link, not planned, hoped for or denied.
 */
final class MeetingTriggers {

    /**
     * A word or phrase that says a meeting took place.
     *
     * @param start   its first token
     * @param end     the token after it
     * @param rule    the rule it stands for ({@code meeting:met-with})
     * @param nominal whether it is a noun ("talks with"), whose subject may be a possessive or the sentence's
     * @param present whether it is in the present tense ("meets"), so of the day of publication
     */
    record Trigger(int start, int end, String rule, boolean nominal, boolean present) {
    }

    /** Plural nouns of people who may have "came together": "the leaders came together in Athens". */
    private static final Set<String> PEOPLE_TOGETHER = Words.set("leaders", "ministers", "presidents", "heads", "chiefs", "sides");

    static final Set<String> PHONE = Words.set("phone", "telephone", "video", "videoconference", "video-conference",
            "videolink", "virtual", "virtually", "online", "call", "calls", "teleconference", "zoom", "phoned", "telephoned");
    private static final Set<String> NOT_YET = Words.set("will", "would", "shall", "'ll", "could", "may", "might", "plans", "plan",
            "planned", "planning", "expected", "expects", "scheduled", "hope", "hopes", "hoped", "hoping", "want", "wants",
            "wish", "wishes", "intends", "intend", "going", "due", "next", "upcoming", "future", "forthcoming", "possible",
            "potential", "proposed", "invited", "agreed", "not", "never", "n't", "cancelled", "canceled", "cancel", "cancels",
            "scrapped", "postponed", "unable",
            "refused", "ready", "offered", "willing");
    /** Nouns of a plan whose meetings are still to come: "the programme of the visit includes meetings with". */
    private static final Set<String> AGENDA = Words.set("programme", "program", "schedule", "agenda", "itinerary");
    /** Verbs that tell an agenda under way: "began his program with a meeting". */
    private static final Set<String> BEGAN = Words.set("began", "opened", "started", "concluded", "ended", "wrapped", "closed");
    /** Words that put a whole clause in the future: "was due to travel on to Kyiv … and then to Berlin for talks with …". */
    private static final Set<String> FUTURE_CLAUSE = Words.set("will", "'ll", "shall", "due", "expected", "scheduled", "set",
            // ("looked forward to the summit meeting between A and B", "hopes to meet B": not yet)
            "plans", "planning", "going", "intends", "would", "forward", "hope", "hopes", "hoped");
    /** Words that end the clause a future word governs, going back from a trigger. */
    private static final Set<String> CLAUSE_STARTS = Words.set(";", "after", "when", "since", "following", "who", "whom", "which", "where",
            "while", "as", "because", "but", "—");
    private static final Set<String> CALL_CLAUSE_ENDS = Words.set("and", ";", "but", "before", "after", "then", "while", "where");
    /** "was pleased to meet": an infinitive after these is a meeting that took place. */
    private static final Set<String> GLAD = Words.set("pleased", "glad", "honored", "honoured", "delighted", "happy", "proud", "good");
    /** Verbs (and nouns) of a journey made: "flew to Beijing to meet Xi", "made a stopover in Prague to see Pavel". */
    static final Set<String> JOURNEYS = Words.set("flew", "travelled", "traveled", "went", "came", "arrived", "headed",
            "returned", "journeyed", "drove", "crossed", "stopped", "took", "taking", "used", "found", "stopover", "trip");
    /**
     * How far after a meeting verb its count may stand: "met Czech Foreign Minister Petr Novak twice", "held talks with
     * Chinese Defence Minister Wei Ling in Beijing twice".
     */
    private static final int COUNT_REACH = 10;
    /** What befalls a meeting that did not take place: "has not been scheduled", "was postponed". */
    private static final Set<String> UNDONE = Words.set("scheduled", "cancelled", "canceled", "postponed");
    /** Journeys told in the present: what they are for lies ahead ("heads to Beijing for talks with Xi"). */
    private static final Set<String> JOURNEYS_AHEAD = Words.set("departs", "heads", "travels", "leaves", "flies", "sets", "stays", "travel", "fly",
            "depart");
    /** How far after "talked" or "spoke with" its in-person words may stand: "spoke with Lipavsky on Wednesday in Warsaw". */
    private static final int INPERSON_REACH = 10;
    /** How far before "to meet" the journey's verb may stand: "flew to Beijing in March 2018 to meet". */
    private static final int JOURNEY_REACH = 10;
    /** Verbs that, passive after a meeting noun, name its people: "The Dialogue was co-chaired by A and B". */
    private static final Set<String> PASSIVE_HELD = Words.set("held", "co-chaired", "chaired", "attended", "hosted", "led", "signed");
    /** What is signed, the subject of a passive signing: "The Treaty was signed in Astana by A, B and C". */
    private static final Set<String> SIGNED_NOUNS = Words.set("agreement", "agreements", "treaty", "treaties", "declaration",
            "declarations", "memorandum", "memoranda", "communique", "communiqué", "accord", "accords", "protocol", "charter",
            "pact", "partnership", "roadmap", "convention", "document", "documents", "contract", "contracts", "statement");
    /** Nouns a passive meeting may have as its subject: "The trilateral meeting was held among A, B and C". */
    private static final Set<String> PASSIVE_NOUNS = Words.set("meeting", "meetings", "talks", "dialogue", "summit", "consultations", "session",
            "round", "discussions", "negotiations");
    /** Nouns that, held or had, are a meeting: "held talks", "had an informal dinner with". */
    private static final Set<String> HELD_NOUNS = Words.set("talks", "meeting", "consultations", "negotiations", "summit",
            "dinner", "lunch", "breakfast", "discussions", "discussion", "session", "tete-a-tete", "dialogue", "meetings", "audience",
            "tete", "tête", "huddle", "tea", "coffee", "supper");
    /** What one "had" the pleasure of, told of a meeting done: "I had the honor this morning of calling on Her Majesty". */
    private static final Set<String> HONOURS = Words.set("honor", "honour", "pleasure", "privilege");

    /** Whether the "of" at {@code of} closes "had the honour (this morning) of". */
    private boolean hadTheHonourOf(Sentence s, int of) {
        if (!toks.get(of).is("of")) {
            return false;
        }
        for (int k = of - 1; k - 2 >= s.analysisFrom && k >= of - 4; k--) {
            if (HONOURS.contains(toks.get(k).lower)) {
                return toks.get(k - 1).is("the") && toks.get(k - 2).isAny("had", "have");
            }
        }
        return false;
    }

    private static final Set<String> GERUND_BEFORE = Words.set("after", "before", "while", "when", "since", "by", "for", "recalled",
            "remembered", "recalling");
    /** Nouns that are a meeting when "with" or "between" follows: "talks with", "a joint press conference with". */
    private static final Set<String> MEETING_NOUNS = Words.set("meeting", "meetings", "talks", "consultations", "dialogue",
            "conference", "availability", "point", "dinner", "lunch", "breakfast", "summit", "negotiations", "discussions", "ceremony");
    /** Words that may stand between a preposition and a meeting noun: "for a bilateral meeting" ("at the meeting" is one told before). */
    private static final Set<String> NOUN_QUALIFIERS = Words.set("a", "an", "bilateral", "trilateral", "formal", "informal",
            "brief", "lengthy", "long", "face-to-face", "one-on-one", "closed-door", "private", "separate", "-", "face", "to", "first");
    /** Verbs that tell what a meeting just told was about: "Their talks covered …". */
    private static final Set<String> TALKS_TOLD_ON = Words.set("covered", "focused", "focussed", "centred", "centered", "touched",
            "included", "addressed", "ranged", "lasted", "dealt", "concentrated");
    /** Verbs of talks still to come after "to": "agreed to intensify negotiations", "to resume talks". */
    private static final Set<String> TALKS_TO_COME = Words.set("hold", "resume", "intensify", "continue", "start", "begin", "launch",
            "open", "convene", "step", "pursue");
    /** Words of a meeting wished for, not held, however far before its noun: "wants a three-way meeting with". */
    private static final Set<String> DESIRE = Words.set("want", "wants", "wanted", "seek", "seeks", "sought", "proposes", "proposed",
            "urged", "urges", "demanded", "demands", "offered", "offers", "preparations", "preparing", "prepare", "prepared",
            "arranging", "arrange", "arranged", "organising", "organizing", "organise", "organize", "push", "pushing", "pushed",
            // ("the possibility of a meeting between the two leaders was not discussed")
            "possibility", "prospect", "prospects", "idea");
    /** "sat down with", "sat around a table with": how far "with" may follow. */
    private static final int SAT_REACH = 9;

    private final Article article;
    private final List<Token> toks;
    /** The first sentence that tells a call, found on first asking; -2 until then. */
    private int firstCall = -2;

    MeetingTriggers(Article article) {
        this.article = article;
        this.toks = article.toks;
    }

    /** "Speaking alongside B, A said": the two side by side, at a news conference or on a visit. */
    private static final String ALONGSIDE = "meeting:alongside";
    private static final Set<String> ALONGSIDE_VERBS = Words.set("speaking", "spoke", "appeared", "appearing", "stood", "standing", "sat",
            // ("Umerov took part alongside Hegseth and other ministers": at the same table)
            "sitting", "part", "participated");
    /** "A and B co-hosted the conference": its hosts met. */
    private static final String CO_HOSTED = "meeting:co-hosted";
    /** What a day or a visit that began with someone may be called: "began Tuesday with", "opened his visit with". */
    private static final Set<String> DAY_OPENING = Words.set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "the", "his", "her", "their", "day", "visit", "trip", "tour", "morning", "afternoon", "programme", "program",
            "second", "first", "final", "last", "official");
    /** "Meeting in Moscow on Thursday, the two ministers …", "A and B, meeting in Vientiane, …": a participle of meeting. */
    static final String PARTICIPLE = "meeting:participle";
    /** "The leaders recalled the summit meeting held in Tokyo": the recallers met. */
    static final String RECALLED = "meeting:recalled";
    /** "Blinken and Lavrov were first introduced in Reykjavik": its subjects met. */
    static final String INTRODUCED = "meeting:introduced";
    /** "They last saw each other in Brussels in April". */
    static final String SAW_EACH_OTHER = "meeting:saw-each-other";
    /** "A and B talked for two hours in Warsaw": talk in one room. */
    private static final String TALKED_IN_PERSON = "meeting:talked-in-person";
    /** Occasions both people attend in person: "at the reception". */
    private static final Set<String> GATHERINGS = Words.set("reception", "dinner", "lunch", "luncheon", "breakfast", "banquet",
            "ceremony", "gala", "summit", "forum", "conference");

    /** "discussed … at NATO Headquarters": talk at a place, not on the phone. */
    private static final String DISCUSSED_IN_PERSON = "meeting:discussed-in-person";
    /** Words after "discussed" that put the place named next at another time: "the upcoming summit in Vilnius". */
    private static final Set<String> AHEAD = Words.set("summit", "upcoming", "next", "forthcoming", "visit", "ahead", "future",
            "planned", "conference", "meeting");
    /** "A and B co-chaired the consultations": a meeting of its subjects. */
    private static final String CO_CHAIRED = "meeting:co-chaired";
    /** One who chaired a gathering: at it with those who attended it ({@link Meetings} joins them). */
    static final String CHAIRED = "meeting:chaired";
    private static final String SIGNED_TOGETHER = "meeting:signed-together";
    /**
     * What two people do together where they are, like signing: "where he and Xi Jinping raised relations to a strategic
     * partnership", "when he and Prime Minister Saikhanbileg declared a strategic partnership". Told of two people named
     * together at a place or on a visit, they met.
     */
    private static final Set<String> JOINT_ACTS = Words.set("raised", "declared", "announced", "issued", "adopted", "launched",
            "inaugurated", "unveiled", "marked", "addressed", "upgraded", "elevated", "opened", "laid", "toured", "reviewed",
            "witnessed", "proclaimed", "watched", "inspected", "agreed", "reaffirmed", "pledged", "recognized", "recognised",
            "revived", "appeared", "posed");
    private static final String ACTED_TOGETHER = "meeting:acted-together";
    /** "The two leaders resolved the last questions over dinner": a meal its subjects shared. */
    private static final String SHARED_A_MEAL = "meeting:shared-a-meal";
    /** A headline's present of what two do together: "Duda, Pavel sign energy deal", "Duda, Pavel discuss Ukraine in Warsaw". */
    private static final Set<String> HEADLINE_JOINT_ACTS = Words.set("sign", "discuss", "launch", "unveil", "inaugurate", "review",
            "open");
    /** "The Treaty was signed in Astana by A, B and C": a document signed by all after "by". */
    static final String SIGNED_BY = "meeting:signed-by";
    /** "brought Lavrov and Kuleba together", "brought together A and B". */
    private static final String BROUGHT_TOGETHER = "meeting:brought-together";
    private static final Set<String> BRING = Words.set("brought", "brings", "bring", "bringing");
    /** "flew to Beijing to meet Xi": an infinitive of purpose told as done. */
    private static final String JOURNEY_TO_MEET = "meeting:journey-to-meet";
    /** "returned the visit": a visit back to whom the subject last met. */
    static final String RETURNED_VISIT = "meeting:returned-visit";
    /** Words that may stand before a number of hours spent: "nearly eight", "more than an". */
    private static final Set<String> APPROXIMATE = Words.set("nearly", "almost", "about", "some", "over", "more", "than",
            "around", "roughly", "just", "under", "several", "few");
    private static final Set<String> RETURNED = Words.set("visit", "favour", "favor", "courtesy");

    /** What is exchanged in talk: "exchanged views". */
    private static final Set<String> EXCHANGED = Words.set("views", "opinions", "ideas", "notes", "gifts", "pleasantries");

    /** Statements two leaders made to the press together: "made statements for the press". */
    private static final String PRESS_STATEMENTS = "meeting:press-statements";
    private static final Set<String> PRESS = Words.set("press", "media", "reporters", "journalists");

    /** Where talks beside a gathering are held: "on the sidelines of", "on the margins of". */
    static final Set<String> MARGINS = Words.set("sidelines", "margins", "margin");

    /** Gatherings of many, whose host meets no one by hosting them: "the BRICS Summit hosted by Lula". */
    private static final Set<String> SUMMITS = Words.set("summit", "conference", "forum", "assembly", "congress", "games");

    /**
     * "A and B met on the sidelines of the 17th BRICS Summit hosted by Lula": the summit's host, named right after it, is no
     * party to the meeting the sentence tells on its margins.
     */
    private boolean summitsHost(Sentence s, int i) {
        if (i - 1 < s.analysisFrom || !SUMMITS.contains(toks.get(i - 1).lower) || !toks.get(i - 1).capitalised()
                || i + 1 >= s.to || !toks.get(i + 1).is("by")) {
            return false;
        }
        // ("traveled to the United States for the U.S.-ASEAN Special Summit hosted by President Biden": his guest met him)
        for (int k = s.analysisFrom; k < i; k++) {
            if (MARGINS.contains(toks.get(k).lower)) {
                return true;
            }
        }
        return false;
    }

    /** Talk "on the sidelines" or "on the margins" of a gathering: in person. */
    static final String SIDELINES = "meeting:on-the-sidelines";

    /** Whether the trigger reports a meeting of its subjects alone: "the two leaders met", "they held talks". */
    static boolean withoutObject(Trigger t) {
        return switch (t.rule()) {
            case "meeting:met-with", "meeting:held-talks", "meeting:sat-down-with", "meeting:their-meeting", "meeting:meeting-between",
                 "meeting:shook-hands", "meeting:gathered", SIDELINES, TALKED_IN_PERSON, DISCUSSED_IN_PERSON, RETURNED_VISIT, CO_CHAIRED,
                 CO_HOSTED, PARTICIPLE, SAW_EACH_OTHER, RECALLED, INTRODUCED, SIGNED_TOGETHER, PRESS_STATEMENTS, BROUGHT_TOGETHER,
                 EXCHANGED_INSTRUMENTS, ACTED_TOGETHER, SHARED_A_MEAL -> true;
            default -> false;
        };
    }

    /**
     * "A and his Somali counterpart B signed a framework agreement in Ankara on Feb. 8": a person named right before
     * "signed", another joined to him by "and" before that, and a place named after it, within the clause.
     */
    private static final Pattern SIGNED_PAIR_GAP = Pattern.compile(
            "(?s)(\\s+of\\s+(the\\s+)?(\\p{Lu}[\\p{L}.'-]*\\s*){1,3})?\\s*,?\\s*and\\s+(his|her|the)?\\s*((then|former)[\\s-]+)?(\\p{Lu}[\\p{L}.'-]*\\s+){0,4}?,?\\s*");
    /** Between two of more than two named together: "President Biden, President Yoon Suk Yeol, and …". */
    private static final Pattern LIST_GAP = Pattern.compile(
            "(?s)(\\s+of\\s+(the\\s+)?(\\p{Lu}[\\p{L}.'-]*\\s*){1,3})?\\s*,\\s*(the\\s+)?((then|former)[\\s-]+)?(\\p{Lu}[\\p{L}.'-]*\\s+){0,4}?");

    /** The people named together right before the verb at {@code i}: "A and B signed", "he and B", "A, B and C"; null if none. */
    private record NamedTogether(Sentence.Mention first, Sentence.Mention last) {
    }

    private NamedTogether namedTogetherBefore(Sentence s, int i) {
        Sentence.Mention last = null;
        Sentence.Mention first = null;
        for (Sentence.Mention m : s.mentions) {
            // ("…, the then Foreign Secretary, James Cleverly, signed": his apposition closed by a comma)
            // ("the declaration that President Nikolic and I signed in Sochi": the speaker named last)
            boolean speaker = m.kind == Sentence.MentionKind.SPEAKER && toks.get(m.start).lower.equals("i");
            if ((m.end == i || m.end + 1 == i && toks.get(m.end).is(",") || ofState(s, m.end, i)) && (m.kind == Sentence.MentionKind.PERSON || speaker)) {
                last = m;
            }
        }
        boolean headline = article.inHeadline(s);
        for (Sentence.Mention m : s.mentions) {
            if (last != null && m.end < last.start && (m.kind == Sentence.MentionKind.PERSON || m.kind == Sentence.MentionKind.PRONOUN
                    || m.kind == Sentence.MentionKind.SPEAKER && toks.get(m.start).lower.equals("you"))
                    && (SIGNED_PAIR_GAP.matcher(article.between(m.end, last.start)).matches()
                        // a headline's comma is its "and": "Duda, Pavel sign energy deal"
                        || headline && m.kind == Sentence.MentionKind.PERSON && article.between(m.end, last.start).strip().equals(","))) {
                first = m;
            }
        }
        if (first == null) {
            return null;
        }
        for (int k = s.mentions.indexOf(first) - 1; k >= 0; k--) {
            Sentence.Mention m = s.mentions.get(k);
            if (m.end >= first.start || m.kind != Sentence.MentionKind.PERSON || !LIST_GAP.matcher(article.between(m.end, first.start)).matches()) {
                break;
            }
            first = m;
        }
        return new NamedTogether(first, last);
    }

    /** What may stand between two named together and a joint act: "A and B had signed it". */
    private static final Set<String> AUXILIARIES_BEFORE_ACT = Words.set("had", "has", "have", "jointly");

    /** Where the words of {@code words} before {@code verb} start, going back at most {@code max} of them. */
    private int backOver(Sentence s, int verb, Set<String> words, int max) {
        int at = verb;
        while (at - 1 > s.analysisFrom && at > verb - max && words.contains(toks.get(at - 1).lower)) {
            at--;
        }
        return at;
    }

    private boolean signedTogetherThere(Sentence s, int i) {
        // ("Mirziyoyev and Rahmon had signed it in Dushanbe": the auxiliary between the two and the verb)
        NamedTogether named = namedTogetherBefore(s, backOver(s, i, AUXILIARIES_BEFORE_ACT, 2));
        if (named == null) {
            return false;
        }
        Sentence.Mention first = named.first();
        Sentence.Mention last = named.last();
        boolean headline = article.inHeadline(s);
        if (first.start - 2 >= s.analysisFrom && toks.get(first.start - 1).is("where") && toks.get(first.start - 2).is(",")) {
            // "went to La Moneda palace, where he and President Soto signed a statement": the place named before "where"
            return true;
        }
        if (first.start - 2 >= s.analysisFrom && toks.get(first.start - 1).is("when") && toks.get(first.start - 2).is(",")
                && visitBefore(s, first.start - 2)
                || first.start - 1 > s.analysisFrom && toks.get(first.start - 1).is(",") && toks.get(s.analysisFrom).isAny("when", "while", "during")
                && visitBefore(s, first.start - 1)) {
            // "Maduro had visited Tehran in June, when he and Raisi signed a plan", "When Modi was in Washington in June, he and
            // President Obama recognized …": the visit put them together
            return true;
        }
        if (first.kind != Sentence.MentionKind.PERSON && last.kind != Sentence.MentionKind.PERSON) {
            // ("you and Nursultan Nazarbayev signed in Yekaterinburg": one of the two named)
            return false;
        }
        if (headline && first.kind == Sentence.MentionKind.PERSON && last.kind == Sentence.MentionKind.PERSON && first.start == s.analysisFrom
                && !callToldBy(s.index + 3)) {
            // a headline's present tells what they did together: "Duda, Pavel sign energy deal", "Duda and Pavel discuss Ukraine"
            // (not over a story that soon tells of a call: "Modi, Trump discuss trade" over "spoke by phone")
            return true;
        }
        if (togetherAround(s, first.start, i)) {
            return true;
        }
        for (Sentence.Place p : s.places) {
            // (not "which A and B launched when they met in New York": the place of another clause)
            // ("in the Kremlin", "at the White House": the article between)
            int before = toks.get(p.start() - 1).is("the") ? p.start() - 2 : p.start() - 1;
            if (p.start() > i && p.start() <= i + 12 && before > i && toks.get(before).isAny("in", "at")
                    && !article.between(i, p.start()).contains(",") && noClauseOpens(i + 1, p.start())) {
                return true;
            }
            // "In January, in Tbilisi, Prime Ministers A and B signed the declaration": the place opening their clause
            // ("In Washington on July 31, 2019, A and B announced": a date between)
            if (p.end() < first.start && p.start() - 1 >= s.analysisFrom && toks.get(p.start() - 1).is("in")
                    && toks.get(first.start - 1).is(",") && onlyDates(s, p.end(), first.start - 1)) {
                return true;
            }
        }
        return false;
    }

    /** The sentence's triggers, in order. */
    List<Trigger> find(Sentence s) {
        List<Trigger> out = new ArrayList<>(2);
        // each verb's reading is a method of its own that returns the word to go on after: one method holding them all
        // was too large for the JIT's optimising compiler
        for (int i = s.analysisFrom; i < s.to; i++) {
            String w = toks.get(i).lower;
            switch (w) {
                // "He briefed Lavrov, having met Baerbock in Berlin": the participle's subject is the sentence's
                case "met" -> out.add(new Trigger(i, i + 1, "meeting:met-with",
                        i - 2 >= s.analysisFrom && toks.get(i - 1).is("having") && toks.get(i - 2).text.equals(","), false));
                case "meets" -> out.add(new Trigger(i, i + 1, "meeting:met-with", false, true));
                // "We, President Biden, …, gathered at Camp David today": the subjects met one another
                case "gathered", "convened" -> out.add(new Trigger(i, i + 1, "meeting:gathered", false, false));
                case "meet", "see" -> meetOrSee(s, i, w, out);
                // "before being received by President Xi": the gerund's subject is the sentence's
                case "received", "receives" -> out.add(new Trigger(i, i + 1, "meeting:received", i - 2 >= s.analysisFrom
                        && toks.get(i - 1).is("being") && GERUND_BEFORE.contains(toks.get(i - 2).lower), w.endsWith("s")));
                case "hosted", "hosts" -> {
                    // "A and B co-hosted a conference": its hosts met
                    boolean co = i - 2 >= s.analysisFrom && toks.get(i - 1).is("-") && toks.get(i - 2).is("co");
                    if (!summitsHost(s, i)) {
                        out.add(new Trigger(i, i + 1, co ? CO_HOSTED : "meeting:hosted", false, w.endsWith("s")));
                    }
                }
                case "co-hosted" -> out.add(new Trigger(i, i + 1, CO_HOSTED, false, false));
                case "visit" -> i = visitTo(s, i, out);
                case "welcomed", "welcomes", "greeted" -> {
                    if (!welcomedAThing(s, i)) {
                        out.add(new Trigger(i, i + 1, "meeting:welcomed", false, w.endsWith("s")));
                    }
                }
                case "embraced", "hugged" -> {
                    // "embraced President Zelensky in Kyiv", "hugged his counterpart": a person, right after the verb ("embraced
                    // the plan of President X" is no meeting)
                    if (i + 1 < s.to && (toks.get(i + 1).capitalised() || toks.get(i + 1).is("his") || toks.get(i + 1).is("her"))) {
                        out.add(new Trigger(i, i + 1, "meeting:embraced", false, false));
                    }
                }
                case "joined" -> {
                    // "held talks with Minister Vulin, who was joined by the Chief of the General Staff": more people of
                    // the meeting told before (its participants read them), not a meeting of their own
                    boolean byEarlier = i + 1 < s.to && toks.get(i + 1).is("by") && !out.isEmpty();
                    if (!byEarlier && !joinedBySubject(s, i)) {
                        out.add(new Trigger(i, i + 1, "meeting:joined", false, false));
                    }
                }
                // "sat down with A yesterday, before joining Tuvalu's Prime Minister, Feleti Teo, to announce …": the sentence's
                // subject joined him
                case "joining" -> {
                    if (i - 1 >= s.analysisFrom && GERUND_BEFORE.contains(toks.get(i - 1).lower) && i + 1 < s.to
                            && toks.get(i + 1).capitalised()) {
                        out.add(new Trigger(i, i + 1, "meeting:joined", true, false));
                    }
                }
                case "began", "begins", "started", "opened" -> i = beganWith(s, i, w, out);
                case "spent" -> i = spent(s, i, out);
                case "visited", "visits" -> {
                    // "visited President X", "who visited him at the Pentagon"; a place visited is no meeting
                    // ("A was visited by B": the passive)
                    if (i + 1 < s.to && (toks.get(i + 1).capitalised() || toks.get(i + 1).isAny("him", "her", "them")
                            || toks.get(i + 1).is("by") && i - 1 >= s.analysisFrom && toks.get(i - 1).isAny("was", "were"))) {
                        out.add(new Trigger(i, i + 1, "meeting:visited", false, w.equals("visits")));
                    }
                }
                case "got", "get" -> {
                    // "We first got to know each other in Bali": the subjects met
                    if (i + 4 < s.to && toks.get(i + 1).is("to") && toks.get(i + 2).is("know") && toks.get(i + 3).is("each")
                            && toks.get(i + 4).is("other")) {
                        out.add(new Trigger(i, i + 5, SAW_EACH_OTHER, false, false));
                        i += 4;
                    }
                }
                case "saw", "seen" -> i = saw(s, i, w, out);
                case "bumped", "fist-bumped" -> i = bumpedFists(s, i, w, out);
                // "negotiated with Lavrov in Geneva", "consulted with his counterpart in Riga": talked in person (a call has its own reading)
                case "conferred", "negotiated", "consulted", "shook", "co-chaired", "chaired" -> i = passive(s, i, out) ? i : conferredWith(s, i, w, out);
                case "over" -> {
                    // "the two leaders resolved the last questions over dinner at No10 last night": at one table (a group's
                    // or two people's verb; a meal shared with someone named after it is "with")
                    if (i + 1 < s.to && overAMeal(s, i + 1) && !withAfter(s, i + 1) && groupSubject(s, i)) {
                        out.add(new Trigger(i, i + 1, SHARED_A_MEAL, false, false));
                    }
                }
                case "signed" -> i = passive(s, i, out) ? i : signed(s, i, out);
                case "presented", "presents" -> i = presentedCredentials(s, i, w, out);
                case "made", "make", "makes" -> i = pressStatements(s, i, w, out);
                case "called", "calls" -> {
                    // "called separately on A and on B", "called also on A"
                    int on = i + 1 < s.to && (toks.get(i + 1).is("separately") || toks.get(i + 1).is("also")) ? i + 2 : i + 1;
                    if (on < s.to && toks.get(on).is("on")) {
                        out.add(new Trigger(i, on + 1, "meeting:called-on", false, w.equals("calls")));
                        i = on;
                    }
                }
                case "sat", "sits", "sitting" -> i = satWith(s, i, w, out);
                // "Rouhani did sit down on Tuesday with Hollande": the emphatic past
                case "sit" -> i = i - 1 >= s.analysisFrom && toks.get(i - 1).is("did") ? satWith(s, i, "sat", out) : i;
                case "attended" -> passive(s, i, out);
                case "led", "presided" -> {
                    // "Sherman and Ryabkov led the first session in Geneva", "A and B presided over the closing session": who
                    // led it together met (one who led talks alone met no one by that)
                    if (!passive(s, i, out) && ledTogether(s, i)) {
                        out.add(new Trigger(i, i + 1, CO_CHAIRED, false, false));
                    }
                }
                case "introduced" -> {
                    // "Blinken and Lavrov were first introduced in Reykjavik in May": its subjects met
                    if (i - 1 >= s.analysisFrom && (toks.get(i - 1).is("were") || toks.get(i - 1).is("first") && i - 2 >= s.analysisFrom
                            && toks.get(i - 2).is("were")) && !(i + 1 < s.to && toks.get(i + 1).is("to"))) {
                        out.add(new Trigger(i, i + 1, INTRODUCED, false, false));
                    }
                }
                case "returned" -> {
                    // "Shoukry, who returned the visit in Ankara the following month": the host of the last visit's
                    // ("returned that visit in Beijing last September", "returned his visit")
                    if (i + 2 < s.to && toks.get(i + 1).isAny("the", "that", "this", "his", "her", "their") && RETURNED.contains(toks.get(i + 2).lower)) {
                        out.add(new Trigger(i, i + 3, RETURNED_VISIT, false, false));
                    }
                }
                case "spoke", "talked", "interacted", "chatted", "conversation" -> sidelines(s, i, out);
                case "words" -> exchangedWords(s, i, out);
                case "exchanged" -> {
                    // "A and B exchanged views in Wellington": talk at a place, as "discussed" there
                    if (i + 1 < s.to && EXCHANGED.contains(toks.get(i + 1).lower) && discussedInPerson(s, i)) {
                        out.add(new Trigger(i, i + 2, DISCUSSED_IN_PERSON, false, false));
                    } else {
                        i = exchangedInstruments(s, i, out);
                    }
                }
                case "discussed" -> discussed(s, i, out);
                case "with" -> frontedWith(s, i, out);
                case "alongside", "beside" -> alongside(s, i, out);
                case "granted", "gave" -> i = audience(s, i, out);
                case "came", "come", "comes" -> {
                    // "Fidan came face to face with Gerapetritis in Athens"
                    if (i + 4 < s.to && toks.get(i + 1).is("face") && toks.get(i + 2).is("to") && toks.get(i + 3).is("face")) {
                        int with = toks.get(i + 4).is("with") ? i + 5 : i + 4;
                        out.add(new Trigger(i, with, "meeting:met-with", false, w.equals("comes")));
                        i = with - 1;
                    } else if (i + 1 < s.to && toks.get(i + 1).is("together") && !w.equals("come") && i - 1 >= s.analysisFrom
                            && (toks.get(i - 1).is(",") || toks.get(i - 1).capitalised() || PEOPLE_TOGETHER.contains(toks.get(i - 1).lower))) {
                        // (people: "the two regional tracks came together in Luanda" tells of no one)
                        // "We, A, B and C, came together in Athens today for the Ninth Summit"; "came together with D"
                        boolean with = i + 2 < s.to && toks.get(i + 2).is("with");
                        out.add(new Trigger(i, with ? i + 3 : i + 2, with ? "meeting:met-with" : "meeting:gathered", false, w.equals("comes")));
                        i = with ? i + 2 : i + 1;
                    }
                }
                // "wrapped up two days of discussions", "concluded their talks": talks that took place
                case "held", "holds", "had", "has", "hold", "wrapped", "concluded", "ended", "holding" -> i = heldTalks(s, i, w, out);
                // (most words of a sentence are none of them: no call for those)
                default -> i = OTHER_TRIGGER_WORDS.contains(w) ? otherWord(s, i, w, out) : i;
            }
        }
        return out;
    }

    private void meetOrSee(Sentence s, int i, String w, List<Trigger> out) {
        // "was pleased to meet", "I was also honored to meet President Marcos this morning"
        if (w.equals("meet") && i - 2 >= s.analysisFrom && toks.get(i - 1).is("to") && GLAD.contains(toks.get(i - 2).lower)
                || i - 1 >= s.analysisFrom && toks.get(i - 1).is("did") && !(i - 2 >= s.analysisFrom && toks.get(i - 2).isAny("not", "never"))) {
            // ("Obama did meet Rouhani in 2015": the emphatic past; "did not meet" is none)
            out.add(new Trigger(i, i + 1, "meeting:met-with", false, false));
        } else if (i - 2 >= s.analysisFrom && toks.get(i - 1).is("to") && (journeyBefore(s, i - 1) || firstTo(s, i - 1))) {
            // "Kim flew to Beijing in March 2018 to meet Xi Jinping", "travelled to Prague to see Novak": the
            // journey's purpose, told as done
            out.add(new Trigger(i, i + 1, JOURNEY_TO_MEET, false, false));
        } else if (w.equals("meet") && article.inHeadline(s) && i - 1 >= s.analysisFrom && toks.get(i - 1).capitalised()) {
            // a headline's present tells what happened: "Austin, Kihara meet in Tokyo"
            out.add(new Trigger(i, i + 1, "meeting:met-with", false, true));
        } else if (w.equals("meet") && i - 1 >= s.analysisFrom && s.mentions.stream().anyMatch(m -> m.end == i) && chronologyEntry(s)) {
            // "Nov. 23, 2019 - Motegi and his counterpart Kang meet in Nagoya": a chronology's present, of the day it opens with
            out.add(new Trigger(i, i + 1, "meeting:met-with", false, false));
        }
    }

    /** A chronology's entry: a sentence opening with a date, then a dash or colon ("May 9, 2018 - Moon visits Tokyo …"). */
    private boolean chronologyEntry(Sentence s) {
        for (Dates.Found f : s.dates) {
            if (f.start() == 0 && f.date() != null) {
                String after = s.text.substring(f.end()).stripLeading();
                return after.startsWith("-") || after.startsWith("–") || after.startsWith("—") || after.startsWith(":");
            }
        }
        return false;
    }

    private int visitTo(Sentence s, int i, List<Trigger> out) {
        // "paid a visit to President Duda" (a visit to a country is none: no one is met)
        boolean paid = false;
        for (int k = Math.max(s.analysisFrom, i - 4); k < i && !paid; k++) {
            paid = toks.get(k).is("paid") || toks.get(k).is("pays") || toks.get(k).is("paying");
        }
        // "during a visit to François Hollande in Paris": a visit to a person named right after "to" is one too
        int person = i + 2;
        boolean toPerson = !paid && person < s.to && toks.get(i + 1).is("to") && i - 1 >= s.analysisFrom
                && (toks.get(i - 1).is("a") || toks.get(i - 1).is("his") || toks.get(i - 1).is("her"))
                && s.mentions.stream().anyMatch(m -> m.start == person && m.kind == Sentence.MentionKind.PERSON);
        if ((paid || toPerson) && i + 1 < s.to && toks.get(i + 1).is("to")) {
            out.add(new Trigger(i, i + 2, "meeting:visited", false, false));
            return i + 1;
        }
        // "was the first EU leader to visit President Putin", "flew to Moscow to visit Putin": told as done, like "to meet"
        if (i - 2 >= s.analysisFrom && toks.get(i - 1).is("to") && (journeyBefore(s, i - 1) || firstTo(s, i - 1))
                && s.mentions.stream().anyMatch(m -> m.start == i + 1 && m.kind == Sentence.MentionKind.PERSON)) {
            out.add(new Trigger(i, i + 1, JOURNEY_TO_MEET, false, false));
        }
        return i;
    }

    private int beganWith(Sentence s, int i, String w, List<Trigger> out) {
        // "Carney began Tuesday with NATO Secretary General Mark Rutte": the day's first meeting
        int with = i + 1;
        while (with < Math.min(s.to, i + 5) && DAY_OPENING.contains(toks.get(with).lower)) {
            with++;
        }
        if (with > i + 1 && with + 1 < s.to && toks.get(with).is("with") && toks.get(with + 1).capitalised()) {
            out.add(new Trigger(i, with + 1, "meeting:began-with", false, w.endsWith("s")));
            return with;
        }
        return w.equals("opened") ? otherWord(s, i, w, out) : i;
    }

    private int spent(Sentence s, int i, List<Trigger> out) {
        // "had spent more than seven hours on Sunday with Foreign Minister Qin Gang"
        for (int k = i + 1; k < Math.min(s.to, i + 10); k++) {
            if (toks.get(k).is("with")) {
                out.add(new Trigger(i, k + 1, "meeting:spent-time-with", false, false));
                return k;
            }
            if (toks.get(k).type == Token.Type.PUNCT && !toks.get(k).text.equals("-")) {
                break;
            }
        }
        if (spentHours(s, i)) {
            // "Sherman and Ryabkov spent nearly eight hours at the U.S. mission": the subjects, together
            out.add(new Trigger(i, i + 1, "meeting:gathered", false, false));
        }
        return i;
    }

    private int saw(Sentence s, int i, String w, List<Trigger> out) {
        // "They last saw each other in Brussels in April": the subjects met
        if (i + 2 < s.to && toks.get(i + 1).is("each") && toks.get(i + 2).is("other")) {
            out.add(new Trigger(i, i + 3, SAW_EACH_OTHER, false, false));
            return i + 2;
        }
        boolean perfect = w.equals("seen") && i - 1 >= s.analysisFrom && toks.get(i - 1).isAny("had", "has", "have");
        if (i - 1 >= s.analysisFrom && (toks.get(i - 1).is("last") || toks.get(i - 1).is("first")) && i + 1 < s.to
                || (w.equals("saw") || perfect) && (sawSomeone(s, i) || seenThere(s, i))) {
            // "Zelensky last saw the US president at the Vatican in April", "There he saw President al-Sisi, held talks
            // with …", "had seen him in Tehran in July": whom one saw, one met
            out.add(new Trigger(i, i + 1, "meeting:met-with", false, false));
        }
        return i;
    }

    /** Participles that tell a meeting after a comma: ", holding talks with", ", meeting", ", sitting across the table from". */
    private static final Set<String> MEETING_PARTICIPLES = Words.set("holding", "meeting", "calling", "hosting", "receiving", "sitting");

    /** Whether a meeting's participle opened after a comma, in the same clause, within a few words before {@code and}. */
    private boolean meetingParticipleBefore(Sentence s, int and) {
        for (int k = and - 1; k - 1 >= Math.max(s.analysisFrom, and - 16); k--) {
            if (toks.get(k).isAny(";", ".", "and", "but")) {
                return false;
            }
            if (MEETING_PARTICIPLES.contains(toks.get(k).lower) && toks.get(k - 1).is(",")) {
                return true;
            }
        }
        return false;
    }

    /** "saw him in Tehran", "had seen Putin at the summit in July": a person seen somewhere or at some time was met. */
    private boolean seenThere(Sentence s, int i) {
        int after = i + 1 < s.to && toks.get(i + 1).isAny("him", "her", "them") ? i + 2 : -1;
        for (Sentence.Mention m : s.mentions) {
            if (m.start == i + 1 && m.kind == Sentence.MentionKind.PERSON) {
                after = m.end;
            }
        }
        if (after < 0 || after + 1 >= s.to || !(toks.get(after).isAny("in", "at", "during", "last", "again")
                || toks.get(after).is("on") && (toks.get(after + 1).capitalised() || Character.isDigit(toks.get(after + 1).text.charAt(0))))) {
            return false;
        }
        // ("saw Aliyev in Baku as a partner": seen as something)
        for (int k = after; k < Math.min(s.to, after + 8); k++) {
            if (toks.get(k).is("as")) {
                return false;
            }
        }
        return true;
    }

    private int bumpedFists(Sentence s, int i, String w, List<Trigger> out) {
        // "bumped fists with the Crown Prince": a greeting in person, as a handshake
        int with = w.equals("bumped") && i + 2 < s.to && toks.get(i + 1).lower.startsWith("fist") && toks.get(i + 2).is("with") ? i + 3
                : w.equals("fist-bumped") && i + 1 < s.to ? i + 1 : -1;
        if (with > 0) {
            out.add(new Trigger(i, with, "meeting:shook-hands", false, false));
            return with - 1;
        }
        return i;
    }

    /** Verbs of talking something over that take the other person after "with". */
    private static final Set<String> TALKED_WITH = Words.set("conferred", "negotiated", "consulted");

    /** "Conferred with", "shook hands with", "co-chaired the meeting with", or their subjects together. */
    private int conferredWith(Sentence s, int i, String w, List<Trigger> out) {
        int at = i;
        boolean with = false;
        // ("co-chaired the 10th meeting of the Joint Commission with Foreign Minister Bui Thanh Son": a longer name)
        boolean coChaired = w.equals("co-chaired") || w.equals("chaired") && i - 2 >= s.analysisFrom && toks.get(i - 1).is("-")
                && toks.get(i - 2).is("co");
        int reach = coChaired ? 16 : 6;
        for (int k = i + 1; k < Math.min(s.to, i + reach); k++) {
            if (k >= i + 6 && (toks.get(k).is(",") || toks.get(k).is(";") || toks.get(k).is("."))) {
                break;
            }
            if (toks.get(k).is("with")) {
                out.add(new Trigger(i, k + 1, "meeting:" + (w.equals("shook") ? "shook-hands" : TALKED_WITH.contains(w) ? "conferred" : "co-chaired"),
                        false, false));
                at = k;
                with = true;
                break;
            }
        }
        if (!with && TALKED_WITH.contains(w) && discussedInPerson(s, at)) {
            // "Kallas and Karins conferred in Riga on Wednesday": its subjects, at a place
            out.add(new Trigger(at, at + 1, DISCUSSED_IN_PERSON, false, false));
        }
        if (!with && coChaired) {
            // "Prime Minister Tusk and Prime Minister Fiala co-chaired the consultations": its subjects met
            out.add(new Trigger(at, at + 1, CO_CHAIRED, false, false));
        } else if (!with && w.equals("chaired") && gatheringAfter(s, at)) {
            // "The Head of State chaired the first summit …. The summit was attended by A, B and C": its chair, at it
            out.add(new Trigger(at, at + 1, CHAIRED, false, false));
        }
        if (w.equals("shook") && at + 1 < s.to && toks.get(at + 1).is("hands") && (out.isEmpty() || out.get(out.size() - 1).start() != at)) {
            out.add(new Trigger(at, at + 2, "meeting:shook-hands", false, false));
        }
        return at;
    }

    /** Whether a gathering's noun follows within a few words: "chaired the first summit of …", "chaired a session". */
    private boolean gatheringAfter(Sentence s, int at) {
        for (int k = at + 1; k < Math.min(s.to, at + 5); k++) {
            if (toks.get(k).isAny("summit", "meeting", "session", "conference", "forum", "council")) {
                return true;
            }
        }
        return false;
    }

    private int signed(Sentence s, int i, List<Trigger> out) {
        // ("signed the Trinity House Agreement on defence with his German counterpart": the agreement's name between)
        for (int k = i + 1; k < Math.min(s.to, i + 10) && toks.get(k).isWord(); k++) {
            if (toks.get(k).is("with")) {
                out.add(new Trigger(i, k + 1, "meeting:signed-with", false, false));
                return k;
            }
        }
        if (signedTogetherThere(s, i)) {
            // "Turkish Defense Minister Yasar Guler and his Somali counterpart Abdulkadir Mohamed Nur signed a
            // framework agreement in Ankara": two people named right before, and the place they signed in
            out.add(new Trigger(i, i + 1, SIGNED_TOGETHER, false, false));
        }
        return i;
    }

    private int presentedCredentials(Sentence s, int i, String w, List<Trigger> out) {
        // "presented his credentials in Jerusalem on March 1, 2021 to President Rivlin": an envoy received in person
        int credentials = -1;
        for (int k = i + 1; k < Math.min(s.to, i + 5) && credentials < 0; k++) {
            credentials = toks.get(k).is("credentials") || toks.get(k).is("credence") ? k : -1;
        }
        for (int k = credentials + 1; credentials > 0 && k < Math.min(s.to, credentials + 14); k++) {
            if (toks.get(k).is("to")) {
                out.add(new Trigger(i, k + 1, "meeting:presented-credentials", false, w.equals("presents")));
                return k;
            }
            if (toks.get(k).is(";") || toks.get(k).is(".")) {
                break;
            }
        }
        return i;
    }

    private int pressStatements(Sentence s, int i, String w, List<Trigger> out) {
        // "Putin and Modi made statements for the press": together before the press, after their talks
        int k = i + 1;
        while (k < Math.min(s.to, i + 4) && (toks.get(k).is("joint") || toks.get(k).is("press") || toks.get(k).is("brief"))) {
            k++;
        }
        if (k + 2 < s.to && toks.get(k).is("statements") && (toks.get(k + 1).is("for") || toks.get(k + 1).is("to"))
                && PRESS.contains(toks.get(k + 2).lower.equals("the") && k + 3 < s.to ? toks.get(k + 3).lower : toks.get(k + 2).lower)) {
            out.add(new Trigger(i, k + 1, PRESS_STATEMENTS, false, !w.equals("made")));
            return k;
        }
        return i;
    }

    private int satWith(Sentence s, int i, String w, List<Trigger> out) {
        int with = -1;
        for (int k = i + 1; k < Math.min(s.to, i + SAT_REACH) && with < 0; k++) {
            with = toks.get(k).is("with") ? k : with;
        }
        if (with > 0) {
            out.add(new Trigger(i, with, "meeting:sat-down-with", false, w.equals("sits")));
            return with - 1;
        }
        if (i + 2 < s.to && toks.get(i + 1).isAny("beside", "alongside")) {
            // "sat beside President Pavel at the dinner": at one table
            out.add(new Trigger(i, i + 2, "meeting:sat-down-with", false, w.equals("sits")));
            return i + 1;
        }
        if (i + 1 < s.to && (toks.get(i + 1).is("down") || toks.get(i + 1).is("across") || toks.get(i + 1).is("together")
                || toks.get(i + 1).is("opposite"))) {
            // "they sat down for what both sides expect to be their final meeting", "A and B sat across the table"
            out.add(new Trigger(i, i + 2, "meeting:sat-down-with", false, w.equals("sits")));
        }
        return i;
    }

    private void exchangedWords(Sentence s, int i, List<Trigger> out) {
        // "We already had a chance to exchange a few words yesterday evening at the reception": in person
        boolean exchanged = false;
        for (int k = Math.max(s.analysisFrom, i - 3); k < i; k++) {
            exchanged |= toks.get(k).is("exchange") || toks.get(k).is("exchanged");
        }
        if (exchanged && inPerson(s, i)) {
            int end = i + 1 < s.to && toks.get(i + 1).is("with") ? i + 2 : i + 1;
            out.add(new Trigger(i, end, TALKED_IN_PERSON, false, false));
        }
    }

    /** "A and B exchanged the instruments of ratification in Moscow": hand to hand, so together. */
    static final String EXCHANGED_INSTRUMENTS = "meeting:exchanged-instruments";

    /** "exchanged the instruments of ratification (with B)": its subjects, and whom they exchanged them with. */
    private int exchangedInstruments(Sentence s, int i, List<Trigger> out) {
        int k = i + 1 < s.to && toks.get(i + 1).is("the") ? i + 2 : i + 1;
        if (k >= s.to || !toks.get(k).is("instruments")) {
            return i;
        }
        for (int w = k + 1; w < Math.min(s.to, k + 6) && toks.get(w).isWord(); w++) {
            if (toks.get(w).is("with")) {
                out.add(new Trigger(i, w + 1, EXCHANGED_INSTRUMENTS, false, false));
                return w;
            }
        }
        out.add(new Trigger(i, k + 1, EXCHANGED_INSTRUMENTS, false, false));
        return k;
    }

    private void discussed(Sentence s, int i, List<Trigger> out) {
        // "A and B discussed Afghanistan at NATO Headquarters on Thursday", "discussed trade with B in Hanoi": at
        // a place, in a story that tells no call, they talked face to face
        if (discussedInPerson(s, i)) {
            int with = -1;
            for (int k = i + 1; k < Math.min(s.to, i + 8) && with < 0 && toks.get(k).type != Token.Type.PUNCT; k++) {
                with = toks.get(k).is("with") ? k : -1;
            }
            out.add(new Trigger(i, with > 0 ? with + 1 : i + 1, DISCUSSED_IN_PERSON, false, false));
        }
    }

    /** "With Minister Pinotti, Secretary Mattis emphasized …": whom the subject talked with, told first. */
    static final String FRONTED_WITH = "meeting:with-first";
    /** Verbs of talk after a sentence's opening "With X,": "discussed", "reviewed", "exchanged views". */
    private static final Set<String> TALK_VERBS = Words.set("discussed", "explored", "reviewed", "emphasized", "emphasised", "stressed",
            "reaffirmed", "exchanged", "underscored", "highlighted", "talked", "tackled", "held", "addressed", "agreed");

    /**
     * A sentence opened by "With", a person named before its comma, then, within three words, someone and a verb of talk:
     * "With Brazilian Defense Minister Raul Jungmann, Carter explored ways …". In a story that tells no call.
     */
    private void frontedWith(Sentence s, int i, List<Trigger> out) {
        if (i != s.analysisFrom || !toks.get(i).capitalised() || callToldBy(s.index)) {
            return;
        }
        int comma = i + 1;
        while (comma < Math.min(s.to, i + 16) && !toks.get(comma).is(",")) {
            comma++;
        }
        int last = comma;
        boolean named = s.mentions.stream().anyMatch(m -> m.start > i && m.end <= last && m.kind == Sentence.MentionKind.PERSON);
        if (!named || comma + 2 >= s.to || !toks.get(comma).is(",")) {
            return;
        }
        for (int k = comma + 2; k < Math.min(s.to, comma + 6); k++) {
            if (TALK_VERBS.contains(toks.get(k).lower)) {
                out.add(new Trigger(i, i + 1, FRONTED_WITH, true, false));
                return;
            }
        }
    }

    private void alongside(Sentence s, int i, List<Trigger> out) {
        // "Speaking alongside Lipavsky at a news conference in Warsaw, Sikorski said", "Speaking in Warsaw
        // alongside Lipavsky", "stood beside Putin at the Victory Day parade": they stood side by side
        for (int k = i - 1; k >= Math.max(s.analysisFrom, i - 6) && toks.get(k).type != Token.Type.PUNCT; k--) {
            // ("took part in Vilnius alongside A": in the summit, among others; "took part alongside A": with him)
            if (ALONGSIDE_VERBS.contains(toks.get(k).lower) && !(toks.get(k).isAny("part", "participated") && k < i - 1)) {
                // (a participle's subject follows its clause; "she stood beside Mata'afa": the verb's is before it)
                boolean finiteBeside = (toks.get(i).is("beside") || toks.get(k).isAny("part", "participated"))
                        && !toks.get(k).lower.endsWith("ing");
                out.add(new Trigger(i, i + 1, ALONGSIDE, !finiteBeside, false));
                return;
            }
        }
    }

    private int audience(Sentence s, int i, List<Trigger> out) {
        // "King Abdullah granted an audience to Shoukry": the one granted it met him
        int k = i + 1 < s.to && (toks.get(i + 1).is("an") || toks.get(i + 1).is("a")) ? i + 2 : i + 1;
        // ("the Minister was granted an audience with King Tupou VI": she met him)
        boolean with = k + 1 < s.to && toks.get(k + 1).is("with");
        if (k + 1 < s.to && toks.get(k).is("audience") && (toks.get(k + 1).is("to") || with)) {
            out.add(new Trigger(i, k + 2, with ? "meeting:met-with" : "meeting:received", false, false));
            return k + 1;
        }
        return i;
    }

    /** "Held talks", "had a meeting", "wrapped up two days of discussions", "concluded their talks". */
    private int heldTalks(Sentence s, int i, String w, List<Trigger> out) {
        if (w.equals("holding") && !(i - 1 >= s.analysisFrom && toks.get(i - 1).is(","))) {
            return i;
        }
        if (passive(s, i, out) || i + 1 < s.to && toks.get(i + 1).is("been")) {
            // "The previous meeting had been their summit in Brno": a copula, the noun is its own trigger
            return i;
        }
        if (w.equals("held") && i + 1 < s.to && toks.get(i + 1).is("with") && heldWhich(s, i)) {
            // "the 23rd Summit, which President Michel and President von der Leyen held with President Zelenskyy"
            out.add(new Trigger(i, i + 2, "meeting:held-talks", false, false));
            return i + 1;
        }
        if (w.equals("held") && heldWhich(s, i) && namedTogetherBefore(s, i) != null) {
            // "the 13th Annual Summit, which Prime Minister Modi and Prime Minister Abe held in Tokyo in October 2018": the
            // two who held it met
            out.add(new Trigger(i, i + 1, "meeting:held-talks", false, false));
            return i;
        }
        // ("held their first annual Australia-New Zealand Leaders' Meeting": a long name before the noun, with no
        // preposition in it: "held on June 17 on the margins of the G7 Summit" holds no summit)
        int reach = i + HELD_REACH;
        for (int k = i + 1; k < Math.min(s.to, reach); k++) {
            String x = toks.get(k).lower;
            reach = NAME_BREAKS.contains(x) ? Math.min(reach, i + 9) : reach;
            if (HELD_NOUNS.contains(x) || heldAsNoun(s, k)) {
                if (w.equals("has") && !toks.get(i + 1).lower.equals("held")) {
                    break;
                }
                // "Xi returned Kim's visits in June 2019, holding two days of talks with him": the participle's
                // subject is the clause's
                // "travelled to Kyiv in August to hold talks with Zelenskyy": the journey's purpose, told as done
                boolean purpose = w.equals("hold") && i - 2 >= s.analysisFrom && toks.get(i - 1).is("to") && journeyBefore(s, i - 1);
                out.add(new Trigger(i, k + 1, "meeting:held-talks", w.equals("holding"), w.equals("holds") || w.equals("hold") && !purpose));
                return k;
            }
            // "had begun arranging a meeting between Putin and Zelensky": the meeting is what he arranges; "held no
            // talks" none
            // ("had agreed to intensify negotiations": the talks of another verb, still to come)
            // ("whom he had first met at the Shangri-La Dialogue": another verb, whose place names the gathering)
            if (x.equals(".") || x.equals(",") || x.equals("call") || x.equals("conversation") || x.equals("with") || x.equals("no")
                    || x.equals("at") || x.equals("met")
                    || x.equals("to") && !toks.get(k - 1).text.equals("-") || x.equals("that") || DESIRE.contains(x)) {
                break;
            }
        }
        return i;
    }

    /** How many words after "held" its meeting noun may stand (nine past a preposition). */
    private static final int HELD_REACH = 12;
    private static final Set<String> NAME_BREAKS = Words.set("on", "in", "at", "of", "for", "by", "during", "after", "before");

    /**
     * Meeting nouns written as a phrase or used alone: "held a one-on-one with", "had a bilateral with", "had a pull-aside
     * with" ("bilateral ties" are none: "with" or "on" follows the noun).
     */
    private boolean heldAsNoun(Sentence s, int k) {
        Token t = toks.get(k);
        // ("a pull-aside": the article before the phrase)
        int head = t.is("aside") && k - 2 > s.analysisFrom && toks.get(k - 1).text.equals("-") && toks.get(k - 2).is("pull") ? k - 2 : k;
        if (!toks.get(head - 1).isAny("a", "an", "their")) {
            // ("had also met his counterpart one-on-one", "held one-on-one talks": the verb or the noun after is the trigger)
            return false;
        }
        if (t.isAny("bilateral", "aside") && (k + 1 >= s.to || toks.get(k + 1).isAny("with", "on", "in", "at", ".", ","))) {
            return true;
        }
        // ("a one-on-one conversation": the noun after it is the trigger)
        return t.is("one") && k + 5 < s.to && toks.get(k + 1).text.equals("-") && toks.get(k + 2).is("on")
                && toks.get(k + 3).text.equals("-") && toks.get(k + 4).is("one") && toks.get(k + 5).isAny("with", "on", "in", "at");
    }

    /** Verbs of sharing a meal or a moment that take the other person after "with": "lunched with", "huddled with". */
    private static final Set<String> TOGETHER_WITH = Words.set("lunched", "dined", "breakfasted", "supped", "huddled", "caught");

    /** Every word some test of {@link #otherWord} starts from: the only words it is called for. */
    private static final Set<String> OTHER_TRIGGER_WORDS = Words.union(BRING, MEETING_NOUNS, JOINT_ACTS, HEADLINE_JOINT_ACTS, TOGETHER_WITH, Set.of("played", "was", "is", "thanked", "guest", "briefed", "handed", "hand", "delivered",
            "calling", "meeting", "hosting", "receiving", "welcoming", "call", "together", "encounter"));

    /** What a visitor delivers in person: "delivered a letter", "delivered a personal message". */
    private static final Set<String> DELIVERED = Words.set("letter", "message", "invitation");

    /**
     * The triggers of words the switch in {@link #find} does not name (kept apart so that {@code find} stays small enough
     * for the JIT to compile); returns the index the scan goes on from.
     */
    private int otherWord(Sentence s, int i, String w, List<Trigger> out) {
        if (w.equals("guest")) {
            // "Pavel was the guest of President Kovar in Bratislava": hosted by him
            if (i - 2 >= s.analysisFrom && toks.get(i - 1).isAny("the", "a") && toks.get(i - 2).isAny("was", "were", "is")
                    && i + 2 < s.to && toks.get(i + 1).is("of") && (toks.get(i + 2).capitalised() || toks.get(i + 2).isAny("his", "her"))) {
                out.add(new Trigger(i, i + 2, "meeting:guest-of", false, toks.get(i - 2).is("is")));
                return i + 1;
            }
            return i;
        }
        if (w.equals("thanked") && i + 4 < s.to && toks.get(i + 1).isAny("his", "her", "their") && toks.get(i + 2).isAny("host", "hosts")
                && toks.get(i + 3).is(",") && toks.get(i + 4).capitalised() && !callToldBy(s.index + 3)) {
            // "Pavel thanked his host, Polish President Duda, for the warm welcome in Warsaw": the host received him
            out.add(new Trigger(i, i + 4, "meeting:thanked-host", false, false));
            return i + 3;
        }
        if (w.equals("thanked")) {
            // "Duda thanked Pavel for hosting him in Prague last month": the one thanked hosted him
            for (int k = i + 2; k + 2 < s.to && k <= i + 10; k++) {
                // (in a call's story, only with a day of its own: else the call's day would date it)
                if (toks.get(k).is("for") && toks.get(k + 1).is("hosting") && toks.get(k + 2).isAny("him", "her", "them", "us", "me")
                        && (!s.dates.isEmpty() || !callToldBy(s.index + 3))) {
                    out.add(new Trigger(i, i + 1, "meeting:thanked-host", false, false));
                    return k + 2;
                }
                if (!toks.get(k).isWord() && !toks.get(k).is(",")) {
                    break;
                }
            }
            return i;
        }
        if (w.equals("played") || w.equals("was") || w.equals("is")) {
            // "played host to Pavel", "was host to Pavel": hosted him
            if (i + 3 < s.to && toks.get(i + 1).is("host") && toks.get(i + 2).is("to") && toks.get(i + 3).capitalised()) {
                out.add(new Trigger(i, i + 3, "meeting:hosted", false, false));
                return i + 2;
            }
            return i;
        }
        if (TOGETHER_WITH.contains(w)) {
            // "lunched with Pavel", "caught up with Pavel" ("caught" alone is none)
            int with = w.equals("caught") ? (i + 2 < s.to && toks.get(i + 1).is("up") ? i + 2 : -1)
                    : i + 1 < s.to && toks.get(i + 1).is("together") ? i + 2 : i + 1;
            if (with > 0 && with + 1 < s.to && toks.get(with).is("with") && (toks.get(with + 1).capitalised()
                    || toks.get(with + 1).isAny("his", "her", "the"))) {
                out.add(new Trigger(i, with + 1, "meeting:met-with", false, false));
                return with;
            }
            if (!w.equals("caught") && !w.equals("huddled")) {
                // "A and B dined together in Warsaw": those who ate together
                if (signedTogetherThere(s, i)) {
                    out.add(new Trigger(i, i + 1, ACTED_TOGETHER, false, false));
                }
            }
            return i;
        }
        if (HEADLINE_JOINT_ACTS.contains(w)) {
            if (article.inHeadline(s) && signedTogetherThere(s, i)) {
                out.add(new Trigger(i, i + 1, ACTED_TOGETHER, false, true));
            }
            return i;
        }
        if (JOINT_ACTS.contains(w)) {
            // ("agreed to expand": a plan, whoever made it)
            if (!(w.equals("agreed") && i + 1 < s.to && toks.get(i + 1).is("to")) && signedTogetherThere(s, i)) {
                out.add(new Trigger(i, i + 1, ACTED_TOGETHER, false, false));
            }
            return i;
        }
        if (w.equals("briefed") && i - 1 >= s.analysisFrom && (toks.get(i - 1).is("was") || toks.get(i - 1).is("were"))
                && i + 2 < s.to && toks.get(i + 1).is("by") && toks.get(i + 2).capitalised()) {
            // "the Secretary General and the ambassadors were briefed by Defence Minister Peter Hultqvist": in his presence
            out.add(new Trigger(i, i + 1, "meeting:briefed-by", false, false));
            return i;
        }
        if (BRING.contains(w) && i + 1 < s.to) {
            // "Cavusoglu brought Lavrov and Kuleba together in Antalya", "Lourenço brought together Tshisekedi and Kagame": those
            // brought together met, and so did whoever brought them
            if (toks.get(i + 1).is("together")) {
                // ("the Cairo Summit, which brought together A, B and C": a gathering's guests, no meeting of them all)
                boolean relative = i - 1 >= s.analysisFrom && (toks.get(i - 1).is("that") || toks.get(i - 1).is("which"));
                if (!relative) {
                    out.add(new Trigger(i, i + 2, BROUGHT_TOGETHER, false, false));
                }
                return i + 1;
            }
            for (int k = i + 1; k < Math.min(s.to, i + 16); k++) {
                if (toks.get(k).is("together")) {
                    out.add(new Trigger(i, i + 1, BROUGHT_TOGETHER, false, false));
                    return i;
                }
                if (toks.get(k).is(";") || toks.get(k).is(".") || toks.get(k).is("to") || toks.get(k).is("back")) {
                    break;
                }
            }
            return i;
        }
        if ((w.equals("handed") || w.equals("hand") && i - 2 >= s.analysisFrom && toks.get(i - 1).is("to") && journeyBefore(s, i - 1))
                && i + 1 < s.to && (toks.get(i + 1).capitalised() || toks.get(i + 1).is("the")) && !toks.get(i + 1).is("over")) {
            // "handed Sheikh Hasina a personal invitation", "flew in … to hand Prime Minister Hasina an invitation": in person
            out.add(new Trigger(i, i + 1, "meeting:handed-to", false, false));
            return i;
        }
        boolean delivered = w.equals("delivered") && i + 3 < s.to && (DELIVERED.contains(toks.get(i + 2).lower)
                || DELIVERED.contains(toks.get(i + 3).lower));
        if (w.equals("handed") || delivered) {
            // "handed over his country's instrument of accession to Secretary of State Blinken": given in person, and so
            // is a letter delivered ("delivered a letter from King Salman to Ayatollah Khamenei")
            for (int k = i + 1; k + 1 < Math.min(s.to, i + 12); k++) {
                Token t = toks.get(k);
                if (t.is("to") && (toks.get(k + 1).capitalised() || toks.get(k + 1).is("the") || toks.get(k + 1).is("his")
                        || toks.get(k + 1).is("her"))) {
                    out.add(new Trigger(i, k + 1, delivered ? "meeting:delivered-to" : "meeting:handed-to", false, false));
                    return k;
                }
                if (t.type == Token.Type.PUNCT && !t.is("'s") && !t.text.equals("-") || t.is("by") || t.is("with")) {
                    break;
                }
            }
            return i;
        }
        // "before calling on President Widodo at the palace and then meeting Defence Minister Prabowo"
        boolean thenGerund = i - 2 >= s.analysisFrom && toks.get(i - 1).is("then")
                && (toks.get(i - 2).is("and") || toks.get(i - 2).is(","))
                // "Trump was back in February 2019, calling on Trong": the clause's subject called on him
                || w.equals("calling") && i - 1 >= s.analysisFrom && toks.get(i - 1).is(",")
                // "visited Cairo, holding talks with Shoukry and calling on President Sisi": the participles of one subject
                || i - 1 >= s.analysisFrom && toks.get(i - 1).is("and") && meetingParticipleBefore(s, i - 1);
        // ("calling separately on Yunus and Hossain": an adverb before "on")
        int on = i + 2 < s.to && toks.get(i + 1).isAny("separately", "also") ? i + 2 : i + 1;
        if (w.equals("calling") && on + 1 < s.to && toks.get(on).is("on") && i - 1 >= s.analysisFrom
                && (GERUND_BEFORE.contains(toks.get(i - 1).lower) || thenGerund || hadTheHonourOf(s, i - 1)) && toks.get(on + 1).capitalised()) {
            out.add(new Trigger(i, on + 1, "meeting:called-on", true, false));
            return on;
        } else if ((w.equals("meeting") || w.equals("hosting") || w.equals("receiving") || w.equals("welcoming")) && i - 1 >= s.analysisFrom
                && (GERUND_BEFORE.contains(toks.get(i - 1).lower) || thenGerund || hadTheHonourOf(s, i - 1)) && i + 1 < s.to
                // ("a day after meeting the summit's host, Thai Prime Minister Prayut")
                && (toks.get(i + 1).capitalised() || toks.get(i + 1).isAny("then", "his", "her", "the"))) {
            // "told reporters after meeting Xi", "said … after hosting Zelenskiy for talks", "recalled welcoming
            // then-Prime Minister Andersson": the gerund's subject is the sentence's
            out.add(new Trigger(i, i + 1, w.equals("meeting") ? "meeting:met-with" : w.equals("hosting") ? "meeting:hosted"
                    : w.equals("welcoming") ? "meeting:welcomed" : "meeting:received", true, false));
        } else if (w.equals("meeting") && i - 1 >= s.analysisFrom && toks.get(i - 1).text.equals(",") && i + 1 < s.to
                && (toks.get(i + 1).capitalised() || toks.get(i + 1).is("his") || toks.get(i + 1).is("her"))) {
            // "Xi, meeting Biden in Bali, said": a participle with the name before it as its subject
            out.add(new Trigger(i, i + 1, "meeting:met-with", false, false));
        } else if (w.equals("meeting") && (i == s.analysisFrom && toks.get(i).capitalised()
                        || i - 1 >= s.analysisFrom && toks.get(i - 1).text.equals(","))
                && i + 1 < s.to && (toks.get(i + 1).is("in") || toks.get(i + 1).is("on") || toks.get(i + 1).is("at"))) {
            // "Meeting in Moscow on Thursday, the two ministers failed to agree": those after the comma met; "A
            // and B, meeting in Vientiane on Thursday, agreed": the subjects around it
            out.add(new Trigger(i, i + 1, PARTICIPLE, true, false));
        } else if (w.equals("meeting") && i == s.analysisFrom && toks.get(i).capitalised() && i + 1 < s.to && toks.get(i + 1).capitalised()
                && s.phraseAt(i + 1) == null) {
            // "Meeting Chinh, Xi noted …": the one named after the comma met the one named before it
            out.add(new Trigger(i, i + 1, "meeting:meeting-with", true, false));
        } else if (w.equals("call") && i - 1 >= s.analysisFrom && ((toks.get(i - 1).is("courtesy") || paidA(s, i)) && toks.get(i + 1 < s.to ? i + 1 : i).is("on")
                || toks.get(i - 1).is("office") && i + 1 < s.to && (toks.get(i + 1).is("on") || toks.get(i + 1).is("with")))) {
            // "paid a courtesy call on the President", "paid a call on President Santos", "held an office call with General
            // Entacher": a visit in person
            out.add(new Trigger(i, i + 2, "meeting:called-on", false, false));
        } else if (w.equals("together") && i - 1 >= s.analysisFrom && (toks.get(i - 1).is("were") || toks.get(i - 1).is("was"))
                && i + 1 < s.to && (toks.get(i + 1).is("in") || toks.get(i + 1).is("at"))) {
            // "The Secretary and I were together in Bandar Seri Begawan in August": its subjects met there
            out.add(new Trigger(i - 1, i + 1, SAW_EACH_OTHER, false, false));
        } else if (w.equals("together")) {
            int verb = doneTogether(s, i);
            if (verb >= 0) {
                out.add(new Trigger(verb, verb + 1, ACTED_TOGETHER, false, false));
            }
        } else if (MEETING_NOUNS.contains(w)) {
            nominal(s, i, out);
        } else if (w.equals("encounter") && theirWithin(s, i, 3)) {
            // "since their first encounter in Helsinki in July 2018": only theirs ("an encounter with" may be any)
            out.add(new Trigger(i, i + 1, "meeting:their-meeting", true, false));
        }
        return i;
    }

    /**
     * "The Dialogue was co-chaired by A and B", "The trilateral meeting was held among A, B and C", "The talks were held
     * between A and B": a meeting noun, "was" or "were", the verb, then the people after "by", "among" or "between".
     * Adds the trigger (its people are its objects) and says whether it did.
     */
    private boolean passive(Sentence s, int verb, List<Trigger> out) {
        // "co-chaired" may come as three tokens
        int be = verb - 1 >= s.analysisFrom + 2 && toks.get(verb - 1).is("-") && toks.get(verb - 2).is("co") ? verb - 3 : verb - 1;
        // "held the fourth round of consultations in Beijing, co-chaired by A and B": a participle after the noun's clause
        boolean participle = be >= s.analysisFrom && toks.get(be).is(",") && !toks.get(verb).is("held");
        // "The UK's defence treaties with France, …, were signed at Lancaster House by A and B": a document, signed together
        boolean signed = toks.get(verb).is("signed");
        Set<String> nouns = signed ? SIGNED_NOUNS : PASSIVE_NOUNS;
        // "the Trilateral Foreign Ministers' Meeting held in Busan in November 2023 by A, B and C": the noun's own participle
        boolean reduced = be >= s.analysisFrom && nouns.contains(toks.get(be).lower);
        if (!PASSIVE_HELD.contains(toks.get(verb).lower) || be - 1 < s.analysisFrom && !reduced
                || !(toks.get(be).is("was") || toks.get(be).is("were") || participle || reduced)) {
            return false;
        }
        boolean noun = reduced;
        for (int k = be - 1; k >= Math.max(s.analysisFrom, be - (participle || signed ? 12 : 4)) && !noun; k--) {
            noun = nouns.contains(toks.get(k).lower);
        }
        if (!noun) {
            return false;
        }
        // past the place and the day: "was held in Busan on 26 November among"
        int k = verb + 1;
        while (k < s.to && (placeOrDay(toks.get(k)) || toks.get(k).is(","))) {
            k++;
        }
        if (k < Math.min(s.to, verb + (signed ? 12 : 8)) && (toks.get(k).is("by") || toks.get(k).is("among") || toks.get(k).is("between"))) {
            out.add(new Trigger(verb, k + 1, signed ? SIGNED_BY : "meeting:held-by", true, false));
            return true;
        }
        // "… was held on 20 August 2024 in New Delhi." and no more: the states' meeting, its people told after it
        return (k >= s.to || toks.get(k).is(".")) && venueOfStates(s, verb, out);
    }

    /**
     * "The sixth India-Japan 2+2 Ministerial Meeting was held on 20 August 2024 in New Delhi": a meeting of two or three
     * states' delegations, who may be named in the sentences after it ({@link Delegations}); a trigger without people.
     */
    private boolean venueOfStates(Sentence s, int verb, List<Trigger> out) {
        Set<String> states = new HashSet<>();
        for (Sentence.State st : s.states) {
            if (st.end() <= verb) {
                states.add(st.code());
            }
        }
        if (states.size() < 2 || states.size() > 3 || !toks.get(verb).is("held")) {
            return false;
        }
        out.add(new Trigger(verb, verb + 1, "meeting:held-by", true, false));
        return true;
    }

    /** A word of a place or a day, which alone may stand between a meeting noun or verb and its people: "talks in Kyiv on 3 May with". */
    private static boolean placeOrDay(Token t) {
        return t.is("in") || t.is("on") || t.is("at") || t.is("the") || t.capitalised() || t.type == Token.Type.NUMBER;
    }

    /**
     * "spoke with Wang Yi on the sidelines of the Munich Security Conference", "A and B had a candid conversation on the
     * margins of the G20": talk at a gathering both attended is a meeting (a call is not: {@link #realised} checks).
     */
    private void sidelines(Sentence s, int verb, List<Trigger> out) {
        boolean at = false;
        for (int k = verb + 1; k < Math.min(s.to, verb + 14) && !at; k++) {
            at = MARGINS.contains(toks.get(k).lower) && toks.get(k - 1).is("the")
                    && toks.get(k - 2).is("on");
        }
        // "spoke briefly with Lavrov": an adverb may come before "with"
        int with = verb + 1 < s.to && toks.get(verb + 1).is("with") ? verb + 1
                : verb + 2 < s.to && toks.get(verb + 1).lower.endsWith("ly") && toks.get(verb + 2).is("with") ? verb + 2 : -1;
        boolean inPerson = !at && (toks.get(verb).is("talked") || with > 0 && !toks.get(verb).is("conversation")) && inPerson(s, verb);
        if (inPerson && verb - 2 > s.analysisFrom && toks.get(verb - 1).isAny("we", "they") && toks.get(verb - 2).is("and")
                && verb + 1 < s.to && toks.get(verb + 1).is("about") && out.stream().anyMatch(t -> t.end() < verb - 1)) {
            // "Yesterday in Munich I met Lavrov, and we talked about Syria": what the meeting just told was about ("and we
            // talked again in Da Nang" is another)
            return;
        }
        if (inPerson) {
            // "Sikorski and Lipavsky talked for two hours in Warsaw", "spoke with Lipavsky in Warsaw": in person (a call is not)
            int end = with > 0 ? with + 1 : verb + 1;
            out.add(new Trigger(verb, end, TALKED_IN_PERSON, false, false));
            return;
        }
        // the noun only as "had a (candid) conversation", "had a long and very substantive conversation", "held their first
        // conversation"
        boolean had = !toks.get(verb).is("conversation");
        for (int k = Math.max(s.analysisFrom, verb - 8); k <= verb - 2 && !had; k++) {
            had = toks.get(k).isAny("had", "held");
        }
        int end = verb + 1 < s.to && toks.get(verb + 1).is("with") ? verb + 2 : verb + 1;
        if (!at && had && toks.get(verb).is("conversation") && (inPerson(s, verb) || oneOnOne(s, verb))) {
            // "A and B had an informal conversation in the Kremlin": in a place, not on the phone
            out.add(new Trigger(verb, end, TALKED_IN_PERSON, false, false));
            return;
        }
        if (!at || !had) {
            return;
        }
        out.add(new Trigger(verb, end, SIDELINES, false, false));
    }

    /** A duration before a noun of talk: "a two-hour", "a two-and-a-half-hour", "an hour-long", "a 90-minute". */
    private static final Pattern DURATION_BEFORE = Pattern.compile("(-hour|hour-long|-minute|minute-long) $");

    /**
     * "had a one-on-one conversation that lasted about an hour": words before the noun that put both in one room, in a
     * sentence that tells no call.
     */
    private boolean oneOnOne(Sentence s, int noun) {
        String before = article.text.substring(toks.get(Math.max(s.analysisFrom, noun - 6)).start, toks.get(noun).start)
                .toLowerCase(java.util.Locale.ROOT);
        // ("a brief conversation", "a short conversation": one had in passing, where both were; "a two-hour conversation", in
        // a story that tells no call)
        boolean timed = DURATION_BEFORE.matcher(before).find() && !callToldBy(s.index + 3);
        return (before.contains("one-on-one") || before.contains("face-to-face") || before.contains("tete-a-tete")
                || before.endsWith("brief ") || before.endsWith("short ") || timed) && !mentionsCall(s);
    }

    /** Whether the words after a verb of talk put both in one room: "in Warsaw", "for two hours", "in person", "face to face". */
    private boolean inPerson(Sentence s, int verb) {
        boolean remote = false;
        boolean faceToFace = false;
        for (int k = s.analysisFrom; k < s.to; k++) {
            remote |= PHONE.contains(toks.get(k).lower);
            faceToFace |= k > verb && (toks.get(k).is("face-to-face") || toks.get(k).is("in-person")
                    || toks.get(k).is("face") && (k + 2 < s.to && toks.get(k + 2).is("face") || k + 4 < s.to && toks.get(k + 4).is("face")));
        }
        if (faceToFace && !remote) {
            // "spoke briefly with Lavrov on Thursday, the highest-level face-to-face contact since …"
            return true;
        }
        int end = Math.min(s.to, verb + INPERSON_REACH);
        for (int k = verb + 1; k < end; k++) {
            Token t = toks.get(k);
            if (t.is(",") || t.is(";") || t.is("and") || t.is("but") || CLAUSE_STARTS.contains(t.lower)) {
                return false;
            }
            if (t.is("in") && k + 1 < end && (toks.get(k + 1).is("person") || atPlace(s, k + 1)) || t.is("face")) {
                return true;
            }
            if (t.is("at") && k + 2 < end && toks.get(k + 1).is("the") && GATHERINGS.contains(toks.get(k + 2).lower)) {
                // "spoke with Lavrov at the reception", "exchanged a few words at the dinner": both were there
                return true;
            }
            if (k + 2 < end && building(s, k)) {
                // "had an informal conversation in the Kremlin": a building both were in
                return true;
            }
            if (t.is("for") && k + 2 < end && (toks.get(k + 2).lower.startsWith("hour") || k + 3 < end && toks.get(k + 3).lower.startsWith("hour"))) {
                return true;
            }
            if (t.is("over") && overAMeal(s, k + 1)) {
                // "had a conversation with To Lam over a cup of tea", "talked over dinner": at one table
                return true;
            }
        }
        return false;
    }

    /** Whether "with" follows within a few words of {@code k}: "over dinner with Bekele". */
    private boolean withAfter(Sentence s, int k) {
        for (int j = k; j < Math.min(s.to, k + 5); j++) {
            if (toks.get(j).is("with")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the clause before {@code k} opens with a group ("the two leaders", "they") or two people joined by "and". */
    private boolean groupSubject(Sentence s, int k) {
        int from = k;
        while (from > s.analysisFrom && !toks.get(from - 1).isAny(",", ";") && !CLAUSE_STARTS.contains(toks.get(from - 1).lower)) {
            from--;
        }
        int people = 0;
        for (Sentence.Mention m : s.mentions) {
            if (m.start < from || m.end > k) {
                continue;
            }
            if (m.kind == Sentence.MentionKind.GROUP) {
                return m.start <= from + 1;
            }
            if (m.kind == Sentence.MentionKind.PERSON || m.kind == Sentence.MentionKind.TITLE_REF) {
                people++;
            }
        }
        return people >= 2;
    }

    /** "a cup of tea", "dinner", "a working lunch" at {@code k}: a meal or a drink shared. */
    private boolean overAMeal(Sentence s, int k) {
        for (int j = k; j < Math.min(s.to, k + 4); j++) {
            if (MEALS.contains(toks.get(j).lower)) {
                return true;
            }
            if (!toks.get(j).isAny("a", "an", "cup", "of", "working", "informal", "private", "late", "long")) {
                return false;
            }
        }
        return false;
    }

    /** Verbs of giving a meal to a guest: "gave a dinner for", "gave a lunch in honour of". */
    private static final Set<String> MEAL_GIVEN = Words.set("gave", "threw", "organised", "organized", "gives");

    /**
     * "gave a dinner for Pavel", "gave a lunch in honour of Pavel": where the guest's name starts after the meal at
     * {@code i}, or -1.
     */
    private int mealGiven(Sentence s, int i) {
        int k = i - 1;
        while (k > s.analysisFrom && MEAL_QUALIFIERS.contains(toks.get(k).lower)) {
            k--;
        }
        if (k == i - 1 || k < s.analysisFrom || !MEAL_GIVEN.contains(toks.get(k).lower)) {
            return -1;
        }
        int guest = i + 1 < s.to && toks.get(i + 1).is("for") ? i + 2
                : i + 3 < s.to && toks.get(i + 1).is("in") && toks.get(i + 2).isAny("honour", "honor") && toks.get(i + 3).is("of") ? i + 4 : -1;
        return guest > 0 && guest < s.to && (toks.get(guest).capitalised() || toks.get(guest).isAny("his", "her", "the")) ? guest : -1;
    }

    /** "over breakfast with", "at a working lunch with": the clause's subject and whom he ate with. */
    private static final String OVER_A_MEAL = "meeting:over-a-meal";
    /** What may stand before a meal's noun: a meeting noun's qualifiers and "the", "working", "official", "state", …. */
    private static final Set<String> MEAL_QUALIFIERS = Words.union(NOUN_QUALIFIERS,
            Set.of("the", "working", "official", "state", "festive", "light"));
    private static final Set<String> MEALS = Words.set("tea", "coffee", "dinner", "lunch", "breakfast", "supper", "meal");

    /** "discussed … at NATO Headquarters", "discussed trade with B in Hanoi": a place of the talk, and no call in the story so far. */
    private boolean discussedInPerson(Sentence s, int verb) {
        if (callToldBy(s.index)) {
            // a call readout's talk is on the phone, wherever its topics are
            return false;
        }
        for (int k = verb + 1; k + 1 < s.to && !toks.get(k).is(";"); k++) {
            if (AHEAD.contains(toks.get(k).lower)) {
                // "discussed preparations for the upcoming summit in Vilnius": the place of another time
                return false;
            }
            // "at NATO Headquarters", "at the Pentagon", "in Hanoi" (not "the situation in Ukraine")
            boolean venue = toks.get(k).is("at") && toks.get(k + 1).capitalised() || building(s, k);
            boolean city = toks.get(k).is("in") && atPlace(s, k + 1) && s.stateAt(k + 1) == null;
            if (venue || city) {
                return true;
            }
        }
        return false;
    }

    /** "in the Kremlin", "at the White House": a building named after "in the" or "at the" at {@code k}, not a state. */
    private boolean building(Sentence s, int k) {
        return (toks.get(k).is("in") || toks.get(k).is("at")) && k + 2 < s.to && toks.get(k + 1).is("the")
                && toks.get(k + 2).capitalised() && s.stateAt(k + 2) == null;
    }

    /** Whether the story tells a call in a sentence up to {@code index}. */
    private boolean callToldBy(int index) {
        if (firstCall == -2) {
            firstCall = Integer.MAX_VALUE;
            for (Sentence x : article.sentences) {
                if (mentionsCall(x)) {
                    firstCall = x.index;
                    break;
                }
            }
        }
        return firstCall <= index;
    }

    private static boolean atPlace(Sentence s, int k) {
        for (Sentence.Place p : s.places) {
            if (p.start() == k) {
                return true;
            }
        }
        return false;
    }

    /** What one welcomes that is no person: "welcomed the forthcoming visit of", "welcomed the decision". */
    private static final Set<String> WELCOMED_THINGS = Words.set("visit", "visits", "decision", "decisions", "agreement", "agreements",
            "progress", "proposal", "proposals", "initiative", "initiatives", "efforts", "steps", "outcome", "outcomes", "results",
            "announcement", "statement", "signing", "adoption", "launch", "conclusion", "establishment", "participation", "holding",
            "resumption", "readiness", "commitment", "appointment", "release", "election", "news", "move", "plan", "plans", "talks",
            "dialogue", "ceasefire", "opportunity", "role", "contribution", "support", "development", "developments", "growth",
            "cooperation", "co-operation", "collaboration", "partnership", "relations", "ties", "engagement", "improvement",
            "deployment", "presence", "investment", "investments", "success", "strengthening", "deepening", "expansion",
            "accession", "contributions", "work", "leadership", "elevation", "upgrade", "meeting", "meetings", "negotiations",
            "summit", "consultations", "conversation", "exchange", "exchanges", "address", "speech", "remarks", "keynote");
    /** Words that may stand between "welcomed" and what it welcomes: "welcomed the forthcoming visit". */
    private static final Set<String> DETERMINERS = Words.set("the", "a", "an", "his", "her", "their", "its", "this", "that", "these",
            "those", "both", "our");

    /**
     * "The leaders welcomed the forthcoming visit to New Delhi of Foreign Minister Kuleba", "welcomed President Lin's
     * readiness to": a thing welcomed, no one met.
     */
    private boolean welcomedAThing(Sentence s, int i) {
        int from = i + 1;
        for (Sentence.Mention m : s.mentions) {
            if (m.start == from && m.kind == Sentence.MentionKind.PERSON && m.end < s.to && toks.get(m.end).is("'s")) {
                from = m.end + 1; // what the person has is what is welcomed
            }
        }
        for (int k = from; k < Math.min(s.to, from + 4); k++) {
            Token t = toks.get(k);
            if (t.capitalised() || !t.isWord() || s.covered(k)) {
                return false;
            }
            if (WELCOMED_THINGS.contains(t.lower)) {
                return true;
            }
            if (k > from && !DETERMINERS.contains(toks.get(k - 1).lower) && DETERMINERS.contains(t.lower)) {
                return false;
            }
        }
        return false;
    }

    /** "was the first foreign head of state to see Lula": who was the first (or last) to meet someone met him. */
    private boolean firstTo(Sentence s, int to) {
        // ("became the first head of government of a European Union country to meet Putin": a long noun phrase between)
        for (int k = to - 1; k - 2 >= Math.max(s.analysisFrom, to - 14); k--) {
            if ((toks.get(k).is("first") || toks.get(k).is("last")) && toks.get(k - 1).is("the")) {
                // "was the first", "was also the first"
                int verb = toks.get(k - 2).is("also") && k - 3 >= s.analysisFrom ? k - 3 : k - 2;
                return toks.get(verb).is("was") || toks.get(verb).is("became");
            }
            if (!toks.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    /** Past verbs without "-ed" of what two may do together: "flew together", "rode together", "sat together". */
    private static final Set<String> PAST_TOGETHER = Words.set("flew", "rode", "drove", "went", "ate", "took", "sat", "swam", "ran",
            "spent", "saw", "made", "had", "shook", "stood");
    /** Verbs of a shared past or purpose, no occasion: "served together", "worked together", "fought together". */
    private static final Set<String> LONG_TOGETHER = Words.set("served", "worked", "fought", "cooperated", "collaborated",
            "studied", "trained", "grew", "stood", "brought", "came");
    /** What may stand between two named together and their verb: "A and B later flew together". */
    private static final Set<String> BEFORE_VERB = Words.set("later", "then", "also", "again", "once", "first", "last", "had", "have",
            "has", "even", "briefly", "subsequently");

    /**
     * "Sunak and Kallas flew together to Tallinn", "A and B played golf together in Florida": two or more named together
     * who did something together, in the past, met; the verb's index, or -1.
     */
    private int doneTogether(Sentence s, int together) {
        for (int v = together - 1; v >= Math.max(s.analysisFrom + 1, together - 3); v--) {
            Token t = toks.get(v);
            // ("pledged to work together": a plan)
            if (!Character.isLetter(t.text.charAt(0)) || t.isAny("to", "and") || t.isAny("a", "the") && v == together - 1) {
                return -1;
            }
            boolean past = t.lower.length() > 4 && t.lower.endsWith("ed") || PAST_TOGETHER.contains(t.lower);
            if (!past) {
                continue;
            }
            if (LONG_TOGETHER.contains(t.lower)) {
                return -1;
            }
            NamedTogether named = namedTogetherBefore(s, backOver(s, v, BEFORE_VERB, v));
            return named != null && (named.first().kind == Sentence.MentionKind.PERSON || named.last().kind == Sentence.MentionKind.PERSON)
                    && !mentionsCall(s) ? v : -1;
        }
        return -1;
    }

    /** What puts the two before a joint act together, told before them: "At the end of the talks", "During the same visit". */
    private static final Set<String> TOGETHER_BEFORE = Words.set("talks", "visit", "margins", "sidelines", "meeting", "ceremony");
    /** … or after it: "signed a new framework here today", "in the presence of", "on the margins of the summit". */
    private static final Set<String> TOGETHER_AFTER = Words.set("here", "presence", "margins", "sidelines", "ceremony");

    /**
     * Whether the sentence sets the two people named before the act at {@code act} (the first at {@code first}) together,
     * and tells of no call.
     */
    private boolean togetherAround(Sentence s, int first, int act) {
        boolean together = false;
        for (int k = s.analysisFrom; k < s.to; k++) {
            String w = toks.get(k).lower;
            if (phoneWord(s, k)) {
                return false;
            }
            // (not "which A and B launched when they met in New York on the margins": another clause's)
            // ("A and B appeared together at a news conference")
            together |= k == act + 1 && w.equals("together")
                    || k < first && TOGETHER_BEFORE.contains(w) && noClauseOpens(k + 1, first)
                    || k > act && TOGETHER_AFTER.contains(w) && noClauseOpens(act + 1, k);
        }
        return together;
    }

    /** Whether tokens {@code from} to {@code to} (exclusive) are "of" and a state: "Prime Minister Kishida Fumio of Japan". */
    private boolean ofState(Sentence s, int from, int to) {
        if (from + 1 >= to || !toks.get(from).is("of")) {
            return false;
        }
        for (Sentence.State st : s.states) {
            if (st.start() == from + 1 && st.end() == to) {
                return true;
            }
        }
        return false;
    }

    /** Whether tokens {@code from} to {@code to} (exclusive) are dates and their commas only. */
    private boolean onlyDates(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!inDate(s, k) && !toks.get(k).is(",") && !toks.get(k).is("on")) {
                return false;
            }
        }
        return true;
    }

    /** Whether no clause opens between tokens {@code from} and {@code to} (exclusive): no "when", "which", "that". */
    private boolean noClauseOpens(int from, int to) {
        for (int k = from; k < to; k++) {
            if (CLAUSE_STARTS.contains(toks.get(k).lower) || toks.get(k).is("that")) {
                return false;
            }
        }
        return true;
    }

    /** "Pavel and Kovar's talks": two people joined by "and", the second's possessive at {@code k}, own the meeting together. */
    private boolean pairPossessor(Sentence s, int k) {
        if (!toks.get(k).is("'s")) {
            return false;
        }
        for (Sentence.Mention second : s.mentions) {
            if (second.end == k && second.kind == Sentence.MentionKind.PERSON) {
                for (Sentence.Mention first : s.mentions) {
                    if (first.end < second.start && first.kind == Sentence.MentionKind.PERSON
                            && article.between(first.end, second.start).strip().equals("and")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Words of a visit: "his state visit in August 2014", "made his first trip abroad". */
    private static final Set<String> VISITS = Words.set("visit", "visited", "trip", "tour", "stay", "journey");

    /**
     * Whether the sentence tells a visit or a journey before token {@code end}, or a place visited, and no call: what a
     * "when" after it may set two people together in.
     */
    private boolean visitBefore(Sentence s, int end) {
        boolean visit = false;
        for (int k = s.analysisFrom; k < end; k++) {
            String w = toks.get(k).lower;
            if (phoneWord(s, k)) {
                return false;
            }
            visit |= VISITS.contains(w) || JOURNEYS.contains(w);
        }
        for (Sentence.Place p : s.places) {
            visit |= p.end() <= end && p.start() - 1 >= s.analysisFrom && toks.get(p.start() - 1).isAny("in", "to");
        }
        return visit;
    }

    /** Whether a journey's verb in the past governs the "to" at {@code to}, within its clause. */
    private boolean journeyBefore(Sentence s, int to) {
        int reach = to - JOURNEY_REACH;
        for (int k = to - 1; k >= Math.max(s.analysisFrom, reach); k--) {
            Token t = toks.get(k);
            if (inDate(s, k) || t.is(",") && (inDate(s, k - 1) || inDate(s, k + 1))) {
                // "travelled to the resort on January 6, 2011, to meet Mubarak": a date and its commas are no distance
                reach--;
                continue;
            }
            if (JOURNEYS.contains(t.lower)) {
                return true;
            }
            if (t.is(";") || t.is("and") || t.is("but") || CLAUSE_STARTS.contains(t.lower)) {
                return false;
            }
        }
        return false;
    }

    /** Whether token {@code k} lies inside a date the sentence tells. */
    private boolean inDate(Sentence s, int k) {
        if (k < s.from || k >= s.to) {
            return false;
        }
        int at = toks.get(k).start - toks.get(s.from).start;
        for (Dates.Found f : s.dates) {
            if (at >= f.start() && at < f.end()) {
                return true;
            }
        }
        return false;
    }

    /** "talks with", "consultations in Kyiv on Wednesday with", "a meeting between", "their last in-person meeting". */
    private void nominal(Sentence s, int i, List<Trigger> out) {
        String w = toks.get(i).lower;
        int qualified = i - 1;
        while (qualified > s.analysisFrom && NOUN_QUALIFIERS.contains(toks.get(qualified).lower)) {
            qualified--;
        }
        if (qualified >= s.analysisFrom && toks.get(qualified).is("no")) {
            // "There was no meeting between Modi and Sharif", "no formal talks with": none held
            return;
        }
        if (MEALS.contains(w) && out.isEmpty() && i + 2 < s.to && toks.get(i + 1).is("for") && toks.get(i + 2).capitalised()
                && i - 1 > s.analysisFrom && toks.get(i - 1).isAny("working", "state", "official", "private") && i - 2 >= s.analysisFrom
                && toks.get(i - 2).isAny("a", "with")) {
            // "began two days of diplomacy with a working breakfast for Trump": the host ate with his guest
            out.add(new Trigger(i, i + 2, OVER_A_MEAL, false, false));
            return;
        }
        int guest = MEALS.contains(w) && out.isEmpty() ? mealGiven(s, i) : -1;
        if (guest > 0) {
            // "gave a dinner for Pavel", "gave a lunch in honour of President Pavel": the host ate with his guest
            out.add(new Trigger(i, guest, OVER_A_MEAL, false, false));
            return;
        }
        if (MEALS.contains(w) && out.isEmpty() && i + 1 < s.to && toks.get(i + 1).is("with")) {
            // "opened his program yesterday over breakfast with Chan", "at a working lunch with": the clause's subject ate
            // with him ("held talks over lunch with A and over dinner with B": the talks' own objects)
            int k = i - 1;
            while (k > s.analysisFrom && MEAL_QUALIFIERS.contains(toks.get(k).lower)) {
                k--;
            }
            if (k >= s.analysisFrom && toks.get(k).isAny("over", "at", "during")) {
                out.add(new Trigger(k, i + 2, OVER_A_MEAL, false, false));
                return;
            }
        }
        if (MEALS.contains(w) && out.isEmpty() && i + 3 < s.to && toks.get(i + 1).isAny("given", "hosted", "offered")
                && toks.get(i + 2).is("by") && (toks.get(i + 3).capitalised() || toks.get(i + 3).isAny("his", "her", "the"))) {
            // "was the guest of honour at a state dinner given by Duda": he ate with his host
            out.add(new Trigger(i, i + 3, OVER_A_MEAL, false, false));
            return;
        }
        if (MEALS.contains(w) && out.isEmpty() && !w.equals("tea") && !w.equals("coffee")) {
            // "Tusk and his counterpart Fiala exchanged views during a working lunch": the clause's two ate together
            int k = i - 1;
            while (k > s.analysisFrom && MEAL_QUALIFIERS.contains(toks.get(k).lower)) {
                k--;
            }
            if (k >= s.analysisFrom && toks.get(k).isAny("over", "during") && !(i + 1 < s.to && toks.get(i + 1).is("for"))) {
                out.add(new Trigger(i, i + 1, "meeting:their-meeting", true, false));
                return;
            }
        }
        boolean press = i - 1 >= s.analysisFrom && (toks.get(i - 1).is("press") || toks.get(i - 1).is("news"));
        boolean pressEvent = w.equals("conference") || w.equals("availability") || w.equals("point");
        if (pressEvent && !press) {
            return;
        }
        // ("the joint press conference given by Prime Minister May and Prime Minister Abe")
        int by = i + 2 < s.to && toks.get(i + 1).isAny("given", "held") && toks.get(i + 2).is("by") ? i + 2 : i + 1;
        if (pressEvent && i - 2 >= s.analysisFrom && toks.get(i - 2).is("joint") && by + 1 < s.to && toks.get(by).isAny("by", "of")
                && toks.get(by + 1).capitalised()) {
            // "Joint Press Conference by Secretary of Defense Carter and Indian Minister of Defence Parrikar": those who gave it
            out.add(new Trigger(i, by + 1, "meeting:meeting-of", true, false));
            return;
        }
        if (pressEvent && i - 2 >= s.analysisFrom && toks.get(i - 2).is("joint")
                && !(i + 1 < s.to && (toks.get(i + 1).is("with") || toks.get(i + 1).is("between")))) {
            // "Austin and Kihara held a joint press conference in Tokyo", "… a joint press availability": those who gave it
            // stood together
            out.add(new Trigger(i, i + 1, "meeting:their-meeting", true, false));
            return;
        }
        if ((w.equals("meeting") || w.equals("summit")) && peopleOf(s, i)) {
            // "the meeting of our national security advisors, A, B and C, in Tokyo": the people after "of"
            out.add(new Trigger(i, i + 2, "meeting:meeting-of", true, false));
            return;
        }
        if ((w.equals("meeting") || w.equals("talks") || w.equals("summit")) && recalledBefore(s, i)
                && !(i + 1 < s.to && (toks.get(i + 1).is("with") || toks.get(i + 1).is("between")))) {
            // "The leaders recalled the summit meeting held in Tokyo on 9 February 2023": the recallers met
            out.add(new Trigger(i, i + 1, RECALLED, true, false));
            return;
        }
        if ((w.startsWith("meeting") || w.equals("talks") || w.equals("summit")) && i + 2 < s.to
                && (toks.get(i + 1).is("they") || toks.get(i + 1).is("we")) && (toks.get(i + 2).is("held") || toks.get(i + 2).is("had"))) {
            // "the talks they held in Seoul in May": they held talks
            out.add(new Trigger(i + 2, i + 3, "meeting:held-talks", false, false));
            return;
        }
        if (w.equals("meeting") || w.equals("talks") || w.equals("summit")) {
            // not "their meetings stopped after the clash": meetings in general, not one
            for (int k = i - 1; k >= Math.max(s.analysisFrom, i - 5); k--) {
                // "the two presidents' only previous summit": a plural possessive as "their"
                // ("the Quad Leaders' Summit" is a gathering's name)
                boolean plural = toks.get(k).text.equals("'") && k - 1 >= s.analysisFrom && toks.get(k - 1).lower.endsWith("s")
                        && !toks.get(k - 1).capitalised() && !toks.get(i).capitalised();
                if (toks.get(k).is("their") || toks.get(k).is("our") || plural || pairPossessor(s, k)) {
                    out.add(new Trigger(i, i + 1, "meeting:their-meeting", true, false));
                    return;
                }
                // ("their Annual Leaders' Meeting": a plural's apostrophe inside the gathering's name)
                boolean apostrophe = toks.get(k).text.equals("'") || toks.get(k).text.equals("’");
                if (toks.get(k).type == Token.Type.PUNCT && !toks.get(k).text.equals("-") && !apostrophe) {
                    break;
                }
            }
        }
        int before = i - 1;
        while (before > s.analysisFrom && before >= i - 4 && NOUN_QUALIFIERS.contains(toks.get(before).lower)) {
            // "came together for a bilateral meeting"
            before--;
        }
        if (!out.isEmpty() && i + 2 < s.to && (toks.get(i + 1).is("also") || toks.get(i + 1).is("attended")) && (toks.get(i + 2).is("attended")
                || toks.get(i + 2).is("by"))) {
            // "held talks with al-Sharaa on Dec. 22, in a meeting also attended by Nuh Yilmaz": the talks just told, whose
            // participants the attendance joins
            return;
        }
        if ((w.equals("talks") || w.equals("meeting")) && before >= s.analysisFrom
                && toks.get(before).isAny("of", "at", "after", "during", "following", "in", "for") && !(i + 1 < s.to && (toks.get(i + 1).is("with") || toks.get(i + 1).is("between")))) {
            // "agreed … after four hours of talks", "made no progress at talks in Turkey": the sentence's subjects talked
            out.add(new Trigger(i, i + 1, "meeting:their-meeting", true, false));
            return;
        }
        // ("the first India-Australia Annual Summit, held in New Delhi on 10 March 2023 between A and B")
        boolean heldAfter = i + 2 < s.to && toks.get(i + 1).is(",") && toks.get(i + 2).is("held");
        for (int k = heldAfter ? i + 3 : i + 1; k < Math.min(s.to, i + (heldAfter ? 16 : 10)); k++) {
            Token t = toks.get(k);
            if (t.is("with") || t.is("between")) {
                out.add(new Trigger(i, i + 1, t.is("with") ? "meeting:meeting-with" : "meeting:meeting-between", true, false));
                return;
            }
            // ("Poroshenko's first talks in Warsaw on July 8 were with Erdogan": the copula before "with")
            boolean copula = t.isAny("was", "were") && k + 1 < s.to && toks.get(k + 1).is("with");
            if (!placeOrDay(t) && !NOUN_TIME_WORDS.contains(t.lower) && !copula) {
                return;
            }
        }
    }

    /** Words of a time between a meeting noun and its "with": "his meeting later in the day with Modi". */
    private static final Set<String> NOUN_TIME_WORDS = Words.set("later", "earlier", "that", "this", "day", "morning", "afternoon",
            "evening", "week", "yesterday", "today", "tonight", "last", "night");

    /** Whether "their" stands within {@code reach} tokens before {@code i}: "their (first) encounter". */
    private boolean theirWithin(Sentence s, int i, int reach) {
        for (int k = i - 1; k >= Math.max(s.analysisFrom, i - reach); k--) {
            // ("Yoon and Kishida's first encounter": two named, the second's possessive, as "their")
            if (toks.get(k).is("their") || pairPossessor(s, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "meeting of our national security advisors, Jake Sullivan, …", "meeting of the two leaders": "of", then only a
     * possessive, lower-case words and a comma before a person (not "a meeting of the SCO Council, Putin said").
     */
    private boolean peopleOf(Sentence s, int noun) {
        if (noun + 2 >= s.to || !toks.get(noun + 1).is("of")) {
            return false;
        }
        for (int k = noun + 2; k < Math.min(s.to, noun + 14); k++) {
            Token t = toks.get(k);
            Sentence.Mention at = null;
            for (Sentence.Mention m : s.mentions) {
                at = m.start == k ? m : at;
            }
            // "the meeting of the defense ministers of Azerbaijan and Turkey (or of the two countries), A and B": the
            // people the countries are followed by
            boolean listFollows = at != null && at.end + 1 < s.to && toks.get(at.end).is(",") && toks.get(at.end + 1).capitalised();
            if (at != null && (at.kind == Sentence.MentionKind.STATES || at.kind == Sentence.MentionKind.GROUP && listFollows)) {
                k = at.end - 1;
                continue;
            }
            if (at != null) {
                return at.kind == Sentence.MentionKind.PERSON || at.kind == Sentence.MentionKind.GROUP;
            }
            Sentence.State state = null;
            for (Sentence.State st : s.states) {
                state = st.start() == k ? st : state;
            }
            if (state != null) {
                k = state.end() - 1;
                continue;
            }
            if (!(t.isWord() && !t.capitalised() || t.is(",") && k + 1 < s.to && toks.get(k + 1).capitalised())) {
                return false;
            }
        }
        return false;
    }

    /** "led the first session", "led the talks in Geneva": a meeting noun within a few words after "led". */
    private boolean ledTogether(Sentence s, int verb) {
        for (int k = verb + 1; k < Math.min(s.to, verb + 5); k++) {
            String w = toks.get(k).lower;
            if (w.equals("session") || w.equals("round") || PASSIVE_NOUNS.contains(w)) {
                return true;
            }
            if (!toks.get(k).isWord() || w.equals("delegation") || w.equals("delegations")) {
                return false;
            }
        }
        return false;
    }

    /** Verbs of remembering a meeting of one's own: "recalled the summit meeting held in Tokyo". */
    private static final Set<String> RECALLING = Words.set("recalled", "recalling", "recalls", "remembered", "remembering");

    /**
     * A verb of remembering, then "the" and at most three qualifying words, before the noun at {@code noun} ("recalled their
     * meeting" is the possessive's rule).
     */
    private boolean recalledBefore(Sentence s, int noun) {
        for (int k = noun - 1; k >= Math.max(s.analysisFrom + 1, noun - 4); k--) {
            Token t = toks.get(k);
            if (!t.isWord()) {
                return false;
            }
            if (t.is("the") && RECALLING.contains(toks.get(k - 1).lower)) {
                return true;
            }
        }
        return false;
    }

    /** Whether "at", "in" or "during" stands between two tokens: what comes after it is where something happened. */
    private boolean settingBetween(Sentence s, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (toks.get(k).is("at") || toks.get(k).is("in") || toks.get(k).is("during")) {
                return true;
            }
        }
        return false;
    }

    /** What one calls on someone to do when calling on him is a visit: "called on the Prime Minister to discuss trade". */
    private static final Set<String> VISIT_PURPOSES = Words.set("discuss", "review", "brief", "convey", "deliver", "present", "hand",
            "pay", "exchange", "thank", "congratulate", "express", "bid", "introduce", "share", "explore", "sign", "receive", "hold",
            "extend", "pass", "give", "seek", "talk", "update", "consult");

    /**
     * "called on the Russian President to end the war": an appeal, not a visit. Calling on someone to do something other than
     * what a visitor does ({@link #VISIT_PURPOSES}) before the clause ends.
     */
    private boolean exhorted(Sentence s, Trigger t) {
        for (int k = t.end(); k + 1 < Math.min(s.to, t.end() + 16); k++) {
            Token w = toks.get(k);
            if (w.is(",") || w.is(";") || w.is("at") || w.is("in") || w.is("on") || w.is("during")) {
                return false;
            }
            if (w.is("to") && toks.get(k + 1).isWord() && !toks.get(k + 1).capitalised()) {
                return !VISIT_PURPOSES.contains(toks.get(k + 1).lower);
            }
        }
        return false;
    }

    /** Whether the trigger reports a meeting that took place. */
    boolean realised(Sentence s, Trigger t) {
        if (counted(s, t) || t.rule().equals("meeting:called-on") && exhorted(s, t)) {
            return false;
        }
        int from = Math.max(s.analysisFrom, t.start() - 8);
        for (int k = t.start() - 1; k > from; k--) {
            if (toks.get(k).is("whom") || toks.get(k).is("who")) {
                // "left the room to phone Putin, whom he had met in Alaska": the call is the main clause's
                from = k;
                break;
            }
        }
        for (int k = from; k < Math.min(s.to, t.end() + 12); k++) {
            if (k >= t.end() + 2 && CALL_CLAUSE_ENDS.contains(toks.get(k).lower)) {
                // "met President Boluarte and joined her by video": the video is another clause's
                break;
            }
            if (phoneWord(s, k)) {
                return false;
            }
        }
        for (int k = Math.max(s.analysisFrom, t.start() - 4); k < t.start(); k++) {
            String w = toks.get(k).lower;
            if (NOT_YET.contains(w) && !(toks.get(k).capitalised() && w.equals("may")) && !goingAsMotion(s, k)
                    && !(w.equals("next") && nextOfAPast(s, k))) {
                return false;
            }
            if (w.equals("to") && k == t.start() - 1 && !(k - 1 >= s.analysisFrom && GLAD.contains(toks.get(k - 1).lower))
                    && !t.rule().equals(JOURNEY_TO_MEET) && !(toks.get(t.start()).is("hold") && journeyBefore(s, k))
                    && !(toks.get(t.start()).is("hand") && journeyBefore(s, k))) {
                return false;
            }
        }
        if (futureClause(s, t) || calledOff(s, t) || t.nominal() && joinedRemotely(s, t) || habitual(s, t)) {
            return false;
        }
        if (t.rule().equals("meeting:joined") && s.index > 0 && mentionsCall(article.sentences.get(s.index - 1))) {
            // "The call lasted three hours. Blinken and Yellen joined the President in the Roosevelt Room."
            return false;
        }
        if (t.nominal()) {
            for (int k = Math.max(s.analysisFrom + 1, t.start() - JOURNEY_REACH); k < t.start(); k++) {
                // "departs for Prague on Monday for talks with Novak", "stays in New Delhi on Friday for a meeting of the
                // Quad": a journey or stay told in the present is still to come
                if (JOURNEYS_AHEAD.contains(toks.get(k).lower) && !toks.get(k).capitalised()) {
                    return false;
                }
            }
            for (int k = Math.max(s.analysisFrom, t.start() - 6); k < Math.min(s.to, t.end() + 8); k++) {
                String w = toks.get(k).lower;
                // "he wants a three-way meeting with Putin", "seeks talks with"; not "urged restraint at a meeting with",
                // where the meeting is the setting of what was urged
                // ("spent Friday in a final push, holding separate meetings with": a participle after a comma is done)
                boolean participleAfter = t.start() - 1 > k && toks.get(t.start() - 1).is(",");
                if (k < t.start() && DESIRE.contains(w) && !settingBetween(s, k, t.start()) && !participleAfter) {
                    return false;
                }
                if (w.equals("to") && k + 1 < t.start() && TALKS_TO_COME.contains(toks.get(k + 1).lower)
                        && (k + 2 == t.start() || k + 3 == t.start() && NOUN_QUALIFIERS.contains(toks.get(k + 2).lower))) {
                    // "agreed to intensify negotiations", "to hold talks": talks to come
                    return false;
                }
                if (k < t.start() && AGENDA.contains(w) && !(k - 2 >= s.analysisFrom && toks.get(k - 1).isAny("his", "her", "their", "the")
                        && BEGAN.contains(toks.get(k - 2).lower))) {
                    // "The programme of the visit also includes meetings with": planned ("began his program with a meeting
                    // with Bildt": done)
                    return false;
                }
                if (w.equals("hope") || w.equals("hoped") || w.equals("hopes") || w.equals("next") && !nextOfAPast(s, k) || w.equals("upcoming")
                        || w.equals("planned") || w.equals("future") || w.equals("proposed") || w.equals("possible")
                        || w.equals("request") || w.equals("requested") || w.equals("invitation")) {
                    return false;
                }
            }
            for (int k = t.end(); k < s.to && !toks.get(k).is(";"); k++) {
                // "a meeting between A and B has not been scheduled", "talks between A and B were postponed": none took place
                if (UNDONE.contains(toks.get(k).lower)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** "flew on to Doha the next day for talks with the emir": the day after one told, no time to come. */
    private boolean nextOfAPast(Sentence s, int next) {
        return next - 1 >= s.analysisFrom && toks.get(next - 1).is("the") || next + 1 < s.to
                && toks.get(next + 1).isAny("day", "morning", "afternoon", "evening");
    }

    /** "had called off a meeting with Putin", "called off the talks": none took place. */
    private boolean calledOff(Sentence s, Trigger t) {
        for (int k = Math.max(s.analysisFrom + 1, t.start() - 3); k < t.end(); k++) {
            if (toks.get(k).is("off") && toks.get(k - 1).lower.startsWith("call")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "spent nearly eight hours", "spent more than an hour": a number of hours or minutes (days are a stay, not a meeting,
     * unless spent "together").
     */
    private boolean spentHours(Sentence s, int spent) {
        // a number of them: "have spent more hours together than any other pair" tells no meeting
        boolean counted = false;
        for (int k = spent + 1; k < Math.min(s.to, spent + 6); k++) {
            String w = toks.get(k).lower;
            if (w.equals("hours") || w.equals("hour") || w.equals("minutes")) {
                return counted;
            }
            if ((w.equals("days") || w.equals("day")) && k + 1 < s.to && toks.get(k + 1).is("together")) {
                // "the two leaders spent two days together at an informal summit in Wuhan"
                return counted;
            }
            counted |= Dates.count(w) > 0 || w.equals("several") || w.equals("few");
            if (!(APPROXIMATE.contains(w) || Dates.count(w) > 0)) {
                return false;
            }
        }
        return false;
    }

    /** ", their second meeting this year", ", the first meeting between the two": a noun in apposition to the clause before. */
    boolean appositive(Sentence s, Trigger t) {
        if (!t.nominal()) {
            return false;
        }
        for (int k = t.start() - 1; k > s.analysisFrom && k >= t.start() - 5; k--) {
            if (toks.get(k).is("their") || toks.get(k).is("the")) {
                return toks.get(k - 1).is(",");
            }
        }
        return false;
    }

    /**
     * "President Obama, joined by Vice President Biden, met …": one more subject of the verb after it, no meeting
     * of its own.
     */
    private boolean joinedBySubject(Sentence s, int joined) {
        return joined + 1 < s.to && toks.get(joined + 1).is("by") && joined - 1 > s.analysisFrom && toks.get(joined - 1).is(",");
    }

    /**
     * "This was their third meeting this year", "It was the first meeting between the two", "In their hourlong meeting,
     * A said": a sentence that only describes the meeting the one before it told.
     */
    boolean describesTheLast(Sentence s, Trigger t) {
        int k = s.analysisFrom;
        if (t.nominal() && k + 1 < t.start() && (toks.get(k).is("in") || toks.get(k).is("at") || toks.get(k).is("during"))
                && toks.get(k + 1).is("their") && t.start() - k <= 5 && t.end() < s.to && toks.get(t.end()).is(",")) {
            // "In their roughly hourlong meeting, Kamikawa called for …": the meeting just told, told on
            return true;
        }
        if (t.nominal() && (toks.get(k).is("their") || toks.get(k).is("the")) && t.start() <= k + 2 && t.end() < s.to
                && TALKS_TOLD_ON.contains(toks.get(t.end()).lower)) {
            // "Their talks covered Russia's war …", "The meeting focused on …": the meeting just told, told on
            return true;
        }
        if (t.nominal() && (toks.get(k).is("the") || toks.get(k).is("their")) && k + 1 < t.start()
                && TOLD_AS_COUNTED.contains(toks.get(k + 1).lower)) {
            // "The talks in Moscow were the fifth meeting of the two ministers this year": the talks just told, counted
            for (int c = k + 2; c < t.start() && c <= k + 6; c++) {
                if ((toks.get(c).is("was") || toks.get(c).is("were")) && t.start() - c <= 4) {
                    return true;
                }
            }
        }
        if (!t.nominal() || k + 2 >= t.start() || !(toks.get(k).is("this") || toks.get(k).is("it") || toks.get(k).is("that"))) {
            return false;
        }
        boolean copula = toks.get(k + 1).is("was") || toks.get(k + 1).is("is") || toks.get(k + 1).is("marked")
                || toks.get(k + 1).is("has") && toks.get(k + 2).is("been");
        return copula && t.start() - k <= 7;
    }

    /** Nouns of the meeting just told that a sentence may go on to count: "The talks were the fifth meeting …". */
    private static final Set<String> TOLD_AS_COUNTED = Words.set("talks", "meeting", "visit", "summit", "encounter");

    /**
     * "had met Novak twice before: in Prague in January and in Brno in June": a count whose occasions follow a colon;
     * the token after the colon, or -1.
     */
    int listedOccasions(Sentence s, Trigger t) {
        if (!counted(s, t)) {
            return -1;
        }
        for (int k = t.end(); k < Math.min(s.to - 1, t.end() + COUNT_REACH + 2); k++) {
            // (the count may stand as far as counted() looks, its colon or comma right after it)
            if (toks.get(k).is(":")) {
                return k + 1;
            }
            if (spacedDash(k)) {
                // "have already met three times this year -- in Tokyo in March, in Seoul on May 7 and …"
                while (k + 1 < s.to - 1 && spacedDash(k + 1)) {
                    k++;
                }
                return k + 1;
            }
            if (toks.get(k).is(",") && countJustBefore(k) && k + 1 < s.to
                    && (toks.get(k + 1).is("on") || toks.get(k + 1).is("in"))) {
                // "has held talks with Lavrov in Moscow twice, on November 11, 2021, … and on May 20, 2022"
                return k + 1;
            }
            if (toks.get(k).is(";") || toks.get(k).is(".")) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether "twice" or "times" ends the words before the comma at {@code comma}, or a time phrase after it: "twice last year,". */
    private boolean countJustBefore(int comma) {
        for (int k = comma - 1; k >= Math.max(0, comma - 4); k--) {
            if (toks.get(k).isAny("twice", "times")) {
                return true;
            }
            if (!toks.get(k).isAny("last", "this", "year", "month", "week", "before", "since", "already") && toks.get(k).type != Token.Type.NUMBER) {
                return false;
            }
        }
        return false;
    }

    /** "the Summit, which A and B held with C": a meeting noun, then "which" or "that", opening the clause of "held". */
    private boolean heldWhich(Sentence s, int held) {
        int named = held - 1;
        while (named > s.analysisFrom + 1 && held - named <= 8 && toks.get(named).capitalised()) {
            named--;
        }
        if (named < held - 1 && toks.get(named - 1).is("the") && (HELD_NOUNS.contains(toks.get(named).lower)
                || MEETING_NOUNS.contains(toks.get(named).lower))) {
            // "the talks European Council President Charles Michel held with Prime Minister Garibashvili": no "which" needed
            return true;
        }
        for (int k = held - 1; k > s.analysisFrom + 1 && k >= held - 12; k--) {
            if ((toks.get(k).is("which") || toks.get(k).is("that")) && toks.get(k - 1).is(",")
                    && (HELD_NOUNS.contains(toks.get(k - 2).lower) || MEETING_NOUNS.contains(toks.get(k - 2).lower))) {
                return true;
            }
            if (toks.get(k).is("that") && talksBefore(s, k)) {
                // "the conversations on the situation in eastern Congo that Secretary Blinken held with him in Kinshasa"
                return true;
            }
        }
        return false;
    }

    /** A noun of talks within eight words before {@code that}, with only words between ("the talks on trade that"). */
    private boolean talksBefore(Sentence s, int that) {
        for (int k = that - 1; k >= Math.max(s.analysisFrom, that - 8) && toks.get(k).isWord(); k--) {
            String w = toks.get(k).lower;
            if (HELD_NOUNS.contains(w) || MEETING_NOUNS.contains(w) || w.equals("conversations")) {
                return true;
            }
        }
        return false;
    }

    /** Words between "saw" and the title of whom one saw: "saw the new chief of army staff". */
    private static final Set<String> SEEN_TITLE_OPENERS = Words.set("the", "new", "then", "his", "her", "their");

    /** "saw President al-Sisi": a titled person right after "saw", not one seen as something ("saw Putin as a partner"). */
    private boolean sawSomeone(Sentence s, int i) {
        int at = i + 1;
        while (at < s.to && SEEN_TITLE_OPENERS.contains(toks.get(at).lower)) {
            // "saw the new chief of army staff, General Raheel Sharif"
            at++;
        }
        if (at + 1 >= s.to || at == i + 1 && !toks.get(at).capitalised()) {
            return false;
        }
        if (at > i + 1 && apposedPersonAfter(s, at)) {
            return true;
        }
        for (Sentence.Mention m : s.mentions) {
            if (m.start == i + 1 && m.kind == Sentence.MentionKind.PERSON && separatelyAfter(s, m.end)) {
                // "Lourenco then saw Tshisekedi and Kagame separately on Saturday": people seen one by one were met
                return true;
            }
        }
        Match title = s.phraseAt(at);
        if (title != null && (title.has(Kind.DEMONYM) || title.has(Kind.COUNTRY)) && !title.has(Kind.TITLE) && title.end() < s.to) {
            // "saw Palestinian Prime Minister Mohammad Shtayyeh", "saw Egypt's President al-Sisi"
            int next = toks.get(title.end()).is("'s") ? title.end() + 1 : title.end();
            title = next < s.to ? s.phraseAt(next) : null;
        }
        // ("saw Pakistani General Raheel Sharif": a rank before a name as a title; "saw the president's speech": no one)
        boolean rankedName = title != null && title.has(Kind.RANK) && title.end() < s.to && toks.get(title.end()).capitalised();
        if (title == null || !(title.has(Kind.TITLE) || rankedName) || title.end() < s.to && toks.get(title.end()).is("'s")) {
            return false;
        }
        for (int k = i + 2; k < Math.min(s.to, i + 10); k++) {
            if (toks.get(k).is("as")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the new chief of army staff, General Raheel Sharif, in Rawalpindi": lower-case words of a post, a comma, and a person
     * named in apposition (closed by a comma or a place or time), not the next clause's subject ("the film, Putin said").
     */
    private boolean apposedPersonAfter(Sentence s, int from) {
        for (int c = from; c < Math.min(s.to - 1, from + 8); c++) {
            Token t = toks.get(c);
            if (t.text.equals(",")) {
                for (Sentence.Mention m : s.mentions) {
                    if (m.start == c + 1 && m.kind == Sentence.MentionKind.PERSON) {
                        return m.end >= s.to || toks.get(m.end).isAny(",", "in", "on", "at", "during", ".");
                    }
                }
                return false;
            }
            if (!t.isWord() || t.capitalised() && s.phraseAt(c) == null) {
                return false;
            }
        }
        return false;
    }

    /** Whether "separately", "one by one" or "in turn" follows within the next few words, before the clause ends. */
    private boolean separatelyAfter(Sentence s, int from) {
        for (int k = from; k < Math.min(s.to, from + 8) && !toks.get(k).is(",") && !toks.get(k).is(";"); k++) {
            if (toks.get(k).is("separately") || toks.get(k).is("individually")) {
                return true;
            }
        }
        return false;
    }

    /** A dash set off by spaces, "--", "—" or "–": what opens a list, not a hyphen within a word. */
    private boolean spacedDash(int k) {
        Token t = toks.get(k);
        return (t.text.equals("-") || t.text.equals("—") || t.text.equals("–"))
                && (t.start > 0 && Character.isWhitespace(article.text.charAt(t.start - 1)) || k > 0 && spacedDash(k - 1));
    }

    private boolean counted(Sentence s, Trigger t) {
        // "met Czech Foreign Minister Petr Novak twice": past the names met
        for (int k = t.end(); k < Math.min(s.to, t.end() + COUNT_REACH); k++) {
            if (toks.get(k).is("times") || toks.get(k).is("twice") || toks.get(k).is("repeatedly") || toks.get(k).is("regularly")) {
                // "have met several times, most recently in Prague in January 2023": the last of them is told ("five times
                // since 2018, most recently …" too)
                int comma = k + 1;
                while (comma < Math.min(s.to, k + 6) && !toks.get(comma).is(",") && toks.get(comma).type != Token.Type.PUNCT) {
                    comma++;
                }
                return !(comma + 2 < s.to && toks.get(comma).is(",") && (toks.get(comma + 2).is("recently") || toks.get(comma + 1).is("last")));
            }
            if (toks.get(k).type == Token.Type.PUNCT) {
                return false;
            }
        }
        return false;
    }

    private boolean mentionsCall(Sentence s) {
        for (int k = s.from; k < s.to; k++) {
            if (phoneWord(s, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "their talks in Kazan in October, held on the sidelines of the BRICS summit, which the Brazilian President joined by
     * video link": a relative clause after the meeting's noun telling that one of them took part from afar.
     */
    private boolean joinedRemotely(Sentence s, Trigger t) {
        for (int k = t.end(); k + 2 < s.to && !toks.get(k).is(";"); k++) {
            if (!toks.get(k).isAny("which", "that") || !toks.get(k - 1).is(",")) {
                continue;
            }
            boolean joined = false;
            for (int j = k + 1; j < Math.min(s.to, k + 12) && !toks.get(j).is(",") && !toks.get(j).is(";"); j++) {
                joined |= toks.get(j).isAny("joined", "attended", "addressed") || toks.get(j).is("part") && toks.get(j - 1).is("took");
                if (joined && (phoneWord(s, j) || toks.get(j).is("remotely"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A word of a call or a video link at {@code k}; "paid a courtesy call on the President", "an office call", "paid a call
     * on" are visits.
     */
    private boolean phoneWord(Sentence s, int k) {
        return PHONE.contains(toks.get(k).lower) && !(k > s.from && (toks.get(k - 1).is("courtesy") || toks.get(k - 1).is("office")))
                && !(toks.get(k).is("call") && paidA(s, k) && k + 1 < s.to && toks.get(k + 1).is("on"));
    }

    /** "paid a" right before {@code k}: "paid a call on", a visit (one makes a call, one pays a visit). */
    private boolean paidA(Sentence s, int k) {
        return k - 2 >= s.from && toks.get(k - 1).is("a") && toks.get(k - 2).isAny("paid", "pay", "pays", "paying");
    }

    /** Forms of "be" before "expected in": "is expected in Riyadh". */
    private static final Set<String> AUXILIARIES = Words.set("is", "are", "was", "were", "be");
    /** How far back a future word may govern a trigger: "is due to attend a summit of … on Tuesday, before traveling … for talks". */
    private static final int FUTURE_REACH = 40;

    /** "Before going to the Presidential Complex, Bagheri called on …": "going" after no form of "be" is no plan. */
    private boolean goingAsMotion(Sentence s, int k) {
        return toks.get(k).is("going") && !(k - 1 >= s.analysisFrom && BE.contains(toks.get(k - 1).lower));
    }

    /** The forms of "be" (and "not"), before which "going" is a plan: "is going to visit". */
    private static final Set<String> BE = Words.set("is", "are", "was", "were", "am", "be", "been", "'s", "'re", "not");

    /** "was to visit …": a form of "be" and "to", before {@code from} in its clause. */
    private boolean beToBefore(Sentence s, int from) {
        for (int k = from - 1; k > s.analysisFrom && k >= from - 15; k--) {
            if (CLAUSE_STARTS.contains(toks.get(k).lower)) {
                return false;
            }
            if (toks.get(k).is("to") && AUXILIARIES.contains(toks.get(k - 1).lower)) {
                return true;
            }
        }
        return false;
    }

    /** Where ", which …" opens when {@code comma} closes it (no other comma between), else -1. */
    private int relativeOpening(Sentence s, int comma) {
        for (int k = comma - 1; k - 1 >= s.analysisFrom && comma - k <= FUTURE_REACH; k--) {
            if (toks.get(k).is(",")) {
                return -1;
            }
            if (toks.get(k).isAny("which", "who") && toks.get(k - 1).is(",")) {
                return k - 1;
            }
        }
        return -1;
    }

    /** Words after "is" that put a meeting told by its noun still ahead: "A meeting between A and B is planned for Friday". */
    private static final Set<String> PLANNED = Words.set("planned", "scheduled", "expected", "due", "proposed", "envisaged",
            "envisioned", "mooted", "likely", "slated", "possible");

    /**
     * Whether the noun's meeting is said after it to be still ahead or not to have been held: "is planned for Friday", "is
     * expected next month", "that had been expected on Wednesday did not take place".
     */
    private boolean plannedAfter(Sentence s, Trigger t) {
        for (int k = t.end(); k + 1 < Math.min(s.to, t.end() + 16); k++) {
            Token w = toks.get(k);
            if (w.isAny(",", ";", "which", "who", "when", "where")) {
                return false;
            }
            if (w.isAny("is", "are", "was", "were", "been") && (PLANNED.contains(toks.get(k + 1).lower) || UNDONE.contains(toks.get(k + 1).lower))) {
                // ("A meeting between A and B that had been expected on Wednesday", "a meeting … was cancelled")
                return true;
            }
            if (w.isAny("did", "has", "have", "had") && toks.get(k + 1).isAny("not", "never")) {
                // "a meeting between A and B … did not take place"
                return true;
            }
            if (w.isAny("would", "could", "might", "will", "may") && toks.get(k + 1).isAny("have", "be", "take", "not")) {
                // "a meeting between the presidents on American soil would have been unthinkable", "a meeting … will take
                // place": a meeting supposed or to come
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a day still to come stands before a meeting's noun, in its clause, and the sentence tells no day past:
     * "leaves for Washington today for Friday's trilateral summit …, the first stand-alone meeting of the three leaders".
     */
    private boolean futureDayBefore(Sentence s, Trigger t) {
        int origin = toks.get(s.from).start;
        int to = toks.get(t.start()).start - origin;
        Dates.Found future = null;
        for (Dates.Found f : s.dates) {
            if (!f.future() && f.date() != null) {
                return false;
            }
            future = f.future() && f.end() <= to ? f : future;
        }
        if (future == null) {
            return false;
        }
        for (int k = t.start() - 1; k >= s.analysisFrom && toks.get(k).start - origin >= future.end(); k--) {
            if (CLAUSE_STARTS.contains(toks.get(k).lower)) {
                return false;
            }
        }
        return true;
    }

    /** Words that open a clause of time, whose present tells the future of a future main clause. */
    private static final Set<String> TIME_CLAUSE_WORDS = Words.set("after", "when", "while", "before", "once", "until");

    /** Whether a future word ("will", "scheduled to") stands before {@code k} in its sentence, past no ";" or full stop. */
    private boolean futureBefore(Sentence s, int k) {
        for (int j = k - 1; j >= s.analysisFrom; j--) {
            String w = toks.get(j).lower;
            if (w.equals(";")) {
                return false;
            }
            if (FUTURE_CLAUSE.contains(w) && (w.equals("will") || w.equals("'ll") || w.equals("shall") || j + 1 < s.to && toks.get(j + 1).is("to"))) {
                return true;
            }
        }
        return false;
    }

    /** Words that make "met" a habit, no one meeting: "The two heads of state have met frequently". */
    private static final Set<String> HABITUALLY = Words.set("frequently", "often", "regularly", "repeatedly", "routinely");
    /** Counts of "times" that are no number: "have met many times". */
    private static final Set<String> MANY = Words.set("many", "several", "numerous", "countless", "dozens", "multiple");

    /** Whether the verb tells meetings as a habit, in its clause: "have met frequently", "had met many times". */
    private boolean habitual(Sentence s, Trigger t) {
        if (!toks.get(t.start()).isAny("met", "meet", "meets")) {
            return false;
        }
        for (int k = t.end(); k < Math.min(s.to, t.end() + 6); k++) {
            Token w = toks.get(k);
            if (w.type == Token.Type.PUNCT) {
                return false;
            }
            if (HABITUALLY.contains(w.lower) || MANY.contains(w.lower) && k + 1 < s.to && toks.get(k + 1).isAny("times", "occasions", "of")) {
                return !specificAfter(s, k);
            }
        }
        return false;
    }

    /** Whether one of the meetings is told after all: "have met several times, most recently in Moscow in May", "often this year". */
    private boolean specificAfter(Sentence s, int from) {
        for (int k = from; k < s.to; k++) {
            Token w = toks.get(k);
            if (w.isAny("recently", "last", "latest", "this", "year", "month", "week") || w.type == Token.Type.NUMBER
                    || w.capitalised() && Dates.isMonth(w.text)) {
                return true;
            }
        }
        return false;
    }

    /** A future word governing the trigger's clause: "was due to travel to Kyiv, and then to Berlin for talks with …". */
    private boolean futureClause(Sentence s, Trigger t) {
        if (t.nominal() && (plannedAfter(s, t) || futureDayBefore(s, t))) {
            return true;
        }
        for (int k = t.start() - 1; k >= Math.max(s.analysisFrom, t.start() - FUTURE_REACH); k--) {
            String w = toks.get(k).lower;
            if (CLAUSE_STARTS.contains(w)) {
                // "are scheduled to meet on Thursday, a day after Biden hosts Kishida": a present after a time word is the
                // future of the clause it hangs on
                return t.present() && TIME_CLAUSE_WORDS.contains(w) && futureBefore(s, k);
            }
            int opens = w.equals(",") ? relativeOpening(s, k) : -1;
            if (opens >= 0) {
                // "During his visit, which will last less than 48 hours, Albanese also held talks": the relative clause's
                // future is its own
                k = opens;
                continue;
            }
            if (k == t.start() - 1 && w.equals("be") && k - 1 > s.analysisFrom && toks.get(k - 1).is("and")
                    && beToBefore(s, k - 1)) {
                // "was to visit the National Congress and be received by the President of the Senate": the plan goes on
                return true;
            }
            if (FUTURE_CLAUSE.contains(w) && !goingAsMotion(s, k) && (w.equals("will") || w.equals("'ll") || w.equals("shall") || w.equals("would")
                    || k + 1 < s.to && toks.get(k + 1).is("to")
                    // "Tamim is expected in Riyadh on Friday for a Gulf summit with Xi": a presence to come
                    || (w.equals("expected") || w.equals("due")) && k - 1 >= s.analysisFrom && AUXILIARIES.contains(toks.get(k - 1).lower)
                    && k + 1 < s.to && (toks.get(k + 1).is("in") || toks.get(k + 1).is("at") || toks.get(k + 1).is("back")))) {
                return true;
            }
        }
        return false;
    }
}
