package org.diplograph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplograph.extract.PhraseIndex.Kind;
import org.diplograph.extract.PhraseIndex.Match;

/**
 * Of which states a partnership word is said: "between X and Y", "the X-Y alliance", "X and Y are strategic
 * partners", "X and Y are treaty allies of Z" (each with Z), "the two countries", or the states around it.
 * {@link Partnerships} decides whether a sentence states a partnership and of what kind; this class, of whom.
 */
final class PartnerPairs {

    private static final Pattern STATE_AND = Pattern.compile("\\s*and\\s*(the\\s*)?");
    private static final Set<String> COPULAS = Words.set("is", "are", "was", "were", "remain", "remains", "remained", "became",
            "become", "been", "as", "whose");
    static final Pattern LIST = Pattern.compile("\\s*(,|and|, and)\\s*(the\\s*)?");
    /** What joins a state to others that did the same: "…, at the same time as Serbia", "Finland, together with Sweden". */
    static final Pattern COMPANIONS = Pattern.compile("(?s)(.*\\b(at the same time as|as did)|\\s*,?\\s*(together|along) with)\\s+(the\\s+)?");
    /** What may stand between "partners" and the first state in apposition: ", ", " in the Indo-Pacific - ", " in Asia, ". */
    private static final Pattern APPOSED = Pattern.compile("(?s)\\s*(in (the )?[\\p{L}-]+(\\s+[\\p{L}-]+)?\\s*)?(,|-|–|—|:)\\s*(the\\s*)?");
    private static final int SUBJECT_REACH = 8;
    /** What opens a list of some of the partners named before it: ", including the ", ", such as ". */
    private static final Pattern INCLUDING_LIST = Pattern.compile("(?s)\\s*,?\\s*(including|such as|notably|among them)\\s+(the\\s+)?");
    /** ", a group that today also includes ": the partners a group of partners is made of. */
    private static final Pattern GROUP_INCLUDES = Pattern.compile(
            "(?s)\\s*,\\s*(a|the)\\s+(group|grouping|format)\\s+(that|which)\\s+(\\w+\\s+){0,2}(includes|comprises|brings together)\\s+(the\\s+)?");
    /** ", like the Philippines, is": a state compared with the subject, of which the predicate holds too. */
    private static final Pattern LIKE = Pattern.compile("\\s*,\\s*like\\s*(the\\s*)?");
    /** Words between "its" and "allies": "its only treaty ally", "its closest partners". */
    private static final Set<String> OWN_QUALIFIERS = Words.set("only", "closest", "oldest", "key", "treaty", "main", "major", "formal", "close",
            "ironclad", "enduring", "longstanding", "long-standing", "steadfast", "unwavering", "unbreakable", "robust", "strong",
            "historic", "vital", "critical", "important", "valued", "trusted", "bilateral", "respective");
    private static final Set<String> INCLUDING = Words.set("including", "notably", "especially", "like");
    /** Verbs that name what a state holds others to be: "counts … as partners". */
    private static final Set<String> REGARD = Words.set("counts", "counted", "considers", "considered", "regards", "regarded", "sees",
            "saw", "views", "viewed", "treats", "treated", "describes", "described", "names", "named", "lists", "listed",
            "count", "consider", "regard", "see", "view", "treat", "describe", "call", "calls", "called", "importance");
    /** Qualifiers of a partner regarded as one, besides a kind's and an own partner's: "as a capable ally". */
    private static final Set<String> REGARD_QUALIFIERS = Words.set("capable", "reliable", "valuable", "natural", "essential",
            "indispensable", "true", "good", "great", "exemplary", "dependable", "responsible", "significant");
    private static final int TWO_REACH = 6;
    /** "the U.S.-Japan alliance", "the Japan-US treaty allies": how close "allies" follows the pair it is of. */
    private static final int ADJACENT = 3;

    private final Article article;
    private final List<Token> toks;

    PartnerPairs(Article article) {
        this.article = article;
        this.toks = article.toks;
    }

    /**
     * "X and Y are (each) treaty allies of Z", "X is a dialogue partner of Z", "X and Y are among Z's closest partners",
     * "called Z a strategic partner of X": each state of the subject with the third; none of them with each other.
     */
    List<String[]> partnersOf(Sentence s, List<Sentence.State> states, int trigger) {
        List<String[]> fronted = frontedAs(s, states, trigger);
        if (!fronted.isEmpty()) {
            return fronted;
        }
        Sentence.State third = null;
        int k = trigger + 1;
        if (k < s.to && (toks.get(k).is("of") || toks.get(k).is("to") || toks.get(k).is("for"))) {
            k++;
            k += k < s.to && toks.get(k).is("the") ? 1 : 0;
            for (Sentence.State st : states) {
                third = st.start() == k ? st : third;
            }
            Match person = third == null && k < s.to ? s.phraseAt(k) : null;
            if (person != null && person.has(Kind.DEMONYM) && person.end() < s.to && s.phraseAt(person.end()) != null
                    && s.phraseAt(person.end()).has(Kind.TITLE)) {
                // "Russia and Iran are the main allies of Syrian President Bashar al-Assad": of his country, each
                third = new Sentence.State(person.start(), person.end(), person.ref(Kind.DEMONYM).key(), false);
            }
        }
        if (third == null) {
            third = stoodWith(s, states, trigger);
        }
        if (third == null) {
            // "officials call both China and Japan partners": not "Japan partners", a state's own partners
            List<String[]> regarded = regardedAs(s, states, trigger);
            if (!regarded.isEmpty()) {
                return regarded;
            }
        }
        int subjectEnd = trigger;
        Sentence.State adjective = third == null ? stateQualifying(s, states, trigger) : null;
        if (adjective != null) {
            // "Israel, a close US ally": the state before the noun is the third, the subject before it
            third = adjective;
            subjectEnd = adjective.start();
        }
        if (third == null) {
            // "Z's closest partners", "the Alliance's closest partners", "NATO's Enhanced Opportunities Partners" (a programme's name)
            for (Sentence.State st : states) {
                if (st.end() < trigger && trigger - st.end() <= 5 && toks.get(st.end()).is("'s")
                        && (article.qualifiers(st.end() + 1, trigger) || programmeName(st.end() + 1, trigger))) {
                    third = st;
                    subjectEnd = st.start();
                }
            }
        }
        if (third == null) {
            return regardedAs(s, states, trigger);
        }
        List<String> subjects = new ArrayList<>(subjects(s, states, subjectEnd, third));
        int regarded = subjects.isEmpty() ? bareListFrom(s, states, subjectEnd) : -1;
        for (Sentence.State st : states) {
            if (regarded > 0 && st.start() >= regarded && st.end() <= subjectEnd && !st.alliance()) {
                // "Mattis called Finland and Sweden partners of the United States": those he called so
                subjects.add(st.code());
            }
        }
        if (subjects.isEmpty()) {
            subjects.addAll(listedAfter(states, trigger, APPOSED));
        }
        if (subjects.isEmpty()) {
            // "NATO's partners, including Japan and Australia"
            subjects.addAll(listedAfter(states, trigger, INCLUDING_LIST));
        }
        if (subjects.isEmpty()) {
            // "NATO's Enhanced Opportunities Partners, a group that today also includes Australia, Georgia …"
            subjects.addAll(listedAfter(states, trigger, GROUP_INCLUDES));
        }
        if (!subjects.isEmpty()) {
            // "Japan is one of NATO's four partners in the Indo-Pacific, together with Australia, New Zealand and Korea"
            for (int t = trigger + 1; t + 1 < Math.min(s.to, trigger + 12); t++) {
                if (toks.get(t).is("together") && toks.get(t + 1).is("with") && toks.get(t - 1).is(",")) {
                    subjects.addAll(listedAfter(states, t + 1, TOGETHER_WITH));
                    break;
                }
            }
        }
        for (int t = third.end(); !subjects.isEmpty() && t + 2 < Math.min(s.to, third.end() + 3); t++) {
            if (toks.get(t).is(",") && toks.get(t + 1).is("as") && toks.get(t + 2).isAny("is", "are", "was", "were")) {
                // "Tajikistan is a valued partner of the United States, as is Afghanistan": the one after "as is" too
                subjects.addAll(listedAfter(states, t + 2, TOGETHER_WITH));
                break;
            }
        }
        List<String[]> out = new ArrayList<>(subjects.size());
        for (String subject : subjects) {
            if (!subject.equals(third.code())) {
                out.add(new String[] {subject, third.code()});
            }
        }
        return out;
    }

