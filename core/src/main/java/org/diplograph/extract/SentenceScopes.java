package org.diplograph.extract;

import static org.diplograph.extract.PersonMentions.COORDINATED;
import static org.diplograph.extract.StatesAndPlaces.stateRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplograph.extract.PhraseIndex.Kind;
import org.diplograph.extract.PhraseIndex.Match;
import org.diplograph.extract.PhraseIndex.Ref;
import org.diplograph.extract.Sentence.Mention;
import org.diplograph.extract.Sentence.MentionKind;

/**
 * The country of a person named without one, when the sentence around the names gives it: states and people
 * listed in the same order ("The foreign ministers of Turkey and Greece, Mevlut Cavusoglu and Nikos Dendias"), a
 * country that sends someone or whose delegation he leads ("Iran was represented by acting President …"). Runs
 * after the sentence's people and states are read.
 */
final class SentenceScopes {

    /** What a country's envoys make up: "the Brazilian delegation was led by", "the Indian side was led by". */
    private static final Set<String> DELEGATION_NOUNS = Words.set("delegation", "side", "team");
    /** How a delegation's members are listed: "the Russian delegation included …". */
    private static final Set<String> MEMBERS_VERBS = Words.set("included", "includes", "comprised", "comprises");
    /**
     * Between a person and whom he brought: " was accompanied by a high-level delegation including ", " was accompanied in
     * the talks by ", " arrived with ", " was joined by ".
     */
    private static final Pattern ACCOMPANIED = Pattern.compile("(?s),?\\s*(who\\s+)?(was|is|were|came)?\\s*((also\\s+)?(accompanied|joined)\\s+((in|at)\\s+the\\s+(talks|meeting|discussions)\\s+)?by|(arrived|came|travell?ed|flew|went)\\s+(to\\s+\\p{Lu}[\\w-]*(\\s+\\p{Lu}[\\w-]*)?\\s+)?with)\\s*"
            + "(a|an|the|his|her)?\\s*([\\p{Ll}-]+\\s+)?(delegation\\s+(including|that included|which included|of)\\s*)?");
    /**
     * Between two people listed as one country's, the second perhaps after a title the gazetteer does not know: "and Trade
     * Minister Anil Rao", "A, Minister of Innovation, Science and Industry B and Minister of C D"
     * (a portfolio's own "of", "and" and commas; the mention before may end at the portfolio's "Minister"); a list may run
     * on semicolons: "included Secretary of Energy A; NASA Administrator B; and USAID Administrator C".
     */
    private static final Pattern COORDINATED_TITLED = Pattern.compile("\\s*(,|;|and|, and|; and|of)\\s*((\\p{Lu}[\\p{L}.'’-]*|of|for|and|the|to)(\\s+|\\s*,\\s*)){0,10}");

    private final Article article;
    private final Gazetteer g;
    private final List<Token> toks;

    SentenceScopes(Article article) {
        this.article = article;
        this.g = article.g;
        this.toks = article.toks;
    }

    /**
     * "Iran was represented by acting President Mohammad Mokhber", "Mongolia, which has held observer status since 2004,
     * sent President Ukhnaagiin Khurelsukh", "The Brazilian delegation in Kazan was led by Foreign Minister Mauro Vieira":
     * whom a country sends, or who leads its delegation or side, serves it (and so do the people named with him).
     * Gives a person his country only when nothing else, the gazetteer included, has.
     */
    void placeDelegates(Sentence s) {
        String sentBy = null;
        Mention last = null;
        for (Mention m : s.mentions) {
            if (m.kind != MentionKind.PERSON || m.person == null) {
                continue;
            }
            boolean coordinated = sentBy != null && last != null && COORDINATED_TITLED.matcher(article.between(last.end, m.start)).matches();
            String state = coordinated ? sentBy : sender(s, m.start - 1);
            if (state == null && last != null && ACCOMPANIED.matcher(article.between(last.end, m.start)).matches()) {
                // "Prime Minister Pham Minh Chinh was accompanied by a delegation including Deputy Prime Minister Bui Thanh Son"
                state = last.person.scopeOn(article.published);
            }
            if (state != null && m.person.scope == null && m.person.known == null && m.person.fixedId == null) {
                m.person.scope = state;
            }
            // (a name read in two pieces, "Tiong" and "King Sing", keeps the list going)
            sentBy = state == null && last != null && article.between(last.end, m.start).isBlank() ? sentBy : state;
            last = m;
        }
    }

