package org.diplograph.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.model.ActorId;
import org.diplograph.model.Partnership;
import org.diplograph.model.Provenance;

/**
 * The partnership rules: "partner(s)" or "partnership" with its qualifier ("strategic partnership",
 * "Partnership for Peace") between the two states the sentence names around it (found by {@link PartnerPairs}),
 * or else the pair an earlier sentence about relations named.
 */
final class Partnerships {

    static final Set<String> KIND_ADJECTIVES = Words.set("strategic", "comprehensive", "privileged", "special",
            "enhanced", "global", "all-round", "multifaceted", "allied", "long-term", "extended", "deep", "full-fledged", "cooperative",
            "all-weather", "permanent", "everlasting", "innovative");
    /** Qualifiers kept in a partnership's kind, beyond those that make a demonym a state ("Russian strategic …"). */
    private static final Set<String> KIND_WORDS = Words.set("privileged", "major", "defense", "defence", "dialogue");
    static final Set<String> RELATION_WORDS = Words.set("relations", "ties", "cooperation", "co-operation",
            "partnership", "relationship", "alliance", "dialogue", "friendship");

    /** Words of an alliance between states, whose kind is "alliance". */
    private static final Set<String> ALLIED = Words.set("ally", "allies", "alliance", "alliances");
    /** The nouns a state may qualify as one party of a relation: "a US ally", "a Russian partner". */
    static final Set<String> RELATION_NOUNS = Words.set("ally", "allies", "partner", "partners");
    /** How close a partner is said to be, between the possessor and the relation word: "our oldest treaty ally". */
    private static final Set<String> CLOSENESS = Words.set("closest", "close", "reliable", "key", "oldest", "staunchest",
            "strongest", "trusted", "valued", "important", "great", "good", "long-standing", "longstanding", "steadfast",
            "only", "sole", "most", "main", "principal", "natural", "true", "firm", "strong", "stalwart", "enduring");
    /** The one state that designates major non-NATO allies. */
    private static final String UNITED_STATES = "USA";
    /** How far back qualifiers go: "special and privileged strategic partnership". */
    private static final int KIND_REACH = 6;

    private final Article article;
    private final List<Token> toks;
    private final PartnerPairs pairs;
    private final Map<String, Partnership> partnerships = new LinkedHashMap<>();
    /** The two states the last sentence about relations named: the pair of a later partnership that names none. */
    private String[] lastPair;
    /** The pair the sentence being read last added, for a second noun of the same owner ("… with Russia and a … with China"). */
    private String[] addedInSentence;

    Partnerships(Article article) {
        this.article = article;
        this.toks = article.toks;
        this.pairs = new PartnerPairs(article);
    }

    /** Words before "the alliance" that make it an organisation one joins or belongs to: "application to join the alliance". */
    private static final Set<String> INTO_ORGANISATION = Words.set("join", "joins", "joined", "joining", "enter", "entered", "of", "into",
            "inside", "within", "outside");

    /** "Sweden's application to join the alliance", "a member of the alliance": NATO or its like, not two states' alliance. */
    private boolean anOrganisation(Sentence s, int i) {
        return toks.get(i).is("alliance") && i - 2 >= s.analysisFrom && toks.get(i - 1).is("the")
                && INTO_ORGANISATION.contains(toks.get(i - 2).lower);
    }

    /**
     * "under the National Guard's State Partnership Program": a programme's name, of no two states ("the U.S.-India
     * Partnership Program" still names its two).
     */
    private boolean programme(Sentence s, int i) {
        return toks.get(i).capitalised() && i + 1 < s.to
                && (toks.get(i + 1).text.equals("Program") || toks.get(i + 1).text.equals("Programme"))
                && (i == s.analysisFrom || inState(s, i - 1) == null);
    }

    /** "China, Australia's largest trading partner": a trade figure, not a partnership of states. */
    private boolean tradeFigure(Sentence s, int i) {
        return i - 1 >= s.analysisFrom && (toks.get(i - 1).is("trading") || toks.get(i - 1).is("trade") && (toks.get(i).is("partner")
                || toks.get(i).is("partners")));
    }

    /** The partnerships read so far, in the order first stated. */
    Collection<Partnership> found() {
        return partnerships.values();
    }

    /** A dialogue partner is an organisation's, never a state's. */
    private static final String DIALOGUE = "dialogue partnership";
    /** The alliance or organisation the story named last, before the sentence being read. */
    private String lastOrganisation;

    /** The organisation named last before a word: in its sentence, else before it; null when none was. */
    private String organisationBefore(Sentence s, List<Sentence.State> states, int i) {
        String found = lastOrganisation;
        for (Sentence.State st : s.states) {
            found = st.alliance() && st.end() <= i ? st.code() : found;
        }
        return found;
    }

    /** The organisation named right after "partnership with" ("the partnership with NATO"), or null. */
    private String withOrganisation(Sentence s, List<Sentence.State> states, int i) {
        int k = i + 1 < s.to && toks.get(i + 1).is("with") ? i + 2 : -1;
        k = k > 0 && k < s.to && toks.get(k).is("the") ? k + 1 : k;
        Sentence.State st = k > 0 ? s.stateAt(k) : null;
        return st != null && st.alliance() && states.contains(st) ? st.code() : null;
    }

