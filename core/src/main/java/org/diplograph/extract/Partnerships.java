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
    static final Set<String> RELATION_WORDS = Set.of("relations", "ties", "cooperation", "co-operation",
            "partnership", "relationship", "alliance", "dialogue", "friendship");

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
        List<Sentence.State> states = s.states;
        boolean relationWord = false;
        for (int i = s.analysisFrom; i < s.to; i++) {
            relationWord |= RELATION_WORDS.contains(toks.get(i).lower) || toks.get(i).lower.startsWith("partner");
        }
        for (int i = s.analysisFrom; i < s.to; i++) {
            String w = toks.get(i).lower;
            if (!(w.equals("partner") || w.equals("partners") || w.equals("partnership") || w.equals("partnerships"))) {
                continue;
            }
            if (i > s.analysisFrom && (toks.get(i - 1).is("not") || toks.get(i - 1).is("no")) || i + 1 < s.to
                    && (toks.get(i + 1).is("agreement") || toks.get(i + 1).is("countries") && false)) {
                continue;
            }
            List<String> kindWords = new ArrayList<>();
            for (int k = i - 1; k >= Math.max(s.analysisFrom, i - 3); k--) {
                String a = toks.get(k).lower;
                if (KIND_ADJECTIVES.contains(a)) {
                    kindWords.add(0, a);
                } else if (!a.equals("and") && !a.equals(",") && !a.equals("-")) {
                    break;
                }
            }
            String kind = kindWords.isEmpty() ? "partnership" : String.join(" ", kindWords) + " partnership";
            if (i + 2 < s.to && toks.get(i + 1).is("for") && toks.get(i + 2).is("peace")) {
                kind = "Partnership for Peace";
            }
            String[] pair = pairFor(s, states, i);
            double confidence = 0.8;
            if (pair == null && lastPair != null) {
                pair = lastPair;
                confidence = 0.6;
            }
            if (pair == null) {
                continue;
            }
            String key = pair[0].compareTo(pair[1]) < 0 ? pair[0] + "|" + pair[1] + "|" + kind : pair[1] + "|" + pair[0] + "|" + kind;
            partnerships.putIfAbsent(key, new Partnership(List.of(ActorId.of(pair[0]), ActorId.of(pair[1])), kind, null,
                    new Provenance(s.evidence(), confidence < 0.8 ? "partnership:earlier-pair" : "partnership:stated", confidence)));
        }
        if (relationWord) {
            Set<String> distinct = new LinkedHashSet<>();
            states.forEach(st -> distinct.add(st.code()));
            if (distinct.size() == 2) {
                lastPair = distinct.toArray(new String[0]);
            }
        }
    }

    private String[] pairFor(Sentence s, List<Sentence.State> states, int trigger) {
        // "between X and Y"
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
        // "X-Y strategic partnership", "Baku-Moscow relations … partners"
        for (int a = 0; a + 1 < states.size(); a++) {
            Sentence.State x = states.get(a);
            Sentence.State y = states.get(a + 1);
            if (y.start() == x.end() + 1 && toks.get(x.end()).text.equals("-") && !x.code().equals(y.code())
                    && (y.end() <= trigger || x.start() > trigger && false)) {
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