    /**
     * The country that sends the person named after {@code verb} ("sent", "represented by", "led by", a delegation that
     * "included"), or null.
     */
    private String sender(Sentence s, int verb) {
        if (verb - 4 >= s.analysisFrom && toks.get(verb).is(",") && toks.get(verb - 1).is("others") && toks.get(verb - 2).is("among")
                && toks.get(verb - 3).is(",")) {
            // "a delegation that includes, among others, Minister …"
            verb -= 4;
        }
        if (verb < s.analysisFrom) {
            return null;
        }
        boolean needsDelegation;
        if (toks.get(verb).is("sent") || toks.get(verb).is("dispatched")) {
            needsDelegation = false;
        } else if (MEMBERS_VERBS.contains(toks.get(verb).lower)) {
            // "The Russian delegation included Foreign Minister Sergei Lavrov, … and Deputy Prime Minister Alexei Overchuk"
            needsDelegation = true;
        } else if (toks.get(verb).is("by") && verb - 1 >= s.analysisFrom
                && toks.get(verb - 1).isAny("represented", "led", "headed")) {
            needsDelegation = !toks.get(verb - 1).is("represented");
            verb--;
        } else if (toks.get(verb).is("by") && verb - 2 >= s.analysisFrom && toks.get(verb - 1).is("side")) {
            // "and the Japanese side by Minister for Foreign Affairs …"
            verb--;
            needsDelegation = false;
        } else {
            return null;
        }
        boolean delegation = false;
        for (int k = verb - 1; k >= s.analysisFrom && k >= verb - 16; k--) {
            if (s.covered(k)) {
                // "the Brazilian delegation" is read already as the group of one state
                Mention group = mentionAt(s, k);
                if (group != null && group.kind == MentionKind.PERSON && group.person != null && (!needsDelegation || delegation)) {
                    // "Turkmen President Gurbanguly Berdimuhamedov, who is attending the U.N. General Assembly, sent Deputy
                    // Prime Minister Purli Agamyradov": whom a leader sends serves the leader's country, as do the members
                    // of his delegation ("received Burhan and his delegation, which included acting Foreign Minister …")
                    String his = group.person.scopeOn(article.published);
                    return his != null && g.isCountry(his) ? his : null;
                }
                if (group != null && group.kind == MentionKind.TITLE_REF && group.title != null && group.title.scope != null
                        && g.isCountry(group.title.scope) && (delegation || !needsDelegation)) {
                    // "The Prime Minister of Malaysia is accompanied by a delegation that includes …": his country's
                    return group.title.scope;
                }
                return group != null && group.kind == MentionKind.STATES && group.scopes.size() == 1
                        && g.isCountry(group.scopes.get(0)) ? group.scopes.get(0) : null;
            }
            delegation |= DELEGATION_NOUNS.contains(toks.get(k).lower);
            Match m = s.phraseAt(k);
            if (m == null) {
                continue;
            }
            Ref r = stateRef(m);
            // ("Beijing sent Arken Imirbaki": a capital right before the verb is the state that sends)
            if (r != null && g.isCountry(r.key()) && (m.has(Kind.COUNTRY) || m.has(Kind.DEMONYM) || m.has(Kind.CAPITAL) && m.end() == verb)) {
                return delegation || !needsDelegation ? r.key() : null;
            }
            k = m.start();
        }
        return null;
    }

    private static Mention mentionAt(Sentence s, int k) {
        for (Mention m : s.mentions) {
            if (m.start <= k && k < m.end) {
                return m;
            }
        }
        return null;
    }

    /**
     * "The foreign ministers of Turkey and Greece, Mevlut Cavusoglu and Nikos Dendias" (or after a dash or a colon): two lists of the same length,
     * the states after "of" and the people right after them, are read in order. Gives a person his state only when
     * nothing else has.
     */
    void placeRespectively(Sentence s) {
        List<Sentence.State> states = new ArrayList<>(4);
        for (Sentence.State st : s.states) {
            if (!st.alliance()) {
                states.add(st);
            }
        }
        List<Sentence.Mention> people = new ArrayList<>(4);
        for (Sentence.Mention m : s.mentions) {
            if (m.kind == Sentence.MentionKind.PERSON && m.person != null) {
                people.add(m);
            }
        }
        for (int a = 0; a < states.size(); a++) {
            if (states.get(a).start() - 1 < s.analysisFrom || !toks.get(states.get(a).start() - 1).is("of")) {
                continue;
            }
            int b = a;
            while (b + 1 < states.size() && COORDINATED.matcher(article.between(states.get(b).end(), states.get(b + 1).start())).matches()) {
                b++;
            }
            int n = b - a + 1;
            int first = -1;
            for (int k = 0; k < people.size() && first < 0; k++) {
                first = people.get(k).start >= states.get(b).end() ? k : first;
            }
            if (n < 2 || first < 0 || first + n > people.size()
                    || !Set.of(",", "-", "—", ":").contains(article.between(states.get(b).end(), people.get(first).start).strip())) {
                continue;
            }
            boolean listed = true;
            for (int k = first; k + 1 < first + n; k++) {
                listed &= COORDINATED.matcher(article.between(people.get(k).end, people.get(k + 1).start)).matches();
            }
            for (int k = 0; listed && k < n; k++) {
                Person p = people.get(first + k).person;
                if (p.scope == null && g.isCountry(states.get(a + k).code())) {
                    p.scope = states.get(a + k).code();
                }
            }
            a = b;
        }
    }

    /**
     * "A of Argentina and B of Brazil held talks, joined by their foreign ministers, C and D": people listed after "their"
     * and a group's words serve, in order, the countries of the people named first in the sentence. Gives a person his
     * state only when nothing else has.
     */
    void placeTheirs(Sentence s) {
        List<Sentence.Mention> people = new ArrayList<>(4);
        for (Sentence.Mention m : s.mentions) {
            if (m.kind == Sentence.MentionKind.PERSON && m.person != null) {
                people.add(m);
            }
        }
        for (int first = 2; first + 1 < people.size(); first++) {
            Sentence.Mention c = people.get(first);
            int their = c.start - 2;
            while (their > people.get(first - 1).end && toks.get(their).isWord() && !toks.get(their).capitalised()
                    && !toks.get(their).is("their")) {
                their--;
            }
            if (!toks.get(their).is("their") || their == c.start - 2 || !toks.get(c.start - 1).text.equals(",")
                    || !COORDINATED.matcher(article.between(c.end, people.get(first + 1).start)).matches()) {
                continue;
            }
            for (int k = 0; k < 2; k++) {
                Person owner = people.get(k).person;
                Person p = people.get(first + k).person;
                String scope = owner.scopeOn(article.published);
                if (p.scope == null && p.known == null && p.fixedId == null && scope != null && g.isCountry(scope)) {
                    p.scope = scope;
                }
            }
            return;
        }
    }
}