    /** The organisation the sentence names before "these partnerships" (or "those", "such"), or null. */
    private String theseOfOrganisation(Sentence s, int i) {
        if (!toks.get(i).is("partnerships") || i - 1 < s.analysisFrom || !toks.get(i - 1).isAny("these", "those", "such")) {
            return null;
        }
        for (Sentence.State st : s.states) {
            if (st.alliance() && st.end() <= i) {
                return st.code();
            }
        }
        return null;
    }

    /** Reads the partnerships a sentence states. */
    void read(Sentence s) {
        addedInSentence = null;
        // "the U.S.-Australia Alliance" is the two states' own alliance, not NATO's name
        List<Sentence.State> states = new ArrayList<>(s.states.size());
        for (Sentence.State st : s.states) {
            // (the G7 and the G20 are summits of their members, whom no state is a partner of)
            if (!bilateralAlliance(s, st) && !Gazetteer.SUMMIT_GROUPS.contains(st.code())) {
                states.add(st);
            }
        }
        majorNonNatoAlly(s, states);
        boolean relationWord = false;
        for (int i = s.analysisFrom; i < s.to && !relationWord; i++) {
            // "Finland joined the Alliance": a relation word that names an alliance is not about two states
            if (RELATION_WORDS.contains(toks.get(i).lower) || toks.get(i).lower.startsWith("partner")) {
                Sentence.State named = inState(s, i);
                relationWord = named == null || bilateralAlliance(s, named);
            }
        }
        for (int i = s.analysisFrom; i < s.to; i++) {
            String w = toks.get(i).lower;
            boolean allied = ALLIED.contains(w);
            if (!(allied || w.equals("partner") || w.equals("partners") || w.equals("partnership") || w.equals("partnerships"))) {
                continue;
            }
            int determiner = possessorAt(s, i);
            if (determiner - 1 >= s.analysisFrom && toks.get(determiner).isAny("a", "an") && toks.get(determiner - 1).isAny("toward", "towards")) {
                // "agreed to work toward a comprehensive partnership between our two countries": a goal, not yet theirs
                continue;
            }
            Sentence.State named = inState(s, i);
            if (allied && !w.equals("alliance") && toks.get(i).capitalised() && i > s.analysisFrom && toks.get(i - 1).is("our")) {
                // "we continue to encourage our Allies Türkiye and Hungary": the speaker's allies listed, else the alliance's members
                ourListedPartners(s, states, i).forEach(pair -> add(s, pair, "alliance", "partnership:stated", 0.8));
                continue;
            }
            if (!(w.equals("partner") || w.equals("partners") || w.equals("partnership") || w.equals("partnerships") || allied)
                    || named != null && !bilateralAlliance(s, named)
                    || allied && !w.equals("alliance") && toks.get(i).capitalised() && i > s.analysisFrom) {
                // "sat with the Allies": the members of the alliance the article is about
                continue;
            }
            if (negated(s, i) || i + 1 < s.to && toks.get(i + 1).is("agreement") && tradeAgreement(s, i) || anOrganisation(s, i) || tradeFigure(s, i)
                    || programme(s, i)) {
                continue;
            }
            String kind = allied ? "alliance" : kind(s, i);
            String theseOf = theseOfOrganisation(s, i);
            if (theseOf != null) {
                // "NATO works with neutral countries, Austria and Switzerland among them, and these partnerships serve both
                // sides": each of them the organisation's partner, not the other's
                for (Sentence.State st : states) {
                    if (st.end() <= i && !st.alliance() && !st.code().equals(theseOf)) {
                        add(s, new String[] {st.code(), theseOf}, kind, "partnership:partner-of", 0.8);
                    }
                }
                continue;
            }
            if (PEACE.equals(kind) && article.g.isAlliance(NATO)) {
                // "Finland and Sweden joined the Partnership for Peace in 1994": NATO's programme, so the states the sentence
                // is about are NATO's partners, not each other's
                firstListed(states).forEach(each -> add(s, new String[] {each, NATO}, kind, "partnership:partner-of", 0.8));
                continue;
            }
            // "Japan and South Korea are each treaty allies of the United States": each with the third, not with each other
            List<String[]> ofAlliance = pairs.partnerCountries(s, states, i);
            if (ofAlliance != null) {
                ofAlliance.forEach(pair -> add(s, pair, kind, "partnership:partner-of", 0.8));
                continue;
            }
            if (ownedByOther(s, i)) {
                // "China and Russia, the regime's two main partners": the partners of what the possessive names, not each other's
                continue;
            }
            String[] again = andAnotherWith(s, states, i);
            if (again != null) {
                // "Serbia, which has a strategic partnership with Russia and a comprehensive strategic partnership with China":
                // the owner of the first, with the second's state
                add(s, again, kind, "partnership:stated", 0.8);
                continue;
            }
            List<String[]> ofThird = ofBoth(s, states, i);
            if (ofThird.isEmpty()) {
                ofThird = withEachOf(s, states, i);
            }
            if (ofThird.isEmpty()) {
                ofThird = pairs.partnersOf(s, states, i);
            }
            if (ofThird.isEmpty()) {
                ofThird = pairs.withAsPartners(s, states, i);
            }

            if (ofThird.isEmpty()) {
                // "stands by its allies, including the Philippines"
                ofThird = pairs.itsAllies(s, states, i);
            }
            if (ofThird.isEmpty()) {
                ofThird = pairs.ofTheAlliance(s, states, i, organisationBefore(s, states, i));
            }
            if (!ofThird.isEmpty()) {
                for (String[] pair : ofThird) {
                    add(s, pair, kind, "partnership:partner-of", 0.8);
                }
                continue;
            }
            List<String[]> invited = invitedAsPartners(s, i);
            if (!invited.isEmpty()) {
                // "Finland and Sweden have been invited to the summit as partners": each a partner of the summit's organisation
                invited.forEach(pair -> add(s, pair, kind, "partnership:partner-of", 0.8));
                continue;
            }
            String[] speakers = weSpeakers(s, i);
            if (speakers != null) {
                // "We are partners and allies, and we are family", said at a joint press conference: the two speakers' countries
                add(s, speakers, w.equals("partners") && i + 2 < s.to && toks.get(i + 1).is("and") && ALLIED.contains(toks.get(i + 2).lower)
                        ? "alliance" : kind, "partnership:stated", 0.8);
                continue;
            }
            List<String[]> ourListed = ourListedPartners(s, states, i);
            if (!ourListed.isEmpty()) {
                ourListed.forEach(pair -> add(s, pair, kind, "partnership:stated", 0.8));
                continue;
            }
            String[] ours = ourPartner(s, states, i);
            if (ours != null) {
                // "Armenia is our ally, and Azerbaijan is our strategic partner", in Putin's words: each with Russia
                add(s, ours, kind, "partnership:stated", 0.8);
                continue;
            }
            // "we also want to deepen our partnerships across the region, and Indonesia …": ours, so only a pair of ours
            // ("Japan and Australia are treaty allies", in an American's words: each one America's, by its treaty)
            String we = ourOwn(s, i) || allied && i - 1 > s.analysisFrom && toks.get(i - 1).is("treaty") ? ours(s) : null;
            boolean generic = allied || w.equals("partners");
            if (we == null && generic && w.endsWith("s") && ourOwn(s, i)) {
                // "a trilateral meeting with our two treaty allies, Japan and Korea", the speaker's country unknown: each is
                // an ally of ours, not of the other
                continue;
            }
            // "Turkey, Azerbaijan and Georgia are strategic partners": each of them with each of the others
            // ("Azerbaijan, also a dialogue partner, was represented by …": one, the same way)
            String organisation = DIALOGUE.equals(kind) ? organisationBefore(s, states, i) : null;
            List<String> listed = generic || organisation != null ? new ArrayList<>(new LinkedHashSet<>(pairs.subjects(s, states, i, null)))
                    : List.of();
            if (organisation != null && !listed.isEmpty()) {
                // "…, while Azerbaijan, Armenia and Nepal are dialogue partners": of the organisation the story is about, each
                listed.stream().filter(c -> !c.equals(organisation))
                        .forEach(c -> add(s, new String[] {c, organisation}, kind, "partnership:partner-of", 0.8));
                continue;
            }
            if (we != null && listed.size() >= 2 && !listed.contains(we)) {
                // "Armenia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan are also our allies", in Putin's words: each Russia's
                listed.forEach(c -> add(s, new String[] {c, we}, kind, "partnership:stated", 0.8));
                continue;
            }
            if (listed.size() >= 3) {
                for (int a = 0; a < listed.size(); a++) {
                    for (int b = a + 1; b < listed.size(); b++) {
                        add(s, new String[] {listed.get(a), listed.get(b)}, kind, "partnership:stated", 0.8);
                    }
                }
                continue;
            }
            String owner = pairs.ownerOfTwo(s, states, i);
            String[] theTwo = owner == null ? null : article.lastTwoCountries(s, false);
            if (theTwo != null) {
                // "soured ties between the two U.S. allies": each an ally of the United States, not of the other
                for (String one : theTwo) {
                    if (!one.equals(owner)) {
                        add(s, new String[] {one, owner}, kind, "partnership:partner-of", 0.7);
                    }
                }
                continue;
            }
            if (pairs.alliesOfItsOwn(s, states, i)) {
                // "as Washington pressed its two main allies in the region": whose allies they are, not who they are
                continue;
            }
            String[] pair = generic ? pairs.twoOf(s, states, i) : pairs.pairFor(s, states, i, lastPair);
            double confidence = 0.8;
            boolean two = pairs.twoBefore(s, i);
            if (pair == null && two) {
                // "described the two countries as strategic partners": the two states the sentence names or its people serve
                pair = pairs.sentencePair(s, states, i);
            }
            if (pair == null && lastPair != null && (!generic || two) && !(w.equals("partner") && i + 1 < s.to
                    && PARTNER_AS_MODIFIER.contains(toks.get(i + 1).lower))
                    && !(addedInSentence != null && i - 1 > s.analysisFrom && toks.get(i - 1).isAny("that", "this"))) {
                // ("Tajikistan is a valued partner of the United States, as is Afghanistan, and the routes show what that
                // partnership can do": the ones the sentence just told, no earlier pair)
                // "the largest bilateral exercise between the two allies"
                pair = lastPair;
                confidence = 0.6;
            }
            if (pair == null && two) {
                // "The two leaders raised their countries' relationship to a special global partnership"
                pair = article.lastTwoCountries(s, false);
                confidence = 0.6;
            }
            String withOrganisation = withOrganisation(s, states, i);
            if (pair != null && withOrganisation != null && !withOrganisation.equals(pair[0]) && !withOrganisation.equals(pair[1])) {
                // "Both ministers said their governments valued the partnership with NATO": each of the two with NATO
                for (String one : pair) {
                    add(s, new String[] {one, withOrganisation}, kind, "partnership:partner-of", confidence);
                }
                continue;
            }
            // (an agreement's parties are the ones its sentence names: "the two leaders signed a strategic partnership agreement"
            // leaves the pair to whom the leaders lead, which an earlier pair may not be)
            boolean agreement = i + 1 < s.to && toks.get(i + 1).is("agreement");
            if (pair != null && (we == null || we.equals(pair[0]) || we.equals(pair[1]))
                    && !(agreement && (confidence < 0.8 || straddles(s, pair, i)))) {
                add(s, pair, kind, confidence < 0.8 ? "partnership:earlier-pair" : "partnership:stated", confidence);
            }
        }
        for (Sentence.State st : s.states) {
            lastOrganisation = st.alliance() ? st.code() : lastOrganisation;
        }
        if (relationWord) {
            Set<String> distinct = new LinkedHashSet<>();
            states.forEach(st -> distinct.add(st.code()));
            if (distinct.size() == 2) {
                lastPair = distinct.toArray(new String[0]);
            }
        }
    }