    /**
     * "As a partner of both the Kyrgyz Republic and Tajikistan, the Secretary noted, the United States stands ready": the
     * state that opens the main clause after the phrase, with each state the phrase lists; none otherwise.
     */
    private List<String[]> frontedAs(Sentence s, List<Sentence.State> states, int trigger) {
        if (!toks.get(s.analysisFrom).is("as") || trigger - s.analysisFrom > 5 || trigger + 2 >= s.to || !toks.get(trigger + 1).is("of")) {
            return List.of();
        }
        int k = trigger + 2 + (toks.get(trigger + 2).is("both") ? 1 : 0);
        List<Sentence.State> listed = new ArrayList<>();
        for (Sentence.State st : states) {
            boolean next = listed.isEmpty() ? st.start() == k || st.start() == k + 1 && toks.get(k).is("the")
                    : LIST.matcher(article.between(listed.get(listed.size() - 1).end(), st.start())).matches();
            if (next && !st.alliance()) {
                listed.add(st);
            } else if (!listed.isEmpty()) {
                // the first state past the phrase's comma opens the main clause
                boolean afterComma = article.between(listed.get(listed.size() - 1).end(), st.start()).startsWith(",");
                List<String[]> out = new ArrayList<>();
                for (Sentence.State one : listed) {
                    if (afterComma && !one.code().equals(st.code())) {
                        out.add(new String[] {one.code(), st.code()});
                    }
                }
                return out;
            }
        }
        return List.of();
    }

    /** "Enhanced Opportunities": capitalised words alone, a programme's name before its capitalised "Partners". */
    private boolean programmeName(int from, int trigger) {
        if (from >= trigger || !toks.get(trigger).capitalised()) {
            return false;
        }
        for (int k = from; k < trigger; k++) {
            if (!toks.get(k).isWord() || !toks.get(k).capitalised()) {
                return false;
            }
        }
        return true;
    }

    /** What may open the list after "together with": "together with the Republic of Korea". */
    private static final Pattern TOGETHER_WITH = Pattern.compile("(?s)\\s*(the\\s+)?");

