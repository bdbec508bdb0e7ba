package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplograph.extract.MeetingTriggers.Trigger;
import org.diplograph.extract.Sentence.Mention;
import org.diplograph.extract.Sentence.MentionKind;

/**
 * Which mentions took part in a meeting a trigger reports: the group before it (its subjects) and the list after it
 * (its objects). Whom each mention means is {@link MeetingReferents}'s.
 */
final class MeetingParticipants {

    /** Words that may stand between a noun trigger and its subject: "Biden's first bilateral meeting", "Stoltenberg told a joint press conference". */
    private static final Set<String> NOMINAL_GAP = Words.set("'s", "’s", "s", "bilateral", "first", "official", "separate", "the", "his",
            "her", "a", "an", "formal", "informal", "in-person", "in", "person", "face-to-face", "face", "to", "strategic", "joint", "press",
            "news", "told", "gave", "addressed", "at", "during", "speaking", "their", "its", "last", "second", "third",
            "trilateral", "one-on-one", "working", "private", "closed-door", "lengthy", "long", "brief", "annual", "held", "had",
            "previous", "latest", "recent", "most", "such", "earlier", "only", "'");
    /** "The Foreign Secretary began the day with talks with …": the subject of the day's or visit's opening opens the talks. */
    private static final Pattern BEGAN_WITH = Pattern.compile("\\s*(?:began|begins|started|starts|opened|opens)"
            + "\\s+(?:the|his|her|their)\\s+(?:day|visit|program|programme|trip|tour|morning|stay)\\s+with(?:\\s+(?:a|an))?\\s*");
    /** "President Biden, Jr. of the United States, Prime Minister Kishida of Japan and …": what may follow a name in a list. */
    private static final String OF_STATE = "(?:,?\\s*(?:Jr|Sr)\\.?)?(?:\\s*of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.'-]*(?:\\s+(?:of\\s+)?(?:the\\s+)?\\p{Lu}[\\p{L}.'-]*){0,3})?";
    /** A state's possessive before the next name of a list: "India's Rajnath Singh and China's Wei Fenghe", "Sao Tome and Principe's". */
    private static final String STATE_POSSESSIVE = "(?:\\p{Lu}[\\p{L}.-]*(?:\\s+(?:and\\s+|of\\s+(?:the\\s+)?)?\\p{Lu}[\\p{L}.-]*){0,2}\\s*['’]s\\s*)?";
    /** Between a traveller and the first of his companions: " went to Baghdad with Defense Minister ". */
    private static final Pattern JOURNEY_WITH = Pattern.compile(
            "(?s)\\s*(went|travell?ed|flew|came|arrived|headed)\\b[^,;]{0,40}?\\bwith\\s+(\\p{Lu}[\\w.-]*\\s+){0,5}");
    /** "It was A who met B", "it was A that received B": the person between "it was" and "who" or "that". */
    private boolean cleft(Sentence s, Mention m, String gap) {
        String g = gap.strip();
        return (g.equals("who") || g.equals("that")) && m.start - 2 >= s.analysisFrom && toks.get(m.start - 1).is("was")
                && toks.get(m.start - 2).is("it");
    }