    /**
     * "Argentina has been a major non-NATO ally of the United States since 1998", "Brazil's status as a Major Non-NATO Ally",
     * "designated a major non-NATO ally": a designation only the United States gives, so the state it is said of (the
     * nearest before it, else after it) is an ally of the United States.
     */
    private void majorNonNatoAlly(Sentence s, List<Sentence.State> states) {
        for (int i = s.analysisFrom; i + 3 < s.to; i++) {
            if (!toks.get(i).is("non") || !toks.get(i + 1).text.equals("-") || !toks.get(i + 2).lower.equals("nato")
                    || !(toks.get(i + 3).is("ally") || toks.get(i + 3).is("allies"))) {
                continue;
            }
            Sentence.State said = null;
            for (Sentence.State st : states) {
                if (st.alliance() || st.code().equals(UNITED_STATES) || st.start() >= i && st.start() <= i + 3) {
                    continue;
                }
                if (st.end() <= i || said == null) {
                    said = st;
                }
            }
            if (said != null) {
                add(s, new String[] {said.code(), UNITED_STATES}, "alliance", "partnership:major-non-nato-ally", 0.8);
            }
        }
    }

    /**
     * Whether one of the pair is named before the word at {@code i} and the other after it, not after "between": "Ireland backs
     * the Strategic Partnership Agreement that Canada signed with Brussels" names no agreement of Ireland's.
     */
    private boolean straddles(Sentence s, String[] pair, int i) {
        if (i + 2 < s.to && toks.get(i + 2).is("between")) {
            return false;
        }
        boolean before = false;
        boolean after = false;
        for (Sentence.State st : s.states) {
            if (st.code().equals(pair[0]) || st.code().equals(pair[1])) {
                before |= st.end() <= i;
                after |= st.start() > i;
            }
        }
        return before && after;
    }