    /**
     * "South Korea and Japan as two allies that have stood with the United States for decades": the state the relative
     * clause after the noun stands with; or null.
     */
    private Sentence.State stoodWith(Sentence s, List<Sentence.State> states, int trigger) {
        int k = trigger + 1;
        if (k >= s.to || !(toks.get(k).is("that") || toks.get(k).is("which") || toks.get(k).is("who"))) {
            return null;
        }
        for (Sentence.State st : states) {
            if (st.alliance() && st.start() > k && st.start() <= k + 8 && !article.between(k, st.start()).contains(",")) {
                // "Finland and Sweden, two close partners that were invited to join the Alliance": the alliance's
                return st;
            }
        }
        for (k++; k + 1 < s.to && k <= trigger + 6; k++) {
            if (STOOD.contains(toks.get(k).lower) && toks.get(k + 1).isAny("with", "by", "alongside")) {
                int at = k + 2 < s.to && toks.get(k + 2).is("the") ? k + 3 : k + 2;
                for (Sentence.State st : states) {
                    if (st.start() == at) {
                        return st;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** Verbs of a relative clause that say whose ally a state is: "allies that have stood with the United States". */
    private static final Set<String> STOOD = Words.set("stood", "stand", "stands", "fought", "sided", "worked");

    /**
     * The states listed after the word at {@code word}, the first behind words {@code opening} matches, the others by
     * "and" or commas: "NATO's Indo-Pacific partners, Japan, Australia and New Zealand" (in apposition), "partner
     * countries, among them the United States and China".
     */
    private List<String> listedAfter(List<Sentence.State> states, int word, Pattern opening) {
        List<String> out = new ArrayList<>();
        Sentence.State previous = null;
        for (Sentence.State st : states) {
            if (st.start() <= word) {
                continue;
            }
            String gap = previous == null ? article.between(word + 1, st.start()) : article.between(previous.end(), st.start());
            if (!(previous == null ? opening.matcher(gap).matches() : LIST.matcher(gap).matches())) {
                break;
            }
            out.add(st.code());
            previous = st;
        }
        return out;
    }

    private static final Pattern RELATIVE_OPENS = Pattern.compile(",\\s*(which|who)\\b");
    /** Words that count or set apart a group of partners: "Three other partners, A, B and C, …". */
    private static final Set<String> GROUP_WORDS = Words.set("other", "several", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "many", "some");

    /**
     * Partners of the alliance a story is about, which the sentence calls only "the Alliance": "Finland, which borders
     * Russia, is one of the alliance's closest partners" (the state that opens the sentence, no other state between
     * but in a relative clause),
     * "Three other partners, Bosnia and Herzegovina, Georgia and Ukraine, also aspire to membership" (the states listed
     * right after); none otherwise.
     */
    List<String[]> ofTheAlliance(Sentence s, List<Sentence.State> states, int trigger, String alliance) {
        if (alliance == null || !toks.get(trigger).lower.startsWith("partner")) {
            return List.of();
        }
        List<String> members = new ArrayList<>();
        int k = trigger - 1;
        while (k > s.analysisFrom && (article.qualifiers(k, k + 1) || Partnerships.KIND_ADJECTIVES.contains(toks.get(k).lower))) {
            k--;
        }
        if (k - 1 > s.analysisFrom && toks.get(k).is("'s") && toks.get(k - 1).is("alliance")) {
            Sentence.State opener = null;
            for (Sentence.State st : states) {
                if (!st.alliance() && st.start() == s.analysisFrom) {
                    opener = st;
                    members.add(st.code());
                } else if (!st.alliance() && st.start() < k && opener != null
                        && !(RELATIVE_OPENS.matcher(article.between(opener.end(), st.start())).find()
                             && article.between(st.end(), k).contains(","))) {
                    // another state before the noun, outside a relative clause ("Finland, which borders Russia, is …"): not
                    // plainly the opening one's
                    return List.of();
                }
            }
        } else if (k >= s.analysisFrom && GROUP_WORDS.contains(toks.get(k).lower) && trigger + 1 < s.to && toks.get(trigger + 1).is(",")) {
            members.addAll(listedAfter(states, trigger, APPOSED));
        } else if (trigger + 3 < s.to && toks.get(trigger + 1).is("of") && toks.get(trigger + 2).is("the")
                && toks.get(trigger + 3).is("alliance")) {
            // "Armenia and Azerbaijan are both valued partners of the Alliance": each the alliance's, not each other's
            members.addAll(subjects(s, states, trigger, null));
        }
        List<String[]> out = new ArrayList<>(members.size());
        for (String m : members) {
            if (!m.equals(alliance)) {
                out.add(new String[] {m, alliance});
            }
        }
        return out;
    }

    /**
     * "the ten members of ASEAN and eight partner countries, among them the United States and China": each listed country
     * with the alliance named before (none without one), not with each other; null when the words are not so.
     */
    List<String[]> partnerCountries(Sentence s, List<Sentence.State> states, int trigger) {
        // "with NATO partners Georgia and Ukraine": the states named right after the noun
        boolean namedAfter = toks.get(trigger).is("partners") && trigger + 1 < s.to
                && states.stream().anyMatch(st -> st.start() == trigger + 1 && !st.alliance());
        if (trigger + 2 >= s.to || !(namedAfter || PARTNER_NOUNS.contains(toks.get(trigger + 1).lower)) || toks.get(trigger).capitalised()) {
            // ("its Eastern Partnership countries, among them Ukraine": a programme's name, not a partnership stated)
            return null;
        }
        List<String> listed = namedAfter ? listedAfter(states, trigger, AFTER_COLON) : listedAfter(states, trigger + 1, AMONG_THEM);
        int allianceBefore = trigger;
        if (listed.isEmpty()) {
            // "Three partner countries have declared that they aspire to join the Alliance: Bosnia and Herzegovina, Georgia …"
            int colon = trigger + 2;
            while (colon < s.to && !toks.get(colon).is(":") && !toks.get(colon).is(";")) {
                colon++;
            }
            if (colon < s.to && toks.get(colon).is(":")) {
                listed = listedAfter(states, colon, AFTER_COLON);
                allianceBefore = colon;
            }
        }
        if (listed.isEmpty()) {
            return null;
        }
        Sentence.State alliance = null;
        for (Sentence.State st : states) {
            alliance = st.end() <= allianceBefore && st.alliance() ? st : alliance;
        }
        if (alliance == null) {
            return List.of();
        }
        List<String[]> out = new ArrayList<>(listed.size());
        for (String each : listed) {
            out.add(new String[] {alliance.code(), each});
        }
        return out;
    }

    private static final Set<String> PARTNER_NOUNS = Words.set("countries", "nations", "states");
    /** What may open a list after a colon: ": the Republic of Moldova, …". */
    private static final Pattern AFTER_COLON = Pattern.compile("(?s)\\s*(the\\s+)?");
    /** ", among them", " including", or a comma alone: "two NATO partner nations, Ukraine and the Republic of Moldova". */
    private static final Pattern AMONG_THEM = Pattern.compile("(?s)\\s*,\\s*((among them|including|such as)\\s+)?(the\\s+)?"
            + "|\\s*(among them|including|such as)\\s+(the\\s+)?");

    /**
     * "a close US ally", "a key EU partner", "NATO partners": a country (or, for a partner, an alliance) named just before
     * the noun, but not the sentence's first state.
     */
    private Sentence.State stateQualifying(Sentence s, List<Sentence.State> states, int trigger) {
        int k = trigger - 1;
        while (k > s.analysisFrom && OWN_QUALIFIERS.contains(toks.get(k).lower)) {
            k--;
        }
        for (int a = 1; a < states.size(); a++) {
            Sentence.State st = states.get(a);
            // ("Austria and Serbia are NATO partners" are the alliance's partners; "NATO Allies" are its members)
            if (st.end() == k + 1 && (!st.alliance() || toks.get(trigger).lower.startsWith("partner"))) {
                return st;
            }
        }
        return null;
    }

    /**
     * "Russia counts both India and China as strategic partners", "Moscow regards Minsk as its closest ally": each state
     * listed after the verb with the verb's subject, not with each other.
     */
    private List<String[]> regardedAs(Sentence s, List<Sentence.State> states, int trigger) {
        int as = trigger - 1;
        // "as a highly capable ally", "as a valued partner": the article, adverbs and qualifiers before the noun
        while (as > s.analysisFrom && (Partnerships.KIND_ADJECTIVES.contains(toks.get(as).lower) || OWN_QUALIFIERS.contains(toks.get(as).lower)
                || REGARD_QUALIFIERS.contains(toks.get(as).lower) || toks.get(as).lower.endsWith("ly") && toks.get(as).isWord() && !toks.get(as).capitalised()
                || toks.get(as).isAny("its", "a", "an", "and"))) {
            as--;
        }
        int verbFrom = as - 1;
        if (as > s.analysisFrom && !toks.get(as).is("as")) {
            // "officials call both China and Japan partners": the states right after the verb, no "as" between
            verbFrom = bareListFrom(s, states, as + 1) - 1;
            as = verbFrom < 0 ? -1 : as + 1;
        }
        if (as <= s.analysisFrom) {
            return List.of();
        }
        for (int v = verbFrom; v > s.analysisFrom; v--) {
            if (!REGARD.contains(toks.get(v).lower)) {
                continue;
            }
            Sentence.State subject = null;
            List<String> listed = new ArrayList<>();
            List<String> subjects = new ArrayList<>();
            for (Sentence.State st : states) {
                if (st.end() <= v && v - st.end() <= 2) {
                    subject = st;
                } else if (st.start() > v && st.end() <= as) {
                    listed.add(st.code());
                }
            }
            for (int k = v + 1; k < as; k++) {
                // "count Washington as a partner": a capital for its state
                Match m = s.phraseAt(k);
                if (m != null && m.has(Kind.CAPITAL) && !m.has(Kind.COUNTRY) && m.start() == k) {
                    listed.add(m.ref(Kind.CAPITAL).key());
                }
            }
            for (int k = Math.max(s.analysisFrom, v - 2); subject == null && k < v; k++) {
                // "Uzbek officials describe both the United States and Russia as strategic partners": the people of a state
                Match m = s.phraseAt(k);
                if (m != null && m.has(Kind.DEMONYM) && article.g.isCountry(m.ref(Kind.DEMONYM).key())) {
                    subject = new Sentence.State(m.start(), m.end(), m.ref(Kind.DEMONYM).key(), false);
                }
            }
            String person = subject == null ? personBefore(s, v) : null;
            if (person != null) {
                // "Secretary Austin described Estonia as a highly capable ally": his country
                subjects.add(person);
            }
            if (subject != null) {
                // "Ecuador and Colombia both count Washington as a partner": each state of the subject
                subjects.add(subject.code());
                int end = subject.start();
                for (int n = states.size() - 1; n >= 0; n--) {
                    Sentence.State st = states.get(n);
                    if (st.end() <= end && LIST.matcher(article.between(st.end(), end)).matches() && !st.alliance()) {
                        subjects.add(0, st.code());
                        end = st.start();
                    }
                }
            }
            if (listed.isEmpty() && subject != null && bothCountries(v + 1, as)) {
                // "China counts both countries as comprehensive strategic partners": the two the story is about
                String[] two = article.lastTwoCountries(s, true);
                if (two != null) {
                    listed.addAll(List.of(two));
                }
            }
            List<String[]> out = new ArrayList<>();
            for (String other : listed) {
                for (String one : subjects) {
                    if (!other.equals(one)) {
                        out.add(new String[] {other, one});
                    }
                }
            }
            return out;
        }
        return List.of();
    }

    /**
     * The country of the person who is the subject right before a verb ("Secretary Austin described", "Hagel underlined the
     * importance"), or of a release's publisher for a title alone ("The Secretary described"); or null.
     */
    private String personBefore(Sentence s, int verb) {
        Sentence.Mention last = null;
        for (Sentence.Mention m : s.mentions) {
            last = m.end <= verb ? m : last;
        }
        if (last == null || verb - last.end > 3 || !article.between(last.end, verb).matches("[\\p{Ll}\\s]*")) {
            return null;
        }
        String scope = last.kind == Sentence.MentionKind.PERSON && last.person != null ? countryOf(last.person)
                : last.kind == Sentence.MentionKind.TITLE_REF && last.anaphoric ? article.header.publisherScope : null;
        return scope != null && article.g.isCountry(scope) ? scope : null;
    }

    /** The country "we", "our" and "us" speak for: the speaker's in a transcript, else the publisher's; or null. */
    String ours(Sentence s) {
        if (s.speaker == null) {
            return article.header.publisherScope;
        }
        // "SECRETARY ARCHER:" after "Secretary of Defense Tom Archer": the country his title places him in
        return countryOf(s.speaker);
    }

    /** The country the text or the gazetteer gives a person, else the one his title places him in; or null. */
    String countryOf(Person p) {
        String scope = p.scopeOn(article.published);
        for (Person.Role r : p.roles) {
            scope = scope != null ? scope : r.title().scope != null ? r.title().scope : r.title().holderScope(article.g);
            scope = scope != null ? scope : r.title().defaultScope;
        }
        return scope;
    }

    /**
     * Where a list of states ending right before {@code end} begins, at the word after the verb before it ("call both China
     * and Japan partners": the verb "call"), or -1 when anything but states, "both", "the", "and" and commas stands there.
     */
    private int bareListFrom(Sentence s, List<Sentence.State> states, int end) {
        int k = end;
        boolean any = false;
        while (k > s.analysisFrom) {
            Sentence.State ending = null;
            for (Sentence.State st : states) {
                ending = st.end() == k && !st.alliance() ? st : ending;
            }
            if (ending != null) {
                k = ending.start();
                any = true;
            } else if (any && (toks.get(k - 1).is("both") || toks.get(k - 1).is("the") || toks.get(k - 1).is("and")
                    || toks.get(k - 1).is(","))) {
                k--;
            } else {
                break;
            }
        }
        return any && k - 1 > s.analysisFrom && REGARD.contains(toks.get(k - 1).lower) ? k : -1;
    }

    /** Whether the words between are "both countries", "the two countries" or "both": two states named before. */
    private boolean bothCountries(int from, int to) {
        String words = article.between(from, to).strip().toLowerCase(java.util.Locale.ROOT);
        return words.equals("both countries") || words.equals("the two countries") || words.equals("both")
                || words.equals("both nations") || words.equals("the two nations");
    }

    /** Prepositions whose object is no subject of what follows ", and": "work closely with Russia, and still be …". */
    private static final Set<String> OBJECT_PREPOSITIONS = Words.set("with", "to", "from", "against", "on", "by", "for", "toward", "towards");

    /** Between a state and the bloc of an apposition about it: ", both members of ", ", a founding member of the ". */
    private static final Pattern MEMBERS_OF = Pattern.compile("(?s)\\s*,\\s*(both\\s+|all\\s+|each\\s+|also\\s+)?((an?|the)\\s+)?(founding\\s+)?members?\\s+of\\s+(the\\s+)?");

    /**
     * The states a predicate before {@code end} is said of: "Japan and South Korea are each treaty", "Turkish
     * President Erdogan, whose country is a dialogue", "Georgia as one of the": the last state before it, across
     * a copula, an apposition or "as", and those listed with it.
     */
    List<String> subjects(Sentence s, List<Sentence.State> states, int end, Sentence.State third) {
        int last = -1;
        for (int a = 0; a < states.size(); a++) {
            Sentence.State st = states.get(a);
            // ("A can be a member of the Union, work closely with Russia, and still be a strong partner of the United States":
            // a verb's object before ", and", no subject)
            // ("It is not a member of NATO, but it is a treaty ally of the United States": nor an object before ", but")
            String after = article.between(st.end(), end);
            boolean objectBefore = st.start() - 1 >= s.analysisFrom && (OBJECT_PREPOSITIONS.contains(toks.get(st.start() - 1).lower)
                    && after.startsWith(", and") || toks.get(st.start() - 1).isAny("of", "with") && after.startsWith(", but"));
            if (st != third && st.end() <= end && end - st.end() <= SUBJECT_REACH && predicate(st.end(), end) && !objectBefore) {
                last = a;
            }
        }
        if (last > 0 && states.get(last).alliance()
                && MEMBERS_OF.matcher(article.between(states.get(last - 1).end(), states.get(last).start())).matches()) {
            // "Guyana and Suriname, both members of CARICOM, are valued partners of the United States": the states the
            // apposition is about
            last--;
        }
        List<String> out = new ArrayList<>(2);
        if (last < 0 && bothAfterBut(s, end) && !states.isEmpty() && states.get(0).start() <= s.analysisFrom + 1 && states.get(0) != third) {
            // "Finland and Sweden are not members of NATO, but both are Enhanced Opportunities Partners of the Alliance",
            // "Armenia belongs to the CSTO and is not a member of NATO, but it has been a partner of the Alliance": "both" or
            // "it" is the sentence's first subjects
            out.add(states.get(0).code());
            for (int a = 1; a < states.size() && states.get(a) != third
                    && LIST.matcher(article.between(states.get(a - 1).end(), states.get(a).start())).matches(); a++) {
                out.add(states.get(a).code());
            }
            return out;
        }
        if (last < 0) {
            // "Turkish President Erdogan, whose country is a dialogue partner of the SCO": the person's country
            for (Sentence.Mention m : s.mentions) {
                String scope = m.kind == Sentence.MentionKind.PERSON && m.person != null ? m.person.scope : null;
                if (scope != null && article.g.isCountry(scope) && m.end <= end && end - m.end <= SUBJECT_REACH
                        && predicate(m.end, end) && article.between(m.end, end).matches("(?s).*\\bwhose (country|nation)\\b.*")) {
                    out.add(scope);
                }
            }
            return out;
        }
        out.add(states.get(last).code());
        for (int a = last; a > 0 && LIST.matcher(article.between(states.get(a - 1).end(), states.get(a).start())).matches(); a--) {
            out.add(0, states.get(a - 1).code());
        }
        if (last > 0 && LIKE.matcher(article.between(states.get(last - 1).end(), states.get(last).start())).matches()) {
            // "Japan, like the Philippines, is a treaty ally of the United States": both are
            out.add(0, states.get(last - 1).code());
        }
        return out;
    }

    /**
     * "Bosnia and Herzegovina and Serbia cooperate with NATO as partners": each country before "with" paired with the state
     * between "with" and "as"; none otherwise.
     */
    List<String[]> withAsPartners(Sentence s, List<Sentence.State> states, int trigger) {
        // ("We cooperate with the Alliance as a partner": one; "we also want Russia as a friend and a partner")
        int as = trigger - 1;
        while (as > s.analysisFrom && as > trigger - 6 && toks.get(as).isAny("a", "an", "and", "friend", "close", "strategic", "reliable")) {
            as--;
        }
        if (as - 2 < s.analysisFrom || !toks.get(as).is("as")) {
            return List.of();
        }
        String we = ours(s);
        for (Sentence.State owner : states) {
            if (owner.end() == as && owner.start() - 2 >= s.analysisFrom && toks.get(owner.start() - 1).isAny("want", "see", "regard", "view")
                    && toks.get(owner.start() - 2 - (toks.get(owner.start() - 2).is("also") ? 1 : 0)).is("we") && we != null
                    && !we.equals(owner.code()) && !owner.alliance()) {
                // "we also want Russia as a friend and a partner", in the Philippine President's words: the Philippines with Russia
                return List.<String[]>of(new String[] {we, owner.code()});
            }
            if (owner.end() == as && owner.start() - 1 >= s.analysisFrom && toks.get(owner.start() - 1).is("with")) {
                // (only its own clause: "Montenegro joined in 2017, while Bosnia and Herzegovina and Serbia cooperate …")
                int clause = owner.start() - 1;
                while (clause > s.analysisFrom && !clauseBreak(s, clause - 1)) {
                    clause--;
                }
                List<String[]> out = new ArrayList<>();
                for (Sentence.State st : states) {
                    if (st.start() >= clause && st.end() < owner.start() - 1 && !st.alliance() && !st.code().equals(owner.code())) {
                        out.add(new String[] {st.code(), owner.code()});
                    }
                }
                if (out.isEmpty() && toks.get(clause).is("we") && we != null && !we.equals(owner.code())) {
                    // "We cooperate with the Alliance as a partner", in the Finnish President's words: Finland with NATO
                    out.add(new String[] {we, owner.code()});
                }
                return out;
            }
        }
        return List.of();
    }

    /** "while", "whereas", "but", ";" or ", and": where a clause begins after {@code k}. */
    private boolean clauseBreak(Sentence s, int k) {
        Token t = toks.get(k);
        // (", where Qatar has stood with the Alliance as a partner": a relative clause's own)
        return t.is("while") || t.is("whereas") || t.is("but") || t.is(";") || t.isAny("and", "where") && k - 1 >= s.analysisFrom && toks.get(k - 1).is(",");
    }

    /** "the two U.S. allies": the country right between "two" and the noun, whose allies they are; or null ("two NATO allies" are members). */
    String ownerOfTwo(Sentence s, List<Sentence.State> states, int trigger) {
        for (Sentence.State st : states) {
            if (!st.alliance() && st.end() == trigger && st.start() - 1 >= s.analysisFrom && toks.get(st.start() - 1).is("two")) {
                return st.code();
            }
        }
        return null;
    }

    /** "pressed its two main allies in the region" with no state named right after: allies the sentence does not name. */
    boolean alliesOfItsOwn(Sentence s, List<Sentence.State> states, int trigger) {
        boolean its = false;
        for (int k = Math.max(s.analysisFrom, trigger - 3); k < trigger; k++) {
            its |= toks.get(k).is("its");
        }
        if (!its) {
            return false;
        }
        for (Sentence.State st : states) {
            if (st.start() > trigger && st.start() <= trigger + 4) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the United States stands by its allies, including the Philippines", "Beijing … with Pyongyang, its only treaty
     * ally": the states listed after "its allies" or standing before ", its … ally", each with the sentence's first
     * other state, whose allies "its" are.
     */
    List<String[]> itsAllies(Sentence s, List<Sentence.State> states, int trigger) {
        List<String[]> with = possessorWithEach(s, states, trigger);
        if (!with.isEmpty()) {
            return with;
        }
        int its = trigger - 1;
        while (its > s.analysisFrom && (OWN_QUALIFIERS.contains(toks.get(its).lower) || Partnerships.KIND_ADJECTIVES.contains(toks.get(its).lower))) {
            its--;
        }
        if (its <= s.analysisFrom || !toks.get(its).is("its")) {
            return List.of();
        }
        List<Sentence.State> allies = new ArrayList<>();
        for (Sentence.State st : states) {
            if (st.end() == its - 1 && toks.get(its - 1).is(",")) {
                allies.add(st);
            }
        }
        int k = trigger + 1;
        if (k < s.to && toks.get(k).is("in")) {
            // "its allies in the region, among them Japan": past a short place phrase that names no state
            int comma = k;
            while (comma < Math.min(s.to, k + 4) && !toks.get(comma).is(",") && s.stateAt(comma) == null) {
                comma++;
            }
            k = comma < s.to && toks.get(comma).is(",") ? comma : k;
        }
        // "its allies, including the Philippines", "…, among them Japan", or the allies in apposition: "its allies, Japan and …"
        int first = k + 1 < s.to && INCLUDING.contains(toks.get(k + 1).lower) ? k + 2
                : k + 2 < s.to && toks.get(k + 1).is("among") && toks.get(k + 2).is("them") ? k + 3 : k + 1;
        if (allies.isEmpty() && k + 1 < s.to && toks.get(k).is(",")) {
            for (int a = 0; a < states.size(); a++) {
                Sentence.State st = states.get(a);
                boolean listed = allies.isEmpty() ? st.start() == first || st.start() == first + 1 && toks.get(first).is("the")
                        : LIST.matcher(article.between(states.get(a - 1).end(), st.start())).matches();
                if (listed) {
                    allies.add(st);
                } else if (!allies.isEmpty()) {
                    break;
                }
            }
        }
        Sentence.State owner = null;
        Sentence.State subject = null;
        for (Sentence.State st : states) {
            if (st.end() <= its && !allies.contains(st) && !st.alliance()) {
                owner = owner == null ? st : owner;
                // ("New Zealand barred …, and the United States suspended its obligations to New Zealand, while keeping
                // them with Australia, its treaty ally": the subject of the clause "its" is in, the last before it)
                Token next = st.end() < s.to ? toks.get(st.end()) : null;
                subject = next != null && next.isWord() && !next.capitalised() && !NOT_A_VERB.contains(next.lower) ? st : subject;
            }
        }
        owner = subject != null ? subject : owner;
        List<String[]> out = new ArrayList<>(allies.size());
        for (Sentence.State ally : allies) {
            if (owner != null && !ally.code().equals(owner.code())) {
                out.add(new String[] {owner.code(), ally.code()});
            }
        }
        return out;
    }

    /** Words after a state that show it is no clause's subject: "to New Zealand under the treaty". */
    private static final Set<String> NOT_A_VERB = Words.set("in", "under", "and", "or", "to", "of", "with", "for", "on", "at", "by",
            "from", "as", "into", "over", "after", "before", "since", "during", "about", "against", "between", "than", "that", "which",
            "who", "whose", "where", "when", "while", "but", "is", "'s", "itself");

    /** Where the first state listed after "with" starts: past "both" and "the" ("with both the United States and China"). */
    private int firstListed(int k) {
        k += toks.get(k).is("both") ? 1 : 0;
        return k + (toks.get(k).is("the") ? 1 : 0);
    }

    /** Between two states listed after "alliances with": ", ", " and ", " and with ". */
    private static final Pattern WITH_LIST = Pattern.compile("\\s*(,|and|, and)\\s*(with\\s*)?(the\\s*)?");

    /**
     * "The United States' alliances with Japan and with the Philippines": the possessor before the word, with each state
     * listed right after "with".
     */
    private List<String[]> possessorWithEach(Sentence s, List<Sentence.State> states, int trigger) {
        if (trigger + 1 >= s.to || !toks.get(trigger + 1).is("with")) {
            return List.of();
        }
        int k = trigger - 1;
        while (k > s.analysisFrom && (OWN_QUALIFIERS.contains(toks.get(k).lower) || Partnerships.KIND_ADJECTIVES.contains(toks.get(k).lower))) {
            k--;
        }
        // "the United States values its partnerships with both Armenia and Azerbaijan": "its" is the last state before it
        // ("Mongolia has comprehensive strategic partnerships with Moscow and with Beijing": the subject of "has", the same way)
        boolean its = toks.get(k).is("its") || toks.get(k).isAny("has", "have", "had") && k - 1 >= s.analysisFrom && !toks.get(k - 1).is("which");
        // "Japan and Australia reaffirmed their (countries') respective alliances with the United States": each of them
        boolean their = toks.get(k).is("their") || k - 2 >= s.analysisFrom && (toks.get(k).is("'") || toks.get(k).is("’"))
                && toks.get(k - 1).isAny("countries", "nations", "governments") && toks.get(k - 2).is("their");
        // "the Secretary reaffirmed the U.S. alliances with Japan and the Republic of Korea": a state before it as its adjective
        int adjectiveEnd = k + 1;
        boolean adjective = states.stream().anyMatch(st -> st.end() == adjectiveEnd && !st.alliance());
        if (!(its || their || adjective || toks.get(k).is("'s") || toks.get(k).is("'") || toks.get(k).is("’s") || toks.get(k).is("’"))) {
            return List.of();
        }
        Sentence.State owner = null;
        List<String> owners = new ArrayList<>();
        List<Sentence.State> listed = new ArrayList<>();
        for (Sentence.State st : states) {
            if (their && st.end() <= k && !st.alliance()) {
                owners.add(st.code());
            } else if (its ? st.end() <= k && !st.alliance() : (st.end() == k || adjective && st.end() == adjectiveEnd) && !st.alliance()) {
                owner = st;
            } else if (st.start() > trigger + 1 && (listed.isEmpty()
                    ? st.start() == firstListed(trigger + 2) || st.start() == firstListed(trigger + 2) - 1 && toks.get(st.start()).is("the")
                    : WITH_LIST.matcher(article.between(listed.get(listed.size() - 1).end(), st.start())).matches())) {
                listed.add(st);
            } else if (!listed.isEmpty()) {
                break;
            }
        }
        if (owner != null) {
            owners.add(owner.code());
        }
        String[] story = their && owners.isEmpty() ? article.lastTwoCountries(s, false) : null;
        if (story != null) {
            // "Both sides reaffirmed their respective alliances with the United States": the story's two countries
            owners.addAll(List.of(story));
        }
        List<String[]> out = new ArrayList<>(listed.size());
        for (Sentence.State st : listed) {
            for (String one : owners) {
                if (!st.code().equals(one)) {
                    out.add(new String[] {one, st.code()});
                }
            }
        }
        return out;
    }

    /**
     * Whether ", but both are" (or ", and both are", "; both are", ", but it has been") opens the predicate that ends at
     * {@code end}.
     */
    private boolean bothAfterBut(Sentence s, int end) {
        for (int k = Math.max(s.analysisFrom + 2, end - SUBJECT_REACH); k + 1 < end; k++) {
            // (the words between may name a programme: "both are Enhanced Opportunities Partners")
            boolean words = true;
            for (int w = k + 2; w < end; w++) {
                words &= toks.get(w).isWord();
            }
            if ((toks.get(k).is("both") && toks.get(k + 1).isAny("are", "remain", "were")
                    || toks.get(k).is("it") && toks.get(k + 1).isAny("is", "has", "remains", "was")) && words
                    && (toks.get(k - 1).text.equals(";") || toks.get(k - 1).isAny("but", "and") && toks.get(k - 2).text.equals(","))) {
                return true;
            }
        }
        return false;
    }

    /** A copula, "as" or an apposition's comma and lowercase words between a subject and its predicate. */
    private boolean predicate(int from, int to) {
        boolean link = false;
        for (int k = from; k < to; k++) {
            Token t = toks.get(k);
            if (COPULAS.contains(t.lower) || t.text.equals(",") && k == from) {
                link = true;
            } else if (!(t.isWord() && !t.capitalised() || t.is("-"))) {
                return false;
            }
        }
        return link;
    }

    /**
     * For "partners" and "allies", words as often said of a crowd ("the United States and its allies and partners")
     * as of two states: a pair only where the text makes one, "between X and Y", "X-Y", "X and Y are strategic partners".
     */
    String[] twoOf(Sentence s, List<Sentence.State> states, int trigger) {
        String[] between = betweenPair(s, states, trigger);
        if (between != null) {
            return between;
        }
        String[] hyphen = hyphenPair(states, trigger);
        if (hyphen != null && trigger - hyphenEnd(states, trigger) <= ADJACENT) {
            return hyphen;
        }
        List<String> subjects = subjects(s, states, trigger, null);
        if (subjects.size() == 2 && !subjects.get(0).equals(subjects.get(1)) && !compared(states, subjects)) {
            return subjects.toArray(new String[0]);
        }
        return null;
    }

    /**
     * Whether two states are told as alike, not as a pair: "The Philippines, like Japan, is one of our treaty allies, and we
     * view you as an equal partner".
     */
    private boolean compared(List<Sentence.State> states, List<String> two) {
        for (int a = 1; a < states.size(); a++) {
            if (states.get(a - 1).code().equals(two.get(0)) && states.get(a).code().equals(two.get(1))
                    && LIKE.matcher(article.between(states.get(a - 1).end(), states.get(a).start())).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the two allies", "the two countries as strategic partners", "partnership between the two countries", "their
     * countries' relationship": a pair the reader knows from around it.
     */
    boolean twoBefore(Sentence s, int trigger) {
        if (theirOwn(s, trigger)) {
            return true;
        }
        for (int k = s.analysisFrom + 2; k < trigger - TWO_REACH; k++) {
            if (toks.get(k).is("two") && toks.get(k - 1).is("the") && toks.get(k - 2).is("between")) {
                // "relations between the two eternal neighbours had reached the level of a comprehensive strategic partnership"
                return true;
            }
        }
        for (int k = Math.max(s.analysisFrom, trigger - TWO_REACH); k < Math.min(s.to, trigger + 4); k++) {
            if (toks.get(k).is("two") || toks.get(k).is("both")
                    || toks.get(k).is("their") && k + 1 < s.to && toks.get(k + 1).lower.startsWith("countr")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the 25th anniversary of their strategic partnership": the partnership of the two the sentence names. Only the
     * singular nouns: "their allies and partners" is a crowd.
     */
    private boolean theirOwn(Sentence s, int trigger) {
        if (!toks.get(trigger).is("partnership") && !toks.get(trigger).is("alliance")) {
            return false;
        }
        for (int k = trigger - 1; k >= s.analysisFrom && k >= trigger - TWO_REACH; k--) {
            Token t = toks.get(k);
            if (t.is("their")) {
                return true;
            }
            if (!Partnerships.KIND_ADJECTIVES.contains(t.lower) && !t.is("and") && !t.is(",") && !t.is("bilateral")) {
                return false;
            }
        }
        return false;
    }

    /** Whether "their countries" stands within a few words before the trigger. */
    private boolean theirCountries(Sentence s, int trigger) {
        for (int k = Math.max(s.analysisFrom, trigger - TWO_REACH); k + 1 < trigger; k++) {
            if (toks.get(k).is("their") && toks.get(k + 1).lower.startsWith("countr")) {
                return true;
            }
        }
        return false;
    }

    /** The two countries the sentence names or whose officials it names, if exactly two. */
    String[] sentencePair(Sentence s, List<Sentence.State> states, int trigger) {
        // "their strategic partnership", "raised ties between their countries to a strategic partnership": the countries
        // of the two leaders, the gazetteer's where the text names none (an American president in a story datelined Jakarta)
        boolean known = theirOwn(s, trigger) || theirCountries(s, trigger);
        Set<String> distinct = new LinkedHashSet<>();
        for (Sentence.State st : states) {
            if (article.g.isCountry(st.code())) {
                distinct.add(st.code());
            }
        }
        for (Sentence.Mention m : s.mentions) {
            String scope = m.kind != Sentence.MentionKind.PERSON || m.person == null ? null
                    : known ? m.person.scopeOn(article.published) : m.person.scope;
            if (scope != null && article.g.isCountry(scope)) {
                distinct.add(scope);
            }
        }
        return distinct.size() == 2 ? distinct.toArray(new String[0]) : null;
    }

    private String[] betweenPair(Sentence s, List<Sentence.State> states, int trigger) {
        for (int k = trigger + 1; k < Math.min(s.to, trigger + 3); k++) {
            if (toks.get(k).is("between")) {
                List<String> after = new ArrayList<>();
                for (Sentence.State st : states) {
                    if (st.start() > k && st.start() < k + 8 && !after.contains(st.code())) {
                        after.add(st.code());
                    }
                }
                if (after.size() >= 2) {
                    return new String[] {after.get(0), after.get(1)};
                }
            }
        }
        return null;
    }

    /** Where the hyphenated pair before the trigger ends. */
    private int hyphenEnd(List<Sentence.State> states, int trigger) {
        int end = -1;
        for (int a = 0; a + 1 < states.size(); a++) {
            Sentence.State x = states.get(a);
            Sentence.State y = states.get(a + 1);
            if (y.start() == x.end() + 1 && toks.get(x.end()).text.equals("-") && y.end() <= trigger) {
                end = y.end();
            }
        }
        return end;
    }

    /** "the U.S.-Japan Alliance and the U.S.-ROK Alliance": the hyphenated pair nearest before the trigger. */
    private String[] hyphenPair(List<Sentence.State> states, int trigger) {
        String[] nearest = null;
        for (int a = 0; a + 1 < states.size(); a++) {
            Sentence.State x = states.get(a);
            Sentence.State y = states.get(a + 1);
            if (y.start() == x.end() + 1 && toks.get(x.end()).text.equals("-") && !x.code().equals(y.code())
                    && y.end() <= trigger && trigger - y.end() < 25) {
                nearest = new String[] {x.code(), y.code()};
            }
        }
        return nearest;
    }

    /** Verbs by which two leaders make a partnership: "raised relations to", "declared", "elevated ties to". */
    private static final Set<String> RAISE_VERBS = Words.set("raised", "elevated", "upgraded", "declared", "established", "launched",
            "proclaimed", "lifted");

    /**
     * "Xi's state visit, when he and President Elbegdorj raised relations to a comprehensive strategic partnership": the
     * countries of the two who made it ("he" is the one the sentence named before), when they are two; else null.
     */
    private String[] peopleWhoRaised(Sentence s, int trigger) {
        int verb = -1;
        for (int k = trigger - 1; k > s.analysisFrom && k >= trigger - 10 && verb < 0; k--) {
            if (toks.get(k).is(",") || toks.get(k).is(";")) {
                return null;
            }
            verb = RAISE_VERBS.contains(toks.get(k).lower) ? k : -1;
        }
        Sentence.Mention second = null;
        Sentence.Mention first = null;
        for (Sentence.Mention m : s.mentions) {
            if (m.end == verb) {
                second = m;
            }
        }
        for (Sentence.Mention m : s.mentions) {
            if (second != null && m.end < second.start && article.between(m.end, second.start).strip().equals("and")) {
                first = m;
            }
        }
        String a = first == null ? null : countryAt(s, first);
        String b = second == null ? null : countryAt(s, second);
        return a != null && b != null && !a.equals(b) ? new String[] {a, b} : null;
    }

    /** A person's country, or for "he" and "she" that of the last person named before it in the sentence; or null. */
    private String countryAt(Sentence s, Sentence.Mention m) {
        Person p = m.kind == Sentence.MentionKind.PERSON ? m.person : null;
        if (m.kind == Sentence.MentionKind.PRONOUN && (toks.get(m.start).is("he") || toks.get(m.start).is("she"))) {
            for (Sentence.Mention other : s.mentions) {
                p = other.end <= m.start && other.kind == Sentence.MentionKind.PERSON ? other.person : p;
            }
        }
        String scope = p == null ? null : countryOf(p);
        return scope != null && article.g.isCountry(scope) ? scope : null;
    }

    /**
     * "Korea, a US ally and a strategic cooperative partner of China": a state that qualifies the relation of a conjunct before
     * this one ("a US ally"), not a party to this one.
     */
    private boolean modifiesAnother(Sentence s, Sentence.State st, int trigger) {
        return st.start() - 1 >= s.analysisFrom && toks.get(st.start() - 1).isAny("a", "an")
                && st.end() < trigger && Partnerships.RELATION_NOUNS.contains(toks.get(st.end()).lower)
                && article.between(st.end() + 1, trigger).matches("(?s)\\s*and\\s+(a|an)\\s.*");
    }

    String[] pairFor(Sentence s, List<Sentence.State> states, int trigger, String[] lastPair) {
        if (trigger + 2 < s.to && toks.get(trigger + 1).is("between") && toks.get(trigger + 2).isAny("our", "both")) {
            // "the strategic partnership between our countries and a memorandum on Uzbekistan's accession to the CIS free
            // trade zone", in a president's statement: the speaker's (or publisher's) country and the story's other one,
            // whatever the sentence names after
            String we = ours(s);
            String other = we == null ? null : article.otherCountry(s, we);
            return other == null ? null : new String[] {we, other};
        }
        // "between X and Y"
        String[] between = betweenPair(s, states, trigger);
        if (between != null) {
            return between;
        }
        // "X-Y strategic partnership", "Baku-Moscow relations … partners"
        String[] hyphen = hyphenPair(states, trigger);
        if (hyphen != null) {
            return hyphen;
        }
        List<Sentence.State> parties = new ArrayList<>();
        for (Sentence.State st : states) {
            if (!(st.start() > s.from && (toks.get(st.start() - 1).is("in") || toks.get(st.start() - 1).is("at")))) {
                parties.add(st);
            }
        }
        states = parties;
        Sentence.State left = null;
        Sentence.State right = null;
        for (Sentence.State st : states) {
            if (st.end() <= trigger && !modifiesAnother(s, st, trigger)) {
                left = st;
            } else if (st.end() > trigger && right == null && st.start() > trigger && st.start() <= trigger + 4) {
                String gap = article.between(trigger + 1, st.start()).toLowerCase(Locale.ROOT);
                if (gap.contains("of") || gap.contains("with") || gap.isBlank() || gap.contains("to")) {
                    right = st;
                }
            }
        }
        if (left != null && right != null && !left.code().equals(right.code())) {
            return new String[] {left.code(), right.code()};
        }
        // "the EU and Armenia agreed to deepen their partnership" (not the last two of a longer list: "met with Bahrain,
        // Kuwait, Qatar and the United Arab Emirates … to mark the anniversary of the partnership")
        for (int a = 0; left != null && a + 1 < states.size(); a++) {
            Sentence.State x = states.get(a);
            Sentence.State y = states.get(a + 1);
            if (y == left && !x.code().equals(y.code()) && STATE_AND.matcher(article.between(x.end(), y.start())).matches()
                    && !(a > 0 && article.between(states.get(a - 1).end(), x.start()).strip().equals(","))) {
                return new String[] {x.code(), y.code()};
            }
        }
        String[] raised = peopleWhoRaised(s, trigger);
        if (raised != null) {
            return raised;
        }
        Set<String> distinct = new LinkedHashSet<>();
        states.forEach(st -> distinct.add(st.code()));
        if (distinct.size() == 2 && !compared(states, new ArrayList<>(distinct))) {
            return distinct.toArray(new String[0]);
        }
        if (left != null && lastPair != null && (left.code().equals(lastPair[0]) || left.code().equals(lastPair[1]))
                && distinct.size() < 2) {
            return lastPair;
        }
        return null;
    }
}