    /** What joins the people of one group: "A and B", "A, accompanied by B", "President Biden of the United States, Prime Minister …". */
    static final Pattern SUBJECT_LIST = Pattern.compile(
            "(?s)" + OF_STATE + "\\s*(,|and|, and|as well as|,?\\s*(accompanied by|together with|along with|joined by))\\s*(the\\s*|his\\s*|her\\s*)?"
            + "((then|former|acting)\\s*-?\\s*)?"
            // "and with opposition candidate Muhammadu Buhari": a role in lower case before the name
            + "(((opposition|presidential|main|rival|party|senior|veteran)\\s+){1,2}(leader|candidate|figure|politician|chairman|chairwoman)\\s+)?"
            + STATE_POSSESSIVE);
    /** "met A and B", "held talks with A, and afterwards, separately, with B": the people of a verb's objects. */
    private static final Pattern OBJECT_LIST = Pattern.compile(
            "(?s)" + OF_STATE + "\\s*(,|and|, and|as well as|, as well as|,?\\s*and attended by|,?\\s*together with|,?\\s*along with|,\\s*accompanied by|,?\\s*alongside)\\s*(,?\\s*((afterwards|later|then)\\s*,?\\s*)?(separately|in\\s+(a\\s+)?separate\\s+(meeting|meetings|talks))\\s*,?\\s*)?((then|later|afterwards|also)\\s+with\\s*|(?<=and\\s{0,3})(then|later|afterwards)\\s+|with\\s*|by\\s*|(?<=and\\s{0,3})on\\s*)?(the|his|her)?\\s*"
            // ("met with A and then with B": one after the other, "and then" before "with")
            // "then-Foreign Minister Hayashi and then-Defense Minister Hamada"
            + "((then|former|acting)\\s*-?\\s*)?"
            // "and with opposition candidate Muhammadu Buhari": a role in lower case before the name
            + "(((opposition|presidential|main|rival|party|senior|veteran)\\s+){1,2}(leader|candidate|figure|politician|chairman|chairwoman)\\s+)?"
            + STATE_POSSESSIVE);
    /**
     * "called on A at GHQ and, separately, on B", "called on C at the ministry, and later on D": the verb's preposition again,
     * after the first one's place;
     * "called on A at Malacañang Palace alongside B": B there with them.
     */
    private static final Pattern AGAIN_AFTER_PLACE = Pattern.compile(
            "(?s)\\s*(at|in|on)\\s+[^,;]{1,40}?\\s*,?\\s+(and\\s*,\\s*separately\\s*,\\s*(with|on|by)|and\\s+(later|then|afterwards)\\s+(with|on)|alongside|together with"
            // "met separately with A at the Akorda presidential residence, with B, and with C", "with A on Wednesday, with B"
            + "|(?<=,\\s{0,3})with"
            + "|along with)\\s+(the\\s+|his\\s+|her\\s+)?");
    /** "the President of Vietnam at that time, Tran Dai Quang": a title, when it was held, then its holder's name. */
    private static final Pattern HOLDER_THEN = Pattern.compile("(?s)\\s*(at that time|at the time|then)\\s*,\\s*");
    /** "with its Chair, Željka Cvijanović, and its two other members, Denis Bećirović and Željko Komšić": more of the group, named. */
    private static final Pattern AND_OTHER_MEMBERS = Pattern.compile("(?s)\\s*,?\\s*and\\s+(its|his|her|their|the)\\s+([\\p{L}-]+\\s+){0,3}"
            + "(members|member|colleagues|deputies|deputy|counterparts|ministers|aides)\\s*,\\s*");
    /**
     * "met Erdogan, whose country is a dialogue partner, and Aliyev", "with B of Burma, which chairs ASEAN next year; and
     * with C": a relative clause inside a list of objects.
     */
    private static final Pattern RELATIVE_THEN_AND = Pattern.compile("(?s)\\s*,\\s*(who|whose|which)\\b[^;.,]*(,|;)\\s*and\\s*(then\\s*|with\\s*)?(the\\s*)?");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L};—']+");
    /** Words after which a name is no longer the trigger's subject or object ("paid a visit to India at the invitation of"). */
    private static final Set<String> CLAUSE_BREAKS = Words.set(";", "who", "which", "where", "while", "whereas", "said",
            "says", "stressed", "noted", "added", "—", "after", "before", "ahead", "when", "invitation");
    /** "had visited Quito the year before, meeting Moreno": a span's adverb, no clause of its own. */
    private static final Pattern SPAN_ADVERB = Pattern.compile("(?i)\\b(?:days?|weeks?|months?|years?)\\s+(?:before|after)\\s*,");
    /** How many words may stand between a verb and its first object ("met in Moscow on Friday with"). */
    private static final int OBJECT_REACH = 10;
    /** A place phrase, then "with", before the first object: "held talks at the headquarters of the General Staff of … with". */
    private static final Pattern PLACE_THEN_WITH = Pattern.compile("(?s)\\s*(at|in)\\s[^,;.]*\\swith\\s*");
    /**
     * "with the presidents of the three Baltic states, Toomas Hendrik Ilves of Estonia, …": a group named, then its members
     * in apposition.
     */
    private static final Pattern WITH_GROUP_THEN_NAMES = Pattern.compile("(?s).*\\bwith\\s+(the\\s+)?([\\p{L}-]+\\s+){0,2}"
            + "(presidents|leaders|ministers|heads|chiefs|counterparts|premiers)(\\s+of\\s+[^,;.]{1,50})?\\s*,\\s*");
    /** How many words such a place phrase and its "with", or such a named group, may span before the first object. */
    private static final int LONG_OPENING_REACH = 18;
    /** Words that open an adverbial phrase before a clause's subject: "For the first time in years, …", "Then in April …". */
    private static final Set<String> OPENERS = Words.set("for", "on", "in", "at", "after", "before", "during", "earlier", "later",
            "last", "this", "since", "following", "despite", "amid", "within", "over", "by", "once", "then");

    /** The rules of "after meeting X", "after hosting X", "after talks with X", whose subject is the main verb's. */
    private static final Set<String> GERUND_OR_NOUN_OF_MEETING = Words.set("meeting:met-with", "meeting:meeting-with", "meeting:hosted",
            "meeting:received", "meeting:called-on");

    private final Article article;
    private final List<Token> toks;

    MeetingParticipants(Article article) {
        this.article = article;
        this.toks = article.toks;
    }


    /** Words of a verb's own that may stand between "and" and it: "and had seen him", "and then also met". */
    private static final Set<String> VERB_COMPANIONS = Words.set("had", "has", "have", "also", "then", "later", "again", "subsequently");

    /** Whether the verb at {@code k} is joined by "and" to a clause before it: "and met", "and had seen". */
    private boolean andBefore(Sentence s, int k) {
        int at = k - 1;
        while (at > s.analysisFrom && at >= k - 3 && VERB_COMPANIONS.contains(toks.get(at).lower)) {
            at--;
        }
        return at >= s.analysisFrom && toks.get(at).is("and");
    }

    /**
     * Whether the mention is the object of a gerund opening the sentence after a word of time: "Before seeing Lavrov, Blinken
     * met Kuleba" (Lavrov is no subject).
     */
    private boolean gerundsObject(Sentence s, Mention m) {
        int gerund = m.start - 1;
        return gerund - 1 == s.analysisFrom && toks.get(gerund).lower.endsWith("ing") && toks.get(gerund).lower.length() > 5
                && toks.get(gerund - 1).isAny("before", "after", "while", "since", "upon", "on");
    }

    /** The mentions before the trigger that make its subject: "A and B met", "Wallace, accompanied by Radakin, sat down". */
    List<Mention> subjects(Sentence s, Trigger t, List<Mention> before, List<Mention> taken) {
        List<Mention> out = new ArrayList<>();
        if (t.nominal() && (t.end() < s.to && toks.get(t.end()).is("between") || t.rule().equals("meeting:meeting-between"))) {
            // "the Summit, held in New Delhi on 10 March 2023 between A and B": those after "between" are all of it
            return out;
        }
        if (t.rule().equals(MeetingTriggers.SIGNED_BY)) {
            // "He recalled that the Treaty was signed by A and B": a passive's agents are all who signed
            return out;
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            Mention m = before.get(i);
            if (out.isEmpty() && m.start - 1 >= s.analysisFrom && (toks.get(m.start - 1).is("between")
                    || toks.get(m.start - 1).is("of") && !t.nominal() && toks.get(t.start() - 1).is("and")
                        && !article.between(m.end, t.start()).startsWith(", who"))) {
                // "…, the first meeting between the two, and separately met Albanese": a preposition's object is no subject
                // ("went to attend the funeral of Queen Elizabeth II and met the King": nor is that of one before "and met",
                // unless a relative clause makes him its subject: "that of Pence, who came to Tbilisi and held talks")
                continue;
            }
            if (out.isEmpty() && m.kind == MentionKind.TITLE_REF && predicateNoun(s, m)) {
                // "Kikwete was the first African Head of State received by Obama": the title says what the subject was
                continue;
            }
            if (out.isEmpty() && m.person != null && m.person.privatePerson) {
                // "Harris arrived, accompanied by her husband, Douglas Emhoff, and was welcomed by …": no official, no subject
                continue;
            }
            String gap = article.between(m.end, out.isEmpty() ? t.start() : out.get(0).start);
            if (out.isEmpty()) {
                // "A and B, meeting in Vientiane on Thursday, agreed": a participle in commas after its subjects
                boolean participle = t.rule().equals(MeetingTriggers.PARTICIPLE) && gap.strip().equals(",");
                if (cleft(s, m, gap)) {
                    // "It was Duda who received Pavel in Warsaw": the one the cleft sentence puts first
                    out.add(0, m);
                    break;
                }
                if (gap.contains(";") || containsWord(SPAN_ADVERB.matcher(gap).replaceAll(","), CLAUSE_BREAKS) && !gap.startsWith(", who")
                        && !(APPOSED_THEN_WHO.matcher(gap).matches() && (gap.startsWith(",") || article.between(m.start, m.end).contains(",")))
                        || t.nominal() && !gap.isBlank() && !BEGAN_WITH.matcher(gap).matches()
                        && !onlyWords(gap, NOMINAL_GAP) && !possessiveBeforeName(m, t) && !participle) {
                    break;
                }
                Mention main = AND_THEN_VERB.matcher(gap).find() ? subjectBeforeRelative(before, m) : null;
                if (main != null) {
                    // "Modi then met Putin, who invited him to Vladivostok, and later held talks with Ghani": the main clause's
                    // subject, not a name inside the relative clause that ended before ", and"
                    out.add(main);
                    break;
                }
                Mention relative = beforeRelativeClause(s, before, m, t);
                if (relative != null) {
                    // "Xi, who had an informal dinner with Putin on Monday, held formal talks with him": Xi
                    out.add(0, relative);
                    break;
                }
                out.add(0, m);
            } else if ((SUBJECT_LIST.matcher(gap).matches() || titlesThenAnd(gap) || andLowerTitle(gap, out.get(0))) && !taken.contains(m)
                    && !gerundsObject(s, m)) {
                out.add(0, m);
            } else {
                break;
            }
        }
        int firstAt = out.isEmpty() ? -1 : before.indexOf(out.get(0));
        if (firstAt > 0 && JOURNEY_WITH.matcher(article.between(before.get(firstAt - 1).end, out.get(0).start)).matches()) {
            // "Fidan went to Baghdad with Defense Minister Guler and intelligence chief Kalin for talks hosted by Hussein": the
            // one who went, with those he went with
            out.add(0, before.get(firstAt - 1));
        }
        boolean coordinated = !t.nominal() && andBefore(s, t.start());
        if (out.isEmpty() && (t.nominal() || coordinated) && !before.isEmpty()) {
            // "Emmanuel Macron left Moscow … after more than five hours of talks with Vladimir Putin": the sentence's subject
            // "Biden and Xi agreed … after four hours of talks": the group that opens the sentence
            // "Rutte travelled to Kyiv on Thursday, two days after taking office, and held talks with Zelenskyy": the same
            // "…, when President Erdogan and President Xi came together for a bilateral meeting": the group opening its clause
            int clause = clauseStart(s, t);
            int firstIndex = -1;
            for (int i = 0; i < before.size() && firstIndex < 0; i++) {
                firstIndex = before.get(i).start >= clause ? i : -1;
            }
            Mention first = firstIndex < 0 ? null : before.get(firstIndex);
            boolean apposed = first != null && firstIndex + 1 < before.size()
                    && first.start <= afterOpeningPhrase(clause, first.start) + 1
                    && POSSESSED_THEN_NAME.matcher(article.between(first.end, before.get(firstIndex + 1).start)).matches();
            if (apposed) {
                // "Austin's predecessor, James N. Mattis, came to Amman for talks with the king": the one apposed, not the possessor
                first = before.get(++firstIndex);
            }
            if (first != null && (first.kind == MentionKind.PERSON || first.kind == MentionKind.PRONOUN || first.kind == MentionKind.GROUP)
                    && (apposed || first.start <= afterOpeningPhrase(clause, first.start) + 1)
                    && !article.between(first.end, t.start()).contains(";")) {
                out.add(first);
                for (int i = firstIndex + 1; i < before.size()
                        && SUBJECT_LIST.matcher(article.between(before.get(i - 1).end, before.get(i).start)).matches(); i++) {
                    out.add(before.get(i));
                }
            }
        }
        if (out.isEmpty() && t.nominal() && !before.isEmpty()) {
            // "…, and in the spring of 2018 he crossed the border at Panmunjom for talks with Moon": whoever made the journey
            Mention last = before.get(before.size() - 1);
            if (last.end < t.start() && MeetingTriggers.JOURNEYS.contains(toks.get(last.end).lower)
                    && (last.kind == MentionKind.PERSON || last.kind == MentionKind.PRONOUN) && !article.between(last.end, t.start()).contains(";")) {
                out.add(last);
            }
        }
        if (out.isEmpty() && t.nominal() && !before.isEmpty()) {
            // "… Pavel, who paid a return visit to Warsaw last month for a second summit with Duda": the relative's antecedent
            Mention last = before.get(before.size() - 1);
            String gap = article.between(last.end, t.start());
            if (last.kind == MentionKind.PERSON && gap.startsWith(", who ") && !gap.substring(2).contains(",") && !gap.contains(";")) {
                out.add(last);
            }
        }
        if (out.isEmpty() && t.nominal() && GERUND_OR_NOUN_OF_MEETING.contains(t.rule()) && !before.isEmpty()) {
            // '"…," Blinken told reporters after meeting Lavrov' (or "after talks with Lavrov"): the main verb's subject,
            // named just before it
            Mention last = before.get(before.size() - 1);
            String gap = article.between(last.end, t.start());
            // ("I had the honor this morning of calling on Her Majesty", in the Secretary's turn: the speaker)
            boolean speaker = last.kind == MentionKind.SPEAKER && toks.get(last.start).is("i");
            if ((last.kind == MentionKind.PERSON || speaker) && !gap.contains(";") && !gap.contains(",") && Words.spaceSplit(gap.trim()).length <= 6) {
                out.add(last);
            }
        }
        return out;
    }

    /**
     * Where a clause's subject may stand when an adverbial phrase opens it: after the phrase's comma ("For the first time
     * in five years, Modi and Xi sat down for talks"), else at the clause's start. The phrase opens with a preposition or
     * a time adverb and holds no mention (the subject is the first one).
     */
    private int afterOpeningPhrase(int clause, int subject) {
        if (clause >= subject || !OPENERS.contains(toks.get(clause).lower)) {
            return clause;
        }
        for (int k = subject - 1; k > clause && k >= subject - 3; k--) {
            if (toks.get(k).text.equals(",")) {
                return k + 1;
            }
        }
        // "On the second day Blinken held talks with Wang", "In December 2017 Sajjan came": a short time phrase with no comma
        boolean shortPhrase = subject - clause <= 4;
        for (int k = clause + 1; k < subject && shortPhrase; k++) {
            shortPhrase = toks.get(k).isWord() || toks.get(k).type == Token.Type.NUMBER;
        }
        return shortPhrase ? subject : clause;
    }

    /** Where the clause holding a nominal trigger begins: after the last ", when" or ", where" before it, else the sentence. */
    private int clauseStart(Sentence s, Trigger t) {
        int start = s.analysisFrom;
        for (int k = s.analysisFrom + 1; k < t.start(); k++) {
            if ((toks.get(k).is("when") || toks.get(k).is("where")) && toks.get(k - 1).text.equals(",")) {
                start = k + 1;
            } else if (toks.get(k).text.equals(":") || toks.get(k).text.equals(";")) {
                // "The foreign ministers took it from there: Cavusoglu travelled to Cairo for talks with Shoukry"
                start = k + 1;
            }
        }
        return start;
    }

    /**
     * The mentions after the trigger that make its objects: "met A, B and C", "hosted A and B"; the list ends
     * before a mention that opens a clause of its own ("held talks with A, and Premier B met with him").
     */
    List<Mention> objects(Sentence s, Trigger t, List<Mention> after, List<Trigger> all) {
        List<Mention> out = new ArrayList<>();
        int from = t.end();
        for (Mention m : after) {
            if (m.end < s.to && toks.get(m.end).lower.equals("'s")) {
                // "hosted Ishiba's predecessor, Fumio Kishida": the possessor is not met
                if (out.isEmpty()) {
                    from = m.end + 1;
                }
                continue;
            }
            if (out.isEmpty()) {
                String gap = article.between(from, m.start);
                // "in the Kremlin with President of the Arab Republic of Egypt Abdel Fattah el-Sisi": the title is the name's
                String reach = article.between(from, titleRunStart(from, m.start));
                int words = reach.isBlank() ? 0 : Words.spaceSplit(reach.trim()).length;
                boolean verb = !t.nominal() && !t.rule().equals("meeting:met-with") && !t.rule().equals("meeting:held-talks");
                boolean appositive = from > t.end() && words <= 2;
                if (OWN_MEETING.contains(t.rule()) && !containsWord(gap, Set.of("with"))) {
                    // "their previous meeting in Warsaw in May 2023 and the visit of Foreign Minister Lipavsky": theirs alone
                    break;
                }
                // "was received at the Ministry of National Defence by Minister Fifor": a passive's agent after the place
                boolean agent = passive(t) && AGENT_AFTER.matcher(reach).matches() && !reach.contains(",") && words <= PASSIVE_REACH;
                // "last met in Warsaw in January, and Lipavsky visited Brno": a name after ", and" opens the next clause
                boolean longOpening = words <= LONG_OPENING_REACH && (PLACE_THEN_WITH.matcher(reach).matches()
                        || !gap.contains(";") && WITH_GROUP_THEN_NAMES.matcher(gap).matches());
                if (AMONG_THEM.matcher(gap).matches() || PLURAL_TITLE_THEN_LIST.matcher(gap).matches() && listGoesOn(m, after)) {
                    out.add(m);
                    continue;
                }
                if (gap.contains(",") && verbTriggerAfter(m, all)) {
                    // "held a bilateral meeting at the venue, and the Prime Minister of Greece received …": the next clause's subject
                    break;
                }
                if (!agent && (gap.contains(";") || gap.contains(".") || words > OBJECT_REACH && !longOpening || containsWord(gap, CLAUSE_BREAKS)
                        || verb && !appositive && (gap.contains(",") || words > 6) || m.start - 2 > from && article.clauseOpensAt(m.start - 2, s.to))) {
                    break;
                }
                out.add(m);
            } else {
                String gap = article.between(out.get(out.size() - 1).end, m.start);
                Mention last = out.get(out.size() - 1);
                if (m.kind == MentionKind.PERSON && last.kind == MentionKind.TITLE_REF && HOLDER_THEN.matcher(gap).matches()) {
                    // "a good meeting with the President of Vietnam at that time, Tran Dai Quang": the title's holder, named
                    out.set(out.size() - 1, m);
                    continue;
                }
                if (m.kind == MentionKind.PERSON && last.kind == MentionKind.GROUP && out.size() == 1
                        && (GROUP_THEN_LIST.matcher(gap).matches() || COUNTED_THEN_LIST.matcher(gap).matches() && counted(last)
                            || GROUP_AMONG.matcher(gap).matches())) {
                    // "met three leaders in turn: A, B and C", "the meeting of the ministers of the two countries, A and B":
                    // the leaders are those listed
                    out.set(0, m);
                    continue;
                }
                if (last.apposed == m) {
                    // "the Chair of the Althingi's Foreign Affairs Committee, Áslaug Arna Sigurbjörnsdóttir": the title's holder
                    continue;
                }
                if (gap.strip().equals(",") && SUBORDINATE_OPENERS.contains(toks.get(s.analysisFrom).lower) && verbAfter(m)) {
                    // "When Netanyahu travelled to the resort to meet Mubarak, the Egyptian leader pressed him": the main clause
                    break;
                }
                if (m.kind == MentionKind.COUNTERPART && gap.strip().equals(",")) {
                    // "held talks with Kang Sun Nam, his North Korean counterpart,": the same man in apposition
                    continue;
                }
                if (m.kind == MentionKind.PERSON && !OBJECT_LIST.matcher(gap).matches()) {
                    // "and with the Deputy Chairman of the Cabinet of Ministers and Minister of Foreign Affairs, Rashid Meredov":
                    // the first of two titles joined by "and" is the named man's too
                    gap = article.between(last.end, compoundTitleStart(last.end, m.start));
                }
                if ((OBJECT_LIST.matcher(gap).matches() || RELATIVE_THEN_AND.matcher(gap).matches() || AGAIN_AFTER_PLACE.matcher(gap).matches()
                        || m.kind == MentionKind.PERSON && AND_OTHER_MEMBERS.matcher(gap).matches())
                        && !opensClause(m, all)
                        && !(containsWord(gap, Set.of("and")) && subjectOfVerb(m))
                        || semicolonList(s) && SEMICOLON_LIST.matcher(gap).matches() && m.kind == MentionKind.PERSON) {
                    out.add(m);
                } else {
                    break;
                }
            }
        }
        if (out.isEmpty() && !t.nominal()) {
            Mention whom = whomBefore(s, t);
            if (whom != null) {
                // "held talks with Hishammuddin, whom he had first met at the Shangri-La Dialogue in June": the antecedent
                out.add(whom);
            }
        }
        return out;
    }

    /** Words between "whom", its clause's subject and the verb: "whom he had first met". */
    private static final Set<String> WHOM_CLAUSE_WORDS = Words.set("had", "has", "have", "first", "last", "also", "earlier",
            "previously", "already", "once");

    /** The person a ", whom he … met" clause right before the trigger hangs on, or null. */
    private Mention whomBefore(Sentence s, Trigger t) {
        int k = t.start() - 1;
        while (k > s.analysisFrom && WHOM_CLAUSE_WORDS.contains(toks.get(k).lower)) {
            k--;
        }
        Mention subject = null;
        Mention antecedent = null;
        for (Mention m : s.mentions) {
            subject = m.end == k + 1 && (m.kind == MentionKind.PERSON || m.kind == MentionKind.PRONOUN) ? m : subject;
        }
        if (subject == null || subject.start - 2 < s.analysisFrom || !toks.get(subject.start - 1).is("whom")
                || !toks.get(subject.start - 2).is(",")) {
            return null;
        }
        for (Mention m : s.mentions) {
            antecedent = m.end == subject.start - 2 && m.kind == MentionKind.PERSON ? m : antecedent;
        }
        return antecedent;
    }

    /**
     * "with the German Defence Minister, Annegret Kramp-Karrenbauer; the French Minister for the Armed Forces, Florence Parly;
     * Denmark's Trine Bramsen; …": a list whose items hold commas is cut by semicolons.
     */
    private static final Pattern SEMICOLON_LIST = Pattern.compile("(?s)\\s*;\\s*(and\\s+)?(with\\s+)?(the\\s+)?" + STATE_POSSESSIVE);

    /** Whether the sentence cuts a list by semicolons: two of them at least. */
    private boolean semicolonList(Sentence s) {
        int n = 0;
        for (int k = s.analysisFrom; k < s.to; k++) {
            n += toks.get(k).is(";") ? 1 : 0;
        }
        return n >= 2;
    }

    /** Words that open a phrase before a clause's subject, in which a meeting noun may stand: "After three hours of talks, …". */
    private static final Set<String> TIME_OPENERS = Words.set("after", "following", "during", "before");

    /**
     * "After nearly three hours of talks at a US air base on Friday, Donald Trump and Vladimir Putin walked out": the
     * subjects after the comma of an opening phrase that holds the meeting noun; none otherwise.
     */
    List<Mention> subjectsAfterOpening(Sentence s, Trigger t, List<Mention> after) {
        List<Mention> out = new ArrayList<>();
        int opener = TIME_OPENERS.contains(toks.get(s.analysisFrom).lower) ? s.analysisFrom : anotherMeetingOpens(s);
        if (t.start() <= s.analysisFrom + 1 || opener < 0 || t.start() <= opener || article.between(opener + 1, t.start()).contains(",")) {
            return out;
        }
        int comma = t.end();
        while (comma < s.to && !toks.get(comma).is(",")) {
            comma++;
        }
        for (Mention m : after) {
            if (m.start <= comma) {
                if (m.kind == MentionKind.PERSON) {
                    // a person inside the phrase ("after talks with Putin") makes it no opening of others' talks
                    return List.of();
                }
                continue;
            }
            if (!out.isEmpty() && opener == anotherMeetingOpens(s) && m.kind == MentionKind.PERSON
                    && VERB_THEN_OBJECT.matcher(article.between(out.get(out.size() - 1).end, m.start)).matches()
                    && !NOT_MET.contains(article.between(out.get(out.size() - 1).end, m.start).strip().split("\\s+")[0])) {
                // "In a separate meeting, the Secretary commended President Sahle-Work Zewde for …": whom the subject
                // addressed there was at the meeting too
                out.add(m);
                break;
            }
            if (out.isEmpty() ? m.start > comma + 2 : !SUBJECT_LIST.matcher(article.between(out.get(out.size() - 1).end, m.start)).matches()) {
                break;
            }
            out.add(m);
        }
        return out;
    }

    /** A verb in the past and its object's determiner: " commended ", " thanked the ", " discussed with ". */
    private static final Pattern VERB_THEN_OBJECT = Pattern.compile("(?s)\\s*\\p{Ll}+ed(\\s+with)?\\s+((the|his|her)\\s+)?");
    /** Verbs whose object need not have been there: "In a separate meeting, A praised B's leadership" is caught apart. */
    private static final Set<String> NOT_MET = Words.set("recalled", "mentioned", "cited", "quoted", "criticized", "criticised",
            "named", "noted", "invited", "appointed", "nominated");

    /**
     * "In a separate meeting, A and B reviewed …", "At a meeting in Doha, …", "At their annual meeting, A and B elevated …":
     * a meeting of the clause's subjects (one the sentence before told is read as told again, not here); where the opening
     * phrase starts, or -1.
     */
    private int anotherMeetingOpens(Sentence s) {
        int k = s.analysisFrom;
        if (k + 2 < s.to && (toks.get(k).is("today") || toks.get(k).is("yesterday")) && toks.get(k + 1).is(",")) {
            // "Today, at their Annual Leaders' Meeting, A and B …"
            k += 2;
        }
        boolean opens = (toks.get(k).is("in") || toks.get(k).is("at")) && k + 1 < s.to
                && (toks.get(k + 1).is("a") || toks.get(k + 1).is("an") || toks.get(k + 1).is("separate") || toks.get(k + 1).is("their"));
        return opens ? k : -1;
    }

    /** Whether a group counts its people: "the two countries", "three leaders". */
    private boolean counted(Mention group) {
        for (int k = group.start; k < group.end; k++) {
            if (COUNTS.contains(toks.get(k).lower)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> COUNTS = Words.set("two", "three", "four", "five", "six", "both");
    /** Between "the two" and the people it counts: " countries, ", ", ". */
    private static final Pattern COUNTED_THEN_LIST = Pattern.compile("\\s*(\\p{Ll}+\\s*){0,3},\\s*");

    /** Between a counted group and the people it counts: " in turn: ", " — ", ": ". */
    private static final Pattern GROUP_THEN_LIST = Pattern.compile("(?s)\\s*(in turn|separately|one by one)?\\s*[:—–]\\s*(the\\s+)?");
    /** What opens the people a group is made of: ", among them ", ", including the ". */
    private static final String AMONG = ",\\s*(among them|among whom|including)\\s+(the\\s+)?";
    /** "the leaders of the 28 EU member states, among them A and B": the people after a group, as its examples. */
    private static final Pattern GROUP_AMONG = Pattern.compile("(?s)[^,;:.]{0,30}" + AMONG);
    /**
     * "met the foreign ministers of three member states of the Intergovernmental Authority on Development, A of X, B of Y
     * and C of Z": a plural title, however long its phrase, whose holders follow as a list.
     */
    private static final Pattern PLURAL_TITLE_THEN_LIST = Pattern.compile(
            "(?s)\\s*(the\\s+)?[^,;:.]{0,40}?\\b(leaders|heads|ministers|presidents|counterparts|chiefs|commanders)\\b"
            + "\\s+(of|from)\\s+[^,;:.]{0,80},\\s*");

    /**
     * Whether a person opens a list of the group's people: the next mention is a person, joined by "," or "and", and the
     * list is not a sample ("the chiefs of defense of the 29 allies, Dunford and Akar among them").
     */
    private boolean listGoesOn(Mention m, List<Mention> after) {
        int at = after.indexOf(m);
        boolean list = false;
        while (at >= 0 && at + 1 < after.size() && after.get(at + 1).kind == MentionKind.PERSON
                && OBJECT_LIST.matcher(article.between(after.get(at).end, after.get(at + 1).start)).matches()) {
            list = true;
            at++;
        }
        int end = list ? after.get(at).end : 0;
        return list && !(end < toks.size() && toks.get(end).isAny("among", "included", "including"));
    }

    /** Words that open another clause, whose participle is not the meeting's: "…, and where yesterday we joined …, chaired by C". */
    private static final Set<String> CLAUSE_OPENERS = Words.set("and", "where", "when", "while", "which", "who");

    /** Whether a token between two positions is one of the words. */
    private boolean anyBetween(int from, int to, Set<String> words) {
        for (int k = from; k < to; k++) {
            if (words.contains(toks.get(k).lower)) {
                return true;
            }
        }
        return false;
    }

    /** "gathered a group of leaders at the Élysée, among them A, B and C": the people a group of the verb's object is made of. */
    private static final Pattern AMONG_THEM = Pattern.compile(
            "(?s)\\s*(a|the)\\s+[^,;:.]{0,60}?\\b(leaders|heads|ministers|presidents|officials|counterparts|members|states)\\b[^,;:.]{0,30}" + AMONG);

    /** Meetings of their subjects, who meet others only "with" them: "their meeting", "recalled the summit meeting". */
    private static final Set<String> OWN_MEETING = Words.set("meeting:their-meeting", MeetingTriggers.RECALLED);

    /** How far after a meeting's trigger (or its last object) the clause naming one more of its people may end. */
    private static final int ALSO_PRESENT_REACH = 25;
    /** Verbs of a relative clause whose subject held the meeting: "the meeting between A and B that Blinken hosted". */
    private static final Set<String> HELD_IT = Words.set("hosted", "chaired", "co-chaired", "convened", "brokered", "organised", "organized",
            "mediated");

    /**
     * More of the meeting's people, named after its trigger and objects: "in a three-way meeting that also included
     * Guterres", "joined by Guterres", "the meeting between A and B that Secretary Blinken hosted", "the meeting of the two
     * leaders in Prague in October 2022 with A and B"; or none.
     */
    List<Mention> alsoPresent(Sentence s, Trigger t, List<Mention> objects, List<Mention> after) {
        int from = objects.isEmpty() ? t.end() : objects.get(objects.size() - 1).end;
        int end = Math.min(s.to, from + ALSO_PRESENT_REACH);
        for (int k = from; k < end; k++) {
            Token w = toks.get(k);
            if (w.is(";")) {
                // "met interim President Mansour at the palace; Ambassador Patterson and adviser Hegazy also took part": the
                // people the clause names before its verb
                int verb = k + 1;
                while (verb < s.to && !toks.get(verb).isAny("also", "took", "participated", ";", ".")) {
                    verb++;
                }
                int at = k;
                int to = verb;
                List<Mention> named = after.stream().filter(m -> m.start > at && m.end <= to
                        && (m.kind == MentionKind.PERSON || m.kind == MentionKind.TITLE_REF)).toList();
                return !named.isEmpty() && named.get(0).start <= k + 2 && tookPartInIt(toks, s, verb) ? named : List.of();
            }
            if (w.is(".")) {
                return List.of();
            }
            if (w.is("accompanied") && k > from && toks.get(k - 1).is(",") && k + 1 < s.to && toks.get(k + 1).is("by")
                    && !toks.get(k - 2).is("and") && !t.rule().contains("visit")) {
                // "called on Adviser Aziz at the Ministry, accompanied by Special Representative Olson and Ambassador Hale": the
                // subject's companions, at the talks too (not "…, and, accompanied by B, visited troops": a clause of its own;
                // nor those with a guest on a state visit)
                Mention next = firstFrom(after, k + 2);
                return next != null && next.start <= k + 3 ? listFrom(after, next) : List.of();
            }
            if (w.is("with") && k - 2 >= s.analysisFrom && toks.get(k - 1).is("and") && toks.get(k - 2).is(",") && !objects.isEmpty()
                    && k > from) {
                // "held bilateral talks with A, days after A addressed parliament, and with B": the preposition again
                Mention next = firstFrom(after, k + 1);
                return next != null && next.start <= k + 3 ? List.of(next) : List.of();
            }
            if (w.is("with") && t.rule().equals("meeting:meeting-of") && !objects.isEmpty()) {
                Mention next = firstFrom(after, k + 1);
                return next != null && next.start <= k + 2 ? listFrom(after, next) : List.of();
            }
            if (w.is("when") && k + 3 < s.to && toks.get(k + 1).is("they") && toks.get(k + 2).is("and")) {
                // "A and B previously met in Washington in April 2022, when they and Secretary C and Minister D held the
                // 2+2 dialogue": C and D were at it too
                Mention next = firstFrom(after, k + 3);
                return next != null && next.start <= k + 4 ? listFrom(after, next) : List.of();
            }
            if (w.is("presence") && k - 2 >= from && toks.get(k - 1).is("the") && toks.get(k - 2).is("in") && k + 1 < s.to
                    && toks.get(k + 1).is("of") && !objects.isEmpty()) {
                // "met with Supreme Leader Ali Khamenei, in the presence of President Hassan Rouhani": he was at it too
                Mention next = firstFrom(after, k + 2);
                return next != null && next.start <= k + 4 ? listFrom(after, next) : List.of();
            }
            if (w.is("with") && k > from && toks.get(k - 1).is(",")) {
                // "met Ghani, with his foreign affairs adviser Sartaj Aziz taking part in the talks"
                Mention next = firstFrom(after, k + 1);
                // ("with Secretary Blinken in attendance", "with Rodriguez looking on")
                if (next != null && next.start <= k + 6 && next.end + 1 < s.to && (TAKING_PART.contains(toks.get(next.end).lower)
                        || toks.get(next.end).is("in") && toks.get(next.end + 1).is("attendance"))) {
                    return List.of(next);
                }
            }
            if (w.isAny("when", "where") && k > from && toks.get(k - 1).is(",")) {
                // "received Lula on March 14, 2009, when Amorim and Rousseff sat in on the Oval Office talks", "last met in
                // Paris on December 7, when Macron hosted them": they were there
                Mention next = firstFrom(after, k + 1);
                List<Mention> list = next != null && next.start <= k + 2 ? listFrom(after, next) : List.of();
                int verb = list.isEmpty() ? -1 : list.get(list.size() - 1).end;
                if (verb > 0 && verb + 2 < s.to && (toks.get(verb).is("sat") && toks.get(verb + 1).is("in") && toks.get(verb + 2).is("on")
                        || HOSTED_THEM.contains(toks.get(verb).lower) && toks.get(verb + 1).is("them"))) {
                    return list;
                }
            }
            if (w.is("and") && k > from && toks.get(k - 1).is(",")) {
                // "received the Secretary and his delegation, and I took part in those discussions": he was at it too
                int at = k + 1;
                Mention next = after.stream().filter(m -> m.start == at).findFirst().orElse(null);
                if (next != null && (next.kind == MentionKind.SPEAKER && toks.get(at).is("i") || firstFrom(after, at) == next)
                        && tookPartInIt(toks, s, next.end)) {
                    return List.of(next);
                }
            }
            if (w.is("as") && k + 2 < s.to && toks.get(k + 1).is("did") && k > from && toks.get(k - 1).is(",")) {
                // "Song and Lee joined the chairman for the session with Moon, which lasted an hour, as did Chung Eui-yong"
                Mention next = firstFrom(after, k + 2);
                return next != null && next.start <= k + 4 ? listFrom(after, next) : List.of();
            }
            boolean included = (w.is("included") || w.is("includes")) && k - 2 >= s.analysisFrom
                    && (toks.get(k - 1).is("that") || toks.get(k - 1).is("which")
                    || toks.get(k - 1).is("also") && (toks.get(k - 2).is("that") || toks.get(k - 2).is("which")));
            // ("met Umerov in the NATO-Ukraine Council, chaired by Rutte": the chair of the meeting with him was at it too)
            boolean joined = (w.is("joined") || w.is("attended") || w.isAny("chaired", "co-chaired", "hosted") && toks.get(k - 1).is(",")
                    && !objects.isEmpty() && !anyBetween(from, k, CLAUSE_OPENERS)) && k + 1 < s.to && toks.get(k + 1).is("by");
            if (included || joined) {
                int at = joined ? k + 2 : k + 1;
                Mention next = firstFrom(after, at);
                if (next == null) {
                    return List.of();
                }
                // "joined by Guterres"; "joined by their foreign ministers, Santiago Cafiero and Mauro Vieira": all listed
                return next.start <= k + 3 || groupBefore(at, next.start) ? listFrom(after, next) : List.of();
            }
            if (w.is("that") || w.is("which")) {
                Mention next = firstFrom(after, k + 1);
                // ("the meeting between A and B, which the Foreign Minister also attended": he was at it too)
                int verb = next == null ? -1 : next.end < s.to && toks.get(next.end).is("also") ? next.end + 1 : next.end;
                if (next != null && next.start <= k + 2 && verb < s.to && (HELD_IT.contains(toks.get(verb).lower)
                        || toks.get(verb).isAny("attended", "joined"))) {
                    return List.of(next);
                }
            }
        }
        return List.of();
    }

    /** Whether "(also) took part" or "participated" at {@code k} says one was at the talks just told, not at another thing. */
    static boolean tookPartInIt(List<Token> toks, Sentence s, int k) {
        int verb = k < s.to && toks.get(k).is("also") ? k + 1 : k;
        int after = verb + 1 < s.to && toks.get(verb).is("took") && toks.get(verb + 1).is("part") ? verb + 2
                : verb < s.to && toks.get(verb).is("participated") ? verb + 1 : -1;
        if (after < 0) {
            return false;
        }
        if (after >= s.to || !toks.get(after).is("in")) {
            return after >= s.to || !toks.get(after).isWord();
        }
        // "in those discussions", "in the talks"
        return after + 2 < s.to && toks.get(after + 1).isAny("the", "those", "these", "that", "this")
                && Meetings.TALKS.contains(toks.get(after + 2).lower);
    }

    /** Verbs of a host, whose "them" are the people of the meeting just told: "when Macron hosted them". */
    private static final Set<String> HOSTED_THEM = Words.set("hosted", "received", "welcomed", "joined");

    /** What one "with" at a meeting was doing there: "with his adviser Aziz taking part", "with Espina present". */
    private static final Set<String> TAKING_PART = Words.set("taking", "participating", "present", "attending", "sitting", "joining",
            "looking");

    /** Ranks a copula's noun may carry: "was the first foreign leader", "is the only head of government". */
    private static final Set<String> PREDICATE_RANKS = Words.set("first", "only", "last", "second", "third", "latest", "sole");
    private static final Set<String> COPULAS = Words.set("was", "is", "were", "are", "became", "becomes", "remains", "remained");

    /** Whether a title follows "was the first", "is the only" and adjectives alone: what the subject is, not who. */
    private boolean predicateNoun(Sentence s, Mention m) {
        // the mention may begin at its article ("the first African president") or after it ("the first Head of State")
        int the = toks.get(m.start).is("the") ? m.start : m.start - 1;
        while (the > s.analysisFrom && m.start - the <= 3 && toks.get(the).isWord() && !toks.get(the).is("the")) {
            the--;
        }
        return the - 1 >= s.analysisFrom && the + 1 < s.to && toks.get(the).is("the") && PREDICATE_RANKS.contains(toks.get(the + 1).lower)
                && COPULAS.contains(toks.get(the - 1).lower);
    }

    /** The words before a passive's agent end in "by" (or "by the"). */
    private static final Pattern AGENT_AFTER = Pattern.compile("(?s).*\\sby(\\s+the)?\\s*");

    /** How many words may stand between a passive meeting verb and its agent: "received at the Ministry of National Defence by". */
    private static final int PASSIVE_REACH = 10;

    /** Adverbs that may stand between "was" and a passive verb besides those in "-ly": "was then received". */
    private static final Set<String> PASSIVE_ADVERBS = Words.set("then", "also", "later", "first", "again", "once", "subsequently");

    /** "was received", "were welcomed", "was then received": a meeting verb in the passive. */
    private boolean passive(Trigger t) {
        int k = t.start() - 1;
        if (t.nominal() || k < 0) {
            return false;
        }
        Token before = toks.get(k);
        boolean adverb = before.lower.endsWith("ly") || PASSIVE_ADVERBS.contains(before.lower);
        return before.is("was") || before.is("were") || before.is("been")
                || adverb && k - 1 >= 0 && (toks.get(k - 1).is("was") || toks.get(k - 1).is("were"));
    }

    /** Whether lower-case words and a comma alone stand before a name: "their foreign ministers, ". */
    private boolean groupBefore(int from, int name) {
        if (name - from > 6 || name - 1 <= from || !toks.get(name - 1).is(",")) {
            return false;
        }
        for (int k = from; k < name - 1; k++) {
            if (!toks.get(k).isWord() || toks.get(k).capitalised()) {
                return false;
            }
        }
        return true;
    }

    /** A mention and those listed after it: "A, B and C". */
    private List<Mention> listFrom(List<Mention> mentions, Mention first) {
        List<Mention> out = new ArrayList<>();
        out.add(first);
        for (int i = mentions.indexOf(first) + 1; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (!OBJECT_LIST.matcher(article.between(out.get(out.size() - 1).end, m.start)).matches()) {
                break;
            }
            out.add(m);
        }
        return out;
    }

    private static Mention firstFrom(List<Mention> mentions, int k) {
        for (Mention m : mentions) {
            if (m.start >= k) {
                return m.kind == MentionKind.PERSON || m.kind == MentionKind.TITLE_REF ? m : null;
            }
        }
        return null;
    }

    /** Like {@link #titleRunStart}, over titles joined by "and" too ("Deputy Prime Minister and Minister of Foreign Affairs"). */
    private int compoundTitleStart(int from, int name) {
        int k = name;
        while (k > from && name - k < 12 && (toks.get(k - 1).capitalised() || toks.get(k - 1).is("of") || toks.get(k - 1).is("the")
                || toks.get(k - 1).is("and") && k - 2 > from && toks.get(k - 2).capitalised())) {
            k--;
        }
        while (k < name && !toks.get(k).capitalised()) {
            k++;
        }
        return k;
    }

    /** Where the capitalised title right before a name starts: "President of the Arab Republic of Egypt". */
    private int titleRunStart(int from, int name) {
        int k = runStart(from, name);
        if (k - 2 > from && toks.get(k - 1).is(",") && toks.get(k - 2).capitalised()) {
            // "by President of the Transition of the Republic of Mali, Colonel Assimi Goita": a title set off by a comma
            int title = runStart(from, k - 1);
            boolean titled = false;
            for (int j = title; j < k - 1 && !titled; j++) {
                titled = article.g.titleWords.contains(toks.get(j).lower);
            }
            k = titled ? title : k;
        }
        return k;
    }

    /** The first capitalised word of the run of capitalised words, "of" and "the" that ends before {@code end}. */
    private int runStart(int from, int end) {
        int k = end;
        while (k > from && (toks.get(k - 1).capitalised() || toks.get(k - 1).is("of") || toks.get(k - 1).is("the"))) {
            k--;
        }
        while (k < end && !toks.get(k).capitalised()) {
            k++;
        }
        return k;
    }

    /**
     * "Zelenskyy, whom Biden met in Kyiv in February": the mention before "whom" is the object of the trigger the
     * relative clause holds, and the clause's own mentions its subjects; null when there is no such clause.
     */
    Mention whomObject(Sentence s, Trigger t, List<Mention> before, List<Mention> subjectsOut) {
        for (int k = t.start() - 1; k >= Math.max(s.analysisFrom, t.start() - 8); k--) {
            if (!toks.get(k).is("whom")) {
                continue;
            }
            Mention object = null;
            for (Mention m : before) {
                if (m.end <= k) {
                    object = m;
                } else {
                    subjectsOut.add(m);
                }
            }
            // ("Lavrov, with whom Nurtleu had held talks in Moscow": the preposition before "whom" changes nothing)
            String gap = article.between(object == null ? k : object.end, k).strip();
            return object != null && (gap.equals(",") || gap.equals(", with")) ? object : null;
        }
        return contactClauseObject(s, t, before, subjectsOut);
    }

    /** "was (also) the first counterpart", "is the second leader": a person, then what he was to the clause's subject. */
    private static final Pattern WAS_THE_ONE = Pattern.compile(
            "(?s)\\s+(was|is)\\s+(also\\s+)?the\\s+(([a-z]+\\s+){0,2}(counterpart|leader|minister|official|visitor|guest|head)\\s+)?");

    /**
     * "Nogueira was also the first counterpart Austin sat down with this morning": the relative clause without "whom"; its
     * subject stands right before the trigger.
     */
    private Mention contactClauseObject(Sentence s, Trigger t, List<Mention> before, List<Mention> subjectsOut) {
        if (before.size() < 2) {
            return null;
        }
        Mention subject = before.get(before.size() - 1);
        Mention object = before.get(before.size() - 2);
        java.util.regex.Matcher gap = WAS_THE_ONE.matcher(article.between(object.end, subject.start));
        // (the noun may open the subject's own mention: "[first counterpart Austin]")
        if (subject.end != t.start() || subject.kind != Sentence.MentionKind.PERSON || object.kind != Sentence.MentionKind.PERSON
                || !gap.matches() || gap.group(3) == null && toks.get(subject.start).capitalised()) {
            return null;
        }
        subjectsOut.add(subject);
        return object;
    }

    /**
     * "A and party chief B": "and", then up to three words in lower case that end a title, in the gap or as the first word of
     * the next mention.
     */
    private boolean andLowerTitle(String gap, Mention next) {
        String[] words = Words.spaceSplit(gap.strip());
        if (words.length < 2 || words.length > 4 || !words[0].equals("and")) {
            return false;
        }
        for (int k = 1; k < words.length; k++) {
            if (words[k].isEmpty() || !Character.isLowerCase(words[k].charAt(0))) {
                return false;
            }
        }
        return article.g.titleWords.contains(words[words.length - 1]) || article.g.titleWords.contains(toks.get(next.start).lower);
    }

    /** The lower-case words inside a title: "of", "for Relations with Russia", "to Ukraine". */
    private static final Set<String> TITLE_LINKS = Words.set("of", "the", "and", "for", "with", "to", "in", "on");

    private static boolean titlesThenAnd(String gap) {
        String g = gap.strip();
        if (!g.endsWith(", and") || g.length() > 200) {
            return false;
        }
        for (String w : g.substring(0, g.length() - 5).split("[\\s,]+")) {
            // ("the Prime Minister's Special Representative for Relations with Russia", "Ambassador to Ukraine")
            if (!w.isEmpty() && !Character.isUpperCase(w.charAt(0)) && !TITLE_LINKS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Words that open a sentence with a clause of its own, closed by a comma before the main one. */
    private static final Set<String> SUBORDINATE_OPENERS = Words.set("when", "as", "after", "before", "while", "once", "since",
            "although", "though", "if", "until");

    /** Whether a lower-case verb in the past or the present follows a mention: "the Egyptian leader pressed". */
    private boolean verbAfter(Mention m) {
        int next = m.end < toks.size() && TitlesAfterName.ADVERBS.contains(toks.get(m.end).lower) ? m.end + 1 : m.end;
        if (next >= toks.size() || !toks.get(next).isWord() || toks.get(next).capitalised()) {
            return false;
        }
        String w = toks.get(next).lower;
        return TitlesAfterName.SUBJECT_VERBS.contains(w) || w.endsWith("ed") || w.endsWith("s") && !w.endsWith("ss");
    }

    /** "held talks with A, and the two ministers spoke to the media": a mention that is the subject of a verb of its own. */
    private boolean subjectOfVerb(Mention m) {
        int next = m.end < toks.size() && TitlesAfterName.ADVERBS.contains(toks.get(m.end).lower) ? m.end + 1 : m.end;
        return next < toks.size() && TitlesAfterName.SUBJECT_VERBS.contains(toks.get(next).lower);
    }

    /** Whether a meeting verb follows the mention right away: "the Prime Minister of Greece received". */
    private boolean verbTriggerAfter(Mention m, List<Trigger> all) {
        for (Trigger other : all) {
            if (!other.nominal() && other.start() == m.end) {
                return true;
            }
        }
        return false;
    }

    private boolean opensClause(Mention m, List<Trigger> all) {
        for (Trigger other : all) {
            // ("hosted A and B for talks": the talks are the hosting's, B no subject of them)
            boolean purpose = other.start() == m.end + 1 && toks.get(m.end).is("for");
            if (other.start() >= m.end && other.start() <= m.end + 1 && !purpose) {
                return true;
            }
        }
        return false;
    }

    /**
     * "their Oval Office meeting", "his Kremlin talks", "their productive meeting": a possessive, then capitalised words
     * (or a word or two that qualify) up to the noun.
     */
    private boolean possessiveBeforeName(Mention m, Trigger t) {
        if (m.end - m.start != 1 || !(toks.get(m.start).is("their") || toks.get(m.start).is("his") || toks.get(m.start).is("her"))
                || m.end == t.start()) {
            return false;
        }
        int others = 0;
        for (int k = m.end; k < t.start(); k++) {
            Token w = toks.get(k);
            if (!w.capitalised() && !NOMINAL_GAP.contains(w.lower)) {
                if (!w.isWord() || VERBS_NOT_QUALIFIERS.contains(w.lower) || ++others > 2) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Words that, between a possessive and a meeting noun, make a clause of their own ("their leaders held talks"). */
    private static final Set<String> VERBS_NOT_QUALIFIERS = Words.set("held", "had", "have", "has", "hold", "holds", "was", "were",
            "is", "are", "met", "meet", "will", "would", "and", "or", "but");

    private static boolean onlyWords(String gap, Set<String> words) {
        for (String w : gap.toLowerCase(Locale.ROOT).split("[\\s,]+")) {
            if (!w.isEmpty() && !words.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** A second verb after a clause: ", and later held talks", ", and met". */
    private static final Pattern AND_THEN_VERB = Pattern.compile(
            "(,\\s*and\\s+((was|were)\\s+)?((later|then|also|afterwards)\\s+)?|\\s+and\\s+((was|were)\\s+)?(later|then|afterwards)\\s+)((was|were)\\s+)?$");

    /**
     * The sentence's first person when {@code m} is inside a ", who …" clause about someone named after him: "A met B, who
     * invited him …" gives A; null otherwise.
     */
    private Mention subjectBeforeRelative(List<Mention> before, Mention m) {
        for (int i = before.indexOf(m); i >= 1; i--) {
            String gap = article.between(before.get(i - 1).end, before.get(i).start);
            if (gap.startsWith(", who ")) {
                Mention first = before.get(0);
                return i - 1 > 0 && first.kind == MentionKind.PERSON ? first : null;
            }
            if (TIME_CLAUSE.matcher(gap).find()
                    && (before.get(0).kind == MentionKind.PERSON || before.get(0).kind == MentionKind.PRONOUN)) {
                // "Xi paid a state visit in November 2018, a few months after Sanchez came to power, and was received by
                // King Felipe": Xi, not the name inside the clause of time
                return before.get(0);
            }
            if (i - 1 > 0 && PARTICIPLE_PHRASE.matcher(gap).find()
                    && (before.get(0).kind == MentionKind.PERSON || before.get(0).kind == MentionKind.PRONOUN)) {
                // "He met Yudhoyono in the morning, bringing greetings from Obama, and spent the afternoon with Purnomo": he
                return before.get(0);
            }
        }
        Mention first = before.get(0);
        if (first != m && (first.kind == MentionKind.PERSON || first.kind == MentionKind.PRONOUN)) {
            // (the verb right after the first, an adverb at most between: "Sunak met", "Sunak then met"; or after his own
            // relative clause: "Swaraj, who was in Islamabad for a conference, called on Sharif … and then held talks")
            int verb = afterOwnRelative(first, before.get(1).start);
            for (int k = verb; k < Math.min(m.start, verb + 2); k++) {
                if (OBJECT_VERBS.contains(toks.get(k).lower) || toks.get(k).isAny("called", "paid") && k + 1 < m.start
                        && toks.get(k + 1).isAny("on", "a")) {
                    // "Sunak met the President of the Court, Síofra O'Leary, and held separate talks with …": the one who met
                    // her, not her
                    return first;
                }
            }
        }
        return null;
    }

    /**
     * A person's post in apposition (or the rest of one the name took in: "Imirbaki, a vice chairman| of the committee,"),
     * then his relative clause: "Campbell, the White House Indo-Pacific coordinator, who met".
     */
    private static final Pattern APPOSED_THEN_WHO = Pattern.compile("(?s)(,\\s+(the|a|an|his|her))?\\s+[^,;.]{1,90},\\s+who\\s+((had|has|also|then|later)\\s+)?");

    /** Where the words after a person go on once his own ", who …," clause (ending before {@code limit}) is passed. */
    private int afterOwnRelative(Mention person, int limit) {
        int k = person.end;
        if (k + 1 < limit && toks.get(k).is(",") && toks.get(k + 1).is("who")) {
            for (int j = k + 2; j < limit; j++) {
                if (toks.get(j).is(",")) {
                    return j + 1;
                }
            }
        }
        return k;
    }

    /** Verbs whose object, named before ", and" and another verb, is not that verb's subject. */
    private static final Set<String> OBJECT_VERBS = Words.set("met", "received", "hosted", "welcomed", "visited", "greeted", "saw");

    /** A clause of time opening after a comma: ", a few months after ", ", when ". */
    private static final Pattern TIME_CLAUSE = Pattern.compile(
            ",\\s+([a-z0-9]+\\s+){0,4}(after|before|when|since|while|until)\\s+$");

    /** A possessive and the lower-case post of the one named after the comma: "'s predecessor, ". */
    static final Pattern POSSESSED_THEN_NAME = Pattern.compile("\\s*['’]s\\s+[a-z][a-z -]*,\\s*(the\\s+)?");

    /** A participle phrase after a comma: ", bringing greetings from" (not a preposition: ", during a visit by"). */
    private static final Pattern PARTICIPLE_PHRASE = Pattern.compile(
            ",\\s+(?!(?:during|including|following|regarding|concerning|according|excluding)\\s)[a-z]+ing\\s");

    /**
     * When the mention right before a trigger closes a relative clause (", who … with Putin on Monday, held"),
     * the mention before the clause, which is the trigger's subject; else null.
     */
    private Mention beforeRelativeClause(Sentence s, List<Mention> before, Mention m, Trigger t) {
        if (!article.between(m.end, t.start()).strip().equals(",")) {
            return null;
        }
        for (int i = before.indexOf(m) - 1; i >= 0; i--) {
            String gap = article.between(before.get(i).end, before.get(i + 1).start);
            if (gap.startsWith(", who ") || gap.startsWith(", which ")) {
                return before.get(i);
            }
        }
        return null;
    }

    private static boolean containsWord(String gap, Set<String> words) {
        for (String w : NOT_LETTERS.split(gap.toLowerCase(Locale.ROOT))) {
            if (words.contains(w)) {
                return true;
            }
        }
        return gap.contains(";") || gap.contains("—") && words.contains("—");
    }
}
