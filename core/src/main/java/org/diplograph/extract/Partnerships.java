package org.diplograph.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplograph.model.ActorId;
import org.diplograph.model.Partnership;
import org.diplograph.model.Provenance;

/**
 * The partnership rules: "partner(s)" or "partnership" with its qualifier ("strategic partnership",
 * "Partnership for Peace") between the two states the sentence names around it, or else the pair
 * an earlier sentence about relations named.
 */
final class Partnerships {

    private static final Pattern STATE_AND = Pattern.compile("\\s*and\\s*(the\\s*)?");
    static final Set<String> KIND_ADJECTIVES = Set.of("strategic", "comprehensive", "privileged", "special",
            "enhanced", "global", "all-round", "multifaceted", "allied", "long-term", "extended", "deep", "full-fledged");
    /** Qualifiers kept in a partnership's kind, beyond those that make a demonym a state ("Russian strategic …"). */
    private static final Set<String> KIND_WORDS = Set.of("privileged", "major", "defense", "defence", "dialogue");
    static final Set<String> RELATION_WORDS = Set.of("relations", "ties", "cooperation", "co-operation",
            "partnership", "relationship", "alliance", "dialogue", "friendship");

    /** Words of an alliance between states, whose kind is "alliance". */
    private static final Set<String> ALLIED = Set.of("ally", "allies", "alliance");
    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "remain", "remains", "remained", "became",
            "become", "as", "whose");
    private static final Pattern LIST = Pattern.compile("\\s*(,|and|, and)\\s*(the\\s*)?");
    /** How far back qualifiers go: "special and privileged strategic partnership". */
    private static final int KIND_REACH = 6;
    private static final int SUBJECT_REACH = 8;
    private static final int TWO_REACH = 6;
    /** "the U.S.-Japan alliance", "the Japan-US treaty allies": how close "allies" follows the pair it is of. */
    private static final int ADJACENT = 3;

    private final Article article;
    private final List<Token> toks;
    private final Map<String, Partnership> partnerships = new LinkedHashMap<>();
    /** The two states the last sentence about relations named: the pair of a later partnership that names none. */
    private String[] lastPair;

    Partnerships(Article article) {
        this.article = article;
        this.toks = article.toks;
    }

    /** The partnerships read so far, in the order first stated. */
    Collection<Partnership> found() {
        return partnerships.values();
    }

    /** Reads the partnerships a sentence states. */
    void read(Sentence s) {
        // "the U.S.-Australia Alliance" is the two states' own alliance, not NATO's name
        List<Sentence.State> states = new ArrayList<>(s.states.size());
        for (Sentence.State st : s.states) {
            if (!bilateralAlliance(s, st)) {
                states.add(st);
            }
        }
        boolean relationWord = false;
        for (int i = s.analysisFrom; i < s.to; i++) {
            // "Finland joined the Alliance": a relation word that names an alliance is not about two states
            Sentence.State named = inState(s, i);
            relationWord |= (RELATION_WORDS.contains(toks.get(i).lower) || toks.get(i).lower.startsWith("partner"))
                    && (named == null || bilateralAlliance(s, named));
        }
        for (int i = s.analysisFrom; i < s.to; i++) {
            String w = toks.get(i).lower;
            boolean allied = ALLIED.contains(w);
            Sentence.State named = inState(s, i);
            if (!(w.equals("partner") || w.equals("partners") || w.equals("partnership") || w.equals("partnerships") || allied)
                    || named != null && !bilateralAlliance(s, named)
                    || allied && !w.equals("alliance") && toks.get(i).capitalised() && i > s.analysisFrom) {
                // "sat with the Allies": the members of the alliance the article is about
                continue;
            }
            if (i > s.analysisFrom && (toks.get(i - 1).is("not") || toks.get(i - 1).is("no")) || i + 1 < s.to
                    && toks.get(i + 1).is("agreement")) {
                continue;
            }
            String kind = allied ? "alliance" : kind(s, i);
            // "Japan and South Korea are each treaty allies of the United States": each with the third, not with each other
            List<String[]> ofThird = partnersOf(s, states, i);
            if (!ofThird.isEmpty()) {
                for (String[] pair : ofThird) {
                    add(s, pair, kind, "partnership:partner-of", 0.8);
                }
                continue;
            }
            boolean generic = allied || w.equals("partners");
            // "Turkey, Azerbaijan and Georgia are strategic partners": each of them with each of the others
            List<String> listed = generic ? new ArrayList<>(new LinkedHashSet<>(subjects(s, states, i, null))) : List.of();
            if (listed.size() >= 3) {
                for (int a = 0; a < listed.size(); a++) {
                    for (int b = a + 1; b < listed.size(); b++) {
                        add(s, new String[] {listed.get(a), listed.get(b)}, kind, "partnership:stated", 0.8);
                    }
                }
                continue;
            }
            String[] pair = generic ? twoOf(s, states, i) : pairFor(s, states, i);
            double confidence = 0.8;
            boolean two = twoBefore(s, i);
            if (pair == null && two) {
                // "described the two countries as strategic partners": the two states the sentence names or its people serve
                pair = sentencePair(s, states);
            }
            if (pair == null && lastPair != null && (!generic || two)) {
                // "the largest bilateral exercise between the two allies"
                pair = lastPair;
                confidence = 0.6;
            }
            if (pair == null && two) {
                // "The two leaders raised their countries' relationship to a special global partnership"
                pair = lastTwoCountries(s);
                confidence = 0.6;
            }
            if (pair != null) {
                add(s, pair, kind, confidence < 0.8 ? "partnership:earlier-pair" : "partnership:stated", confidence);
            }
        }
        if (relationWord) {
            Set<String> distinct = new LinkedHashSet<>();
            states.forEach(st -> distinct.add(st.code()));
            if (distinct.size() == 2) {
                lastPair = distinct.toArray(new String[0]);
            }
        }
    }

    private void add(Sentence s, String[] pair, String kind, String rule, double confidence) {
        String key = pair[0].compareTo(pair[1]) < 0 ? pair[0] + "|" + pair[1] + "|" + kind : pair[1] + "|" + pair[0] + "|" + kind;
        partnerships.putIfAbsent(key, new Partnership(List.of(ActorId.of(pair[0]), ActorId.of(pair[1])), kind, null,
                new Provenance(s.evidence(), rule, confidence)));
    }

    /**
     * The kind a partnership is stated as: its qualifiers as written ("special and privileged strategic partnership",
     * "Major Defense Partnership"), "Partnership for Peace", or plain "partnership".
     */
    private String kind(Sentence s, int i) {
        List<String> kindWords = new ArrayList<>();
        for (int k = i - 1; k >= Math.max(s.analysisFrom, i - KIND_REACH); k--) {
            String a = toks.get(k).lower;
            if (KIND_ADJECTIVES.contains(a) || KIND_WORDS.contains(a)) {
                kindWords.add(0, a);
            } else if (a.equals("and") && !kindWords.isEmpty() && k - 1 >= s.analysisFrom
                    && (KIND_ADJECTIVES.contains(toks.get(k - 1).lower) || KIND_WORDS.contains(toks.get(k - 1).lower))) {
                kindWords.add(0, a);
            } else if (!a.equals(",") && !a.equals("-")) {
                break;
            }
        }
        if (i + 2 < s.to && toks.get(i + 1).is("for") && toks.get(i + 2).is("peace")) {
            return "Partnership for Peace";
        }
        return kindWords.isEmpty() ? "partnership" : String.join(" ", kindWords) + " partnership";
    }

    /**
     * "X and Y are (each) treaty allies of Z", "X is a dialogue partner of Z", "X and Y are among Z's closest partners",
     * "called Z a strategic partner of X": each state of the subject with the third; none of them with each other.
     */
    private List<String[]> partnersOf(Sentence s, List<Sentence.State> states, int trigger) {
        Sentence.State third = null;
        int k = trigger + 1;
        if (k < s.to && (toks.get(k).is("of") || toks.get(k).is("to"))) {
            k++;
            k += k < s.to && toks.get(k).is("the") ? 1 : 0;
            for (Sentence.State st : states) {
                third = st.start() == k ? st : third;
            }
        }
        int subjectEnd = trigger;
        if (third == null) {
            // "Z's closest partners", "the Alliance's closest partners"
            for (Sentence.State st : states) {
                if (st.end() < trigger && trigger - st.end() <= 3 && toks.get(st.end()).is("'s") && lowercase(st.end() + 1, trigger)) {
                    third = st;
                    subjectEnd = st.start();
                }
            }
        }
        if (third == null) {
            return List.of();
        }
        List<String> subjects = subjects(s, states, subjectEnd, third);
        List<String[]> out = new ArrayList<>(subjects.size());
        for (String subject : subjects) {
            if (!subject.equals(third.code())) {
                out.add(new String[] {subject, third.code()});
            }
        }
        return out;
    }

    /**
     * The states a predicate before {@code end} is said of: "Japan and South Korea are each treaty", "Turkish
     * President Erdogan, whose country is a dialogue", "Georgia as one of the": the last state before it, across
     * a copula, an apposition or "as", and those listed with it.
     */
    private List<String> subjects(Sentence s, List<Sentence.State> states, int end, Sentence.State third) {
        int last = -1;
        for (int a = 0; a < states.size(); a++) {
            Sentence.State st = states.get(a);
            if (st != third && st.end() <= end && end - st.end() <= SUBJECT_REACH && predicate(st.end(), end)) {
                last = a;
            }
        }
        List<String> out = new ArrayList<>(2);
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
        return out;
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

    private boolean lowercase(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!toks.get(k).isWord() || toks.get(k).capitalised()) {
                return false;
            }
        }
        return true;
    }

    /**
     * For "partners" and "allies", words as often said of a crowd ("the United States and its allies and partners")
     * as of two states: a pair only where the text makes one, "between X and Y", "X-Y", "X and Y are strategic partners".
     */
    private String[] twoOf(Sentence s, List<Sentence.State> states, int trigger) {
        String[] between = betweenPair(s, states, trigger);
        if (between != null) {
            return between;
        }
        String[] hyphen = hyphenPair(states, trigger);
        if (hyphen != null && trigger - hyphenEnd(states, trigger) <= ADJACENT) {
            return hyphen;
        }
        List<String> subjects = subjects(s, states, trigger, null);
        if (subjects.size() == 2 && !subjects.get(0).equals(subjects.get(1))) {
            return subjects.toArray(new String[0]);
        }
        return null;
    }

    /**
     * "the two allies", "the two countries as strategic partners", "partnership between the two countries", "their
     * countries' relationship": a pair the reader knows from around it.
     */
    private boolean twoBefore(Sentence s, int trigger) {
        for (int k = Math.max(s.analysisFrom, trigger - TWO_REACH); k < Math.min(s.to, trigger + 4); k++) {
            if (toks.get(k).is("two") || toks.get(k).is("both")
                    || toks.get(k).is("their") && k + 1 < s.to && toks.get(k + 1).lower.startsWith("countr")) {
                return true;
            }
        }
        return false;
    }

    /** The two countries the sentence names or whose officials it names, if exactly two. */
    private String[] sentencePair(Sentence s, List<Sentence.State> states) {
        Set<String> distinct = new LinkedHashSet<>();
        for (Sentence.State st : states) {
            if (article.g.isCountry(st.code())) {
                distinct.add(st.code());
            }
        }
        for (Sentence.Mention m : s.mentions) {
            if (m.kind == Sentence.MentionKind.PERSON && m.person != null && m.person.scope != null && article.g.isCountry(m.person.scope)) {
                distinct.add(m.person.scope);
            }
        }
        return distinct.size() == 2 ? distinct.toArray(new String[0]) : null;
    }

    /** The countries of the two people last named who serve different ones, or null. */
    private String[] lastTwoCountries(Sentence s) {
        Person first = null;
        Person second = null;
        for (Person p : article.persons) {
            if (p.scope == null || !article.g.isCountry(p.scope) || p.lastSeen >= (s.index + 1) * 1000) {
                continue;
            }
            if (first == null || p.lastSeen > first.lastSeen) {
                if (first != null && !first.scope.equals(p.scope)) {
                    second = first;
                }
                first = p;
            } else if ((second == null || p.lastSeen > second.lastSeen) && !p.scope.equals(first.scope)) {
                second = p;
            }
        }
        return first != null && second != null && !first.scope.equals(second.scope) ? new String[] {first.scope, second.scope} : null;
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

    private String[] hyphenPair(List<Sentence.State> states, int trigger) {
        for (int a = 0; a + 1 < states.size(); a++) {
            Sentence.State x = states.get(a);
            Sentence.State y = states.get(a + 1);
            if (y.start() == x.end() + 1 && toks.get(x.end()).text.equals("-") && !x.code().equals(y.code())
                    && y.end() <= trigger && trigger - y.end() < 25) {
                return new String[] {x.code(), y.code()};
            }
        }
        return null;
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

    private String[] pairFor(Sentence s, List<Sentence.State> states, int trigger) {
        // "between X and Y"
        String[] between = betweenPair(s, states, trigger);
        if (between != null) {
            return between;
        }
        // "X-Y strategic partnership", "Baku-Moscow relations … partners"
        for (int a = 0; a + 1 < states.size(); a++) {
            Sentence.State x = states.get(a);
            Sentence.State y = states.get(a + 1);
            if (y.start() == x.end() + 1 && toks.get(x.end()).text.equals("-") && !x.code().equals(y.code())
                    && y.end() <= trigger) {
                if (Math.abs(trigger - y.end()) < 25) {
                    return new String[] {x.code(), y.code()};
                }
            }
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
            if (st.end() <= trigger) {
                left = st;
            } else if (right == null && st.start() > trigger && st.start() <= trigger + 4) {
                String gap = article.between(trigger + 1, st.start()).toLowerCase(java.util.Locale.ROOT);
                if (gap.contains("of") || gap.contains("with") || gap.isBlank() || gap.contains("to")) {
                    right = st;
                }
            }
        }
        if (left != null && right != null && !left.code().equals(right.code())) {
            return new String[] {left.code(), right.code()};
        }
        // "the EU and Armenia agreed to deepen their partnership"
        for (int a = 0; left != null && a + 1 < states.size(); a++) {
            Sentence.State x = states.get(a);
            Sentence.State y = states.get(a + 1);
            if (y == left && !x.code().equals(y.code()) && STATE_AND.matcher(article.between(x.end(), y.start())).matches()) {
                return new String[] {x.code(), y.code()};
            }
        }
        Set<String> distinct = new LinkedHashSet<>();
        states.forEach(st -> distinct.add(st.code()));
        if (distinct.size() == 2) {
            return distinct.toArray(new String[0]);
        }
        if (left != null && lastPair != null && (left.code().equals(lastPair[0]) || left.code().equals(lastPair[1]))
                && distinct.size() < 2) {
            return lastPair;
        }
        if (left != null && right == null && distinct.size() == 1 && lastPair == null) {
            return null;
        }
        return null;
    }
}