    /** Words that make a partnership agreement a deal on trade or people, not a partnership of states. */
    private static final Set<String> TRADE_AGREEMENT = Words.set("economic", "trade", "free", "investment", "mobility", "migration",
            "fisheries", "voluntary");

    /**
     * "the Comprehensive Economic Partnership Agreement", "a migration and mobility partnership agreement": a deal, where "signed
     * a strategic partnership agreement" and "a renewed partnership agreement" state a partnership.
     */
    private boolean tradeAgreement(Sentence s, int partnership) {
        // (the word right before: "a Political, Free Trade and Strategic Partnership Agreement" is a strategic partnership's)
        return partnership - 1 >= s.analysisFrom && TRADE_AGREEMENT.contains(toks.get(partnership - 1).lower);
    }

    /** "no partner", "is not a NATO partner country", "never allies": the words just before deny it. */
    private boolean negated(Sentence s, int i) {
        for (int k = i - 1; k >= s.analysisFrom && k >= i - 3; k--) {
            if (toks.get(k).is("not") || toks.get(k).is("no") || toks.get(k).is("never") || toks.get(k).is("n't")) {
                return true;
            }
            if (toks.get(k).type == Token.Type.PUNCT && !toks.get(k).text.equals("-")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "For the United States, an ally of both countries, the rupture between Israel and Turkey …": the state before the
     * noun with each of the two the sentence names besides it (else the story's last pair), not those two together.
     */
    private List<String[]> ofBoth(Sentence s, List<Sentence.State> states, int i) {
        if (i + 2 < s.to && toks.get(i + 1).is("with") && toks.get(i + 2).is("both")) {
            return withBothNamedBefore(states, i + 2);
        }
        if (i + 2 >= s.to || !toks.get(i + 1).is("of") || !toks.get(i + 2).is("both")) {
            return List.of();
        }
        Sentence.State ally = null;
        for (Sentence.State st : states) {
            if (!st.alliance() && st.end() <= i && i - st.end() <= 4 && toks.get(st.end()).is(",")) {
                ally = st;
            }
        }
        if (ally == null) {
            return List.of();
        }
        Set<String> others = listedBefore(states, ally);
        if (others.size() != 2) {
            others = new LinkedHashSet<>();
            for (Sentence.State st : states) {
                if (!st.alliance() && !st.code().equals(ally.code())) {
                    others.add(st.code());
                }
            }
        }
        if (others.size() != 2 && lastPair != null && !List.of(lastPair).contains(ally.code())) {
            others = new LinkedHashSet<>(List.of(lastPair));
        }
        if (others.size() != 2) {
            return List.of();
        }
        List<String[]> out = new ArrayList<>();
        for (String other : others) {
            out.add(new String[] {ally.code(), other});
        }
        return out;
    }


    /**
     * "Mongolia, landlocked between Russia and China, keeps strategic partnerships with both of its neighbours": when no
     * state follows "both" and three come before it, the first with each of the other two, not those two together.
     */
    private static List<String[]> withBothNamedBefore(List<Sentence.State> states, int both) {
        List<String> named = states.stream().filter(st -> !st.alliance() && st.end() <= both).map(Sentence.State::code).distinct().toList();
        if (named.size() != 3 || states.stream().anyMatch(st -> st.start() == both + 1)) {
            return List.of();
        }
        return List.of(new String[] {named.get(0), named.get(1)}, new String[] {named.get(0), named.get(2)});
    }

    /**
     * The pair of a partnership noun that follows "and a …" after another "partnership with X": the owner of the pair just
     * found for X, with the state after this noun's "with"; or null.
     */
    private String[] andAnotherWith(Sentence s, List<Sentence.State> states, int noun) {
        String[] first = addedInSentence;
        if (first == null || noun + 2 >= s.to || !toks.get(noun + 1).is("with")) {
            return null;
        }
        int k = noun - 1;
        while (k > s.analysisFrom && (KIND_ADJECTIVES.contains(toks.get(k).lower) || toks.get(k).isAny("a", "an"))) {
            k--;
        }
        if (!toks.get(k).is("and")) {
            return null;
        }
        Sentence.State before = null;
        Sentence.State after = null;
        for (Sentence.State st : states) {
            before = st.end() == k && !st.alliance() && st.start() - 1 >= s.analysisFrom && toks.get(st.start() - 1).isAny("with", "the") ? st : before;
            after = (st.start() == noun + 2 || st.start() == noun + 3 && toks.get(noun + 2).is("the")) && !st.alliance() ? st : after;
        }
        if (before == null || after == null || !List.of(first).contains(before.code())) {
            return null;
        }
        String owner = first[0].equals(before.code()) ? first[1] : first[0];
        return owner.equals(after.code()) ? null : new String[] {owner, after.code()};
    }

    /**
     * "China has had a comprehensive strategic partnership with each of the two countries": the state before the noun with
     * each of the story's last pair (or of the two the sentence names besides it), not those two together.
     */
    private List<String[]> withEachOf(Sentence s, List<Sentence.State> states, int i) {
        if (i + 3 >= s.to || !toks.get(i + 1).is("with") || !toks.get(i + 2).is("each") || !toks.get(i + 3).is("of")) {
            return withEachOfWhich(states, eachOfWhichBefore(s, i));
        }
        Sentence.State subject = null;
        Set<String> others = new LinkedHashSet<>();
        for (Sentence.State st : states) {
            if (st.alliance()) {
                continue;
            }
            if (st.end() <= i && subject == null) {
                subject = st;
            } else if (st.start() > i + 3) {
                others.add(st.code());
            }
        }
        if (subject == null) {
            return List.of();
        }
        if (others.size() < 2 && lastPair != null && !List.of(lastPair).contains(subject.code())) {
            others = new LinkedHashSet<>(List.of(lastPair));
        }
        others.remove(subject.code());
        List<String[]> out = new ArrayList<>();
        for (String other : others) {
            out.add(new String[] {subject.code(), other});
        }
        return out.size() >= 2 ? out : List.of();
    }

    /**
     * Where "with each of which" (or "whom") opens within a few words before the noun at {@code i}, at "with"; -1 if it
     * does not.
     */
    private int eachOfWhichBefore(Sentence s, int i) {
        for (int k = i - 4; k >= Math.max(s.analysisFrom, i - 10); k--) {
            if (toks.get(k).is("with") && toks.get(k + 1).is("each") && toks.get(k + 2).is("of") && toks.get(k + 3).isAny("which", "whom")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "Mongolia … beyond its two neighbours, Russia and China, with each of which it has a Comprehensive Strategic
     * Partnership": the sentence's first state with each state after it and before "with", not those two together.
     */
    private List<String[]> withEachOfWhich(List<Sentence.State> states, int with) {
        if (with < 0) {
            return List.of();
        }
        Sentence.State subject = null;
        Set<String> others = new LinkedHashSet<>();
        for (Sentence.State st : states) {
            if (st.alliance() || st.end() > with) {
                continue;
            }
            if (subject == null) {
                subject = st;
            } else if (!st.code().equals(subject.code())) {
                others.add(st.code());
            }
        }
        List<String[]> out = new ArrayList<>();
        for (String other : others) {
            out.add(new String[] {subject.code(), other});
        }
        return out.size() >= 2 ? out : List.of();
    }

    /** "Japan, the ROK and the United States, the ally of both": the states of the list the ally ends. */
    private Set<String> listedBefore(List<Sentence.State> states, Sentence.State ally) {
        Set<String> listed = new LinkedHashSet<>();
        int at = ally.start();
        for (int j = states.indexOf(ally) - 1; j >= 0; j--) {
            Sentence.State st = states.get(j);
            for (int k = st.end(); k < at; k++) {
                Token t = toks.get(k);
                if (!(t.is(",") || t.is("and") || t.is("the"))) {
                    return listed;
                }
            }
            if (!st.alliance() && !st.code().equals(ally.code())) {
                listed.add(st.code());
            }
            at = st.start();
        }
        return listed;
    }

    private void add(Sentence s, String[] pair, String kind, String rule, double confidence) {
        addedInSentence = pair;
        String key = pair[0].compareTo(pair[1]) < 0 ? pair[0] + "|" + pair[1] + "|" + kind : pair[1] + "|" + pair[0] + "|" + kind;
        partnerships.putIfAbsent(key, new Partnership(List.of(ActorId.of(pair[0]), ActorId.of(pair[1])), kind, null,
                new Provenance(s.evidence(), rule, confidence)));
    }

    /**
     * The sentence's first state that is no alliance, with those listed right after it or named as its companions:
     * "Finland and Sweden", "Montenegro joined … at the same time as Serbia and Bosnia and Herzegovina".
     */
    private List<String> firstListed(List<Sentence.State> states) {
        List<String> out = new ArrayList<>(2);
        Sentence.State previous = null;
        for (Sentence.State st : states) {
            if (st.alliance()) {
                continue;
            }
            String gap = previous == null ? "" : article.between(previous.end(), st.start());
            if (previous != null && !PartnerPairs.LIST.matcher(gap).matches() && !PartnerPairs.COMPANIONS.matcher(gap).matches()) {
                break;
            }
            if (!out.contains(st.code())) {
                out.add(st.code());
            }
            previous = st;
        }
        return out;
    }

    /** NATO's programme of partnerships with states outside it. */
    private static final String PEACE = "Partnership for Peace";
    private static final String NATO = "NATO";

    /**
     * The kind a partnership is stated as: its qualifiers as written ("special and privileged strategic partnership",
     * "Major Defense Partnership"), "Partnership for Peace", or plain "partnership".
     */
    private String kind(Sentence s, int i) {
        List<String> kindWords = new ArrayList<>();
        for (int k = i - 1; k >= Math.max(s.analysisFrom, i - KIND_REACH); k--) {
            String a = toks.get(k).lower;
            if (k - 2 >= s.analysisFrom && toks.get(k - 1).text.equals("-") && KIND_ADJECTIVES.contains(toks.get(k - 2).lower + "-" + a)) {
                // "all-weather", "all-round": one word written in three tokens
                a = toks.get(k - 2).lower + "-" + a;
                k -= 2;
            }
            if (KIND_ADJECTIVES.contains(a) || KIND_WORDS.contains(a)) {
                kindWords.add(0, a);
            } else if (a.equals("and") && !kindWords.isEmpty() && k - 1 >= s.analysisFrom
                    && (KIND_ADJECTIVES.contains(toks.get(k - 1).lower) || KIND_WORDS.contains(toks.get(k - 1).lower))) {
                kindWords.add(0, a);
            } else if (!a.equals(",") && !a.equals("-")) {
                break;
            }
        }
        if (kindWords.isEmpty() && i + 2 < s.to && toks.get(i + 1).is("for") && toks.get(i + 2).is("peace")) {
            return PEACE;
        }
        String kind = kindWords.isEmpty() ? "partnership" : String.join(" ", kindWords) + " partnership";
        return kind + (kindWords.isEmpty() ? "" : namedPurpose(s, i)) + coordination(s, i);
    }

    /**
     * "Azerbaijan is our strategic partner", "our alliance with Japan": the state before the copula, or after "with", with
     * the speaker's country (in a transcript) or the publisher's; null when the words are not so.
     */
    private String[] ourPartner(Sentence s, List<Sentence.State> states, int i) {
        int k = possessorAt(s, i);
        String we = ours(s);
        if (k >= s.analysisFrom && toks.get(k).is("our") && i + 2 < s.to && toks.get(i + 1).is("with")) {
            // "Our alliance with Japan remains the cornerstone", in Secretary Clinton's words: Japan's with the United States
            int at = toks.get(i + 2).is("the") ? i + 3 : i + 2;
            for (Sentence.State st : states) {
                if (st.start() == at && !st.alliance() && we != null && !we.equals(st.code())) {
                    return new String[] {st.code(), we};
                }
            }
        }
        if (k - 2 < s.analysisFrom || !toks.get(k).is("our") || !(toks.get(k - 1).is("is") || toks.get(k - 1).is("remains"))) {
            return null;
        }
        Sentence.State subject = null;
        for (Sentence.State st : states) {
            subject = st.end() == k - 1 && !st.alliance() ? st : subject;
        }
        if (subject == null && toks.get(k - 2).is("it") && !states.isEmpty() && states.get(0).start() < k
                && toks.get(s.analysisFrom).is("as") && s.analysisFrom + 1 < s.to && toks.get(s.analysisFrom + 1).isAny("for", "to")
                && states.get(0).start() <= s.analysisFrom + 3 && !states.get(0).alliance()) {
            // "As for Azerbaijan, it is not a member of the CSTO, but it is our important neighbour and partner"
            subject = states.get(0);
        }
        return subject == null || we == null || we.equals(subject.code()) ? null : new String[] {subject.code(), we};
    }

    /**
     * "the defense of Japan and the ROK, our treaty allies", in a State Department readout: each state listed right before
     * ", our" with the speaker's (or publisher's) country; none otherwise.
     */
    private List<String[]> ourListedPartners(Sentence s, List<Sentence.State> states, int i) {
        int k = possessorAt(s, i);
        String we = ours(s);
        List<String[]> peoples = ourPeoples(s, i, we);
        if (!peoples.isEmpty()) {
            return peoples;
        }
        if (we != null && k >= s.analysisFrom && toks.get(k).is("our") && (toks.get(i).is("allies") || toks.get(i).is("partners"))) {
            // "we continue to encourage our Allies Türkiye and Hungary", "our partners, Japan and Korea": those listed after
            List<String[]> after = new ArrayList<>();
            int end = i + 1;
            for (Sentence.State st : states) {
                if (st.start() < end) {
                    continue;
                }
                String gap = article.between(end, st.start());
                if (!(after.isEmpty() ? gap.isBlank() || gap.strip().equals(",") || gap.strip().equals(":") : PartnerPairs.LIST.matcher(gap).matches())
                        || st.alliance()) {
                    break;
                }
                if (!st.code().equals(we)) {
                    after.add(new String[] {st.code(), we});
                }
                end = st.end();
            }
            if (!after.isEmpty()) {
                return after;
            }
        }
        if (we == null || k - 1 <= s.analysisFrom || !toks.get(k).is("our") || !toks.get(k - 1).is(",")) {
            return List.of();
        }
        List<String[]> out = new ArrayList<>();
        int end = k - 1;
        for (int n = states.size() - 1; n >= 0; n--) {
            Sentence.State st = states.get(n);
            if (st.end() > end) {
                continue;
            }
            String gap = article.between(st.end(), end);
            if (!(out.isEmpty() ? gap.isBlank() : PartnerPairs.LIST.matcher(gap).matches()) || st.alliance()) {
                break;
            }
            if (!st.code().equals(we)) {
                out.add(new String[] {st.code(), we});
            }
            end = st.start();
        }
        return out;
    }

    /** "our Polish and Lithuanian allies", "our Polish ally": the states the demonyms between "our" and the noun name, each with ours. */
    private List<String[]> ourPeoples(Sentence s, int i, String we) {
        if (we == null || !toks.get(i).isAny("allies", "partners", "ally", "partner")) {
            return List.of();
        }
        List<String[]> out = new ArrayList<>();
        int k = i - 1;
        while (k > s.analysisFrom) {
            PhraseIndex.Match m = s.phraseAt(k);
            PhraseIndex.Match ending = m != null && m.end() == k + 1 ? m : null;
            if (ending != null && ending.has(PhraseIndex.Kind.DEMONYM) && article.g.isCountry(ending.ref(PhraseIndex.Kind.DEMONYM).key())) {
                String state = ending.ref(PhraseIndex.Kind.DEMONYM).key();
                if (!state.equals(we)) {
                    out.add(0, new String[] {state, we});
                }
                k = ending.start() - 1;
            } else if (!out.isEmpty() && (toks.get(k).is("and") || toks.get(k).is(","))) {
                k--;
            } else {
                break;
            }
        }
        return toks.get(k).is("our") ? out : List.of();
    }

    /**
     * "We are partners and allies", "we are close strategic partners", in a speaker's turn of a transcript whose speakers
     * serve two countries: those two; else null.
     */
    private String[] weSpeakers(Sentence s, int i) {
        if (s.speaker == null || !(toks.get(i).is("partners") || toks.get(i).is("allies"))) {
            return null;
        }
        int we = -1;
        for (int k = i - 1; k >= Math.max(s.analysisFrom, i - 6) && we < 0; k--) {
            if (toks.get(k).is(",") || toks.get(k).is(";")) {
                return null;
            }
            we = toks.get(k).is("we") && k + 1 < i && toks.get(k + 1).isAny("are", "remain", "'re") ? k : -1;
        }
        if (we < 0) {
            return null;
        }
        Set<String> countries = new LinkedHashSet<>();
        for (Person p : article.speakers) {
            String scope = pairs.countryOf(p);
            if (scope != null && article.g.isCountry(scope)) {
                countries.add(scope);
            }
        }
        return countries.size() == 2 ? countries.toArray(new String[0]) : null;
    }

    /** Verbs that bring states to a gathering "as partners". */
    private static final Set<String> ATTENDING = Words.set("invited", "attend", "attends", "attending", "attended", "participate",
            "participates", "participating", "participated", "join", "joins", "joining", "joined");

    /**
     * The states the subject names, each with the organisation of the gathering they come to "as partners" ("Finland and
     * Sweden have been invited to the summit as partners"): the one named between the verb and "as", else the one the story
     * names most; none when fewer than two states come.
     */
    private List<String[]> invitedAsPartners(Sentence s, int i) {
        if (i - 1 <= s.analysisFrom || !toks.get(i - 1).is("as")) {
            return List.of();
        }
        for (int k = i - 2; k >= s.analysisFrom; k--) {
            if (ATTENDING.contains(toks.get(k).lower)) {
                // ("invited to the NATO summit as partners": the organisation named between; "attended the NATO Summit, to
                // which Korea and Japan had been invited as partners": the one named last before)
                int verb = k;
                String organisation = s.states.stream().filter(st -> st.alliance() && st.start() > verb && st.end() < i)
                        .map(Sentence.State::code).findFirst()
                        .or(() -> s.states.stream().filter(st -> st.alliance() && st.end() <= verb).map(Sentence.State::code)
                                .reduce((a, b) -> b))
                        .orElseGet(article::storyOrganisation);
                // ("NATO has invited Sweden and Finland as partners": the states after the verb, else its subject's)
                List<String> guests = s.states.stream().filter(st -> !st.alliance() && st.start() > verb && st.end() < i)
                        .map(Sentence.State::code).distinct().toList();
                guests = guests.size() >= 2 ? guests : s.states.stream().filter(st -> !st.alliance() && st.end() <= verb)
                        .map(Sentence.State::code).distinct().toList();
                return organisation == null || guests.size() < 2 ? List.of()
                        : guests.stream().map(c -> new String[] {c, organisation}).toList();
            }
        }
        return List.of();
    }

    /** Whose "our" it is: the speaker's country in a transcript, else the publisher's; or null. */
    private String ours(Sentence s) {
        return pairs.ours(s);
    }

    /** Where the word before a relation word's qualifiers stands: "our" in "our closest strategic partner". */
    private int possessorAt(Sentence s, int i) {
        int k = i - 1;
        while (k > s.analysisFrom && (KIND_ADJECTIVES.contains(toks.get(k).lower) || KIND_WORDS.contains(toks.get(k).lower)
                || CLOSENESS.contains(toks.get(k).lower) || toks.get(k).is("treaty") || toks.get(k).is("and") || COUNTS.contains(toks.get(k).lower)
                || FELLOWS.contains(toks.get(k).lower) && toks.get(k + 1).is("and"))) {
            k--;
        }
        return k;
    }

    /** Nouns joined to a relation word by "and", the same owner's: "our great friend and strategic partner". */
    private static final Set<String> FELLOWS = Words.set("friend", "friends", "neighbour", "neighbours", "neighbor", "neighbors");

    /** Whether a lower-case possessor owns the relation word at {@code i}: "the regime's two main partners", "the government's allies". */
    private boolean ownedByOther(Sentence s, int i) {
        int k = possessorAt(s, i);
        // ("one of the alliance's closest partners": the alliance the story names, read elsewhere)
        return k - 1 >= s.analysisFrom && toks.get(k).is("'s") && !toks.get(k - 1).capitalised() && toks.get(k - 1).isWord()
                && !BLOC_NOUNS.contains(toks.get(k - 1).lower);
    }

    private static final Set<String> BLOC_NOUNS = Words.set("alliance", "bloc", "union", "organisation", "organization", "grouping");

    /** Nouns "partner" qualifies, naming no pair: "has made visits to partner nations a priority". */
    private static final Set<String> PARTNER_AS_MODIFIER = Words.set("nations", "countries", "states", "governments", "forces",
            "militaries", "armies", "nation", "country", "state", "organisations", "organizations", "agencies", "institutions");

    /** How many partners a possessive may count: "our two treaty allies". */
    private static final Set<String> COUNTS = Words.set("two", "three", "four", "five", "six", "several", "many");

    /** Whether the relation word is the speaker's or publisher's own: "our partnerships", "our allies", "our two allies". */
    private boolean ourOwn(Sentence s, int i) {
        int k = possessorAt(s, i);
        // "close partners of ours", "an important partner for us in the Gulf"
        boolean after = i + 2 < s.to && (toks.get(i + 1).is("of") && toks.get(i + 2).is("ours")
                || toks.get(i + 1).isAny("for", "to") && toks.get(i + 2).is("us") && !toks.get(i + 2).text.equals("US"));
        return k >= s.analysisFrom && toks.get(k).is("our") || after;
    }

    /** Words that may join a partnership's capitalised name: "for Peace and Prosperity in Asia and the World". */
    private static final Set<String> NAME_JOINERS = Words.set("for", "and", "in", "the", "of");

    /**
     * "a Comprehensive Strategic Partnership for Peace and Prosperity in Asia and the World": the capitalised words
     * after a capitalised partnership's "for" belong to its name, or "".
     */
    private String namedPurpose(Sentence s, int i) {
        if (!toks.get(i).capitalised() || i + 2 >= s.to || !toks.get(i + 1).is("for") || !toks.get(i + 2).capitalised()) {
            return "";
        }
        int end = i + 1;
        for (int k = i + 1; k < s.to && (toks.get(k).capitalised() && toks.get(k).isWord() || NAME_JOINERS.contains(toks.get(k).text)); k++) {
            if (toks.get(k).capitalised()) {
                end = k + 1;
            }
        }
        StringBuilder out = new StringBuilder();
        for (int k = i + 1; k < end; k++) {
            out.append(' ').append(toks.get(k).lower);
        }
        return out.toString();
    }

    /**
     * "comprehensive partnership and strategic coordination", "comprehensive strategic partners of coordination": the
     * words after the noun that belong to the stated kind, or "".
     */
    private String coordination(Sentence s, int i) {
        int k = i + 1;
        if (k >= s.to || !(toks.get(k).is("and") || toks.get(k).is("of"))) {
            return "";
        }
        StringBuilder out = new StringBuilder(" ").append(toks.get(k).lower);
        for (k++; k < s.to && k <= i + 4; k++) {
            String w = toks.get(k).lower;
            if (w.equals("coordination") || w.equals("co-ordination") || w.equals("interaction")) {
                return out.append(' ').append(w).toString();
            }
            if (!KIND_ADJECTIVES.contains(w)) {
                return "";
            }
            out.append(' ').append(w);
        }
        return "";
    }

    /** "U.S.-Australia Alliance": an alliance's name right after two hyphenated states is their alliance. */
    private boolean bilateralAlliance(Sentence s, Sentence.State st) {
        if (!st.alliance() || st.end() - st.start() != 1 || !toks.get(st.start()).is("alliance")) {
            return false;
        }
        for (Sentence.State y : s.states) {
            if (y.end() == st.start() && !y.alliance() && y.start() - 2 >= s.from && toks.get(y.start() - 1).text.equals("-")) {
                return true;
            }
        }
        return false;
    }

    /** The state whose name covers token {@code i}, or null. */
    private static Sentence.State inState(Sentence s, int i) {
        for (Sentence.State st : s.states) {
            if (i >= st.start() && i < st.end()) {
                return st;
            }
        }
        return null;
    }

}
