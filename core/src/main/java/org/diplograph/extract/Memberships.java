package org.diplograph.extract;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diplograph.model.ActorId;
import org.diplograph.model.Membership;
import org.diplograph.model.Provenance;

/**
 * The membership rule: "member(s)", "ally", "allies" or "joined" near an alliance makes the
 * countries named close by its members ("NATO member Turkey"), unless negated.
 */
final class Memberships {

    private final Article article;
    private final Gazetteer g;
    private final List<Token> toks;
    private final Map<String, Membership> memberships = new LinkedHashMap<>();

    Memberships(Article article) {
        this.article = article;
        this.g = article.g;
        this.toks = article.toks;
    }

    /** The memberships read so far, in the order first stated. */
    Collection<Membership> found() {
        return memberships.values();
    }

    /** Reads the memberships a sentence states. */
    void read(Sentence s) {
        for (int i = s.analysisFrom; i < s.to; i++) {
            String w = toks.get(i).lower;
            if (!(w.equals("member") || w.equals("members") || w.equals("ally") || w.equals("allies") || w.equals("joined"))) {
                continue;
            }
            boolean negated = false;
            for (int k = Math.max(s.analysisFrom, i - 3); k < i; k++) {
                negated |= toks.get(k).is("not") || toks.get(k).is("non") || toks.get(k).is("never") || toks.get(k).is("n't");
            }
            if (negated) {
                continue;
            }
            String alliance = null;
            for (Sentence.State st : s.states) {
                if (st.alliance() && Math.abs(st.start() - i) <= 4) {
                    alliance = st.code();
                }
            }
            if (alliance == null) {
                continue;
            }
            for (Sentence.State st : s.states) {
                if (!st.alliance() && g.isCountry(st.code()) && Math.abs(st.start() - i) <= 8) {
                    String gap = st.start() > i ? article.between(i + 1, st.start()) : article.between(st.end(), i);
                    if (gap.contains(";") || gap.contains("partner")) {
                        continue;
                    }
                    memberships.putIfAbsent(st.code() + "|" + alliance, new Membership(ActorId.of(st.code()), ActorId.of(alliance),
                            null, null, new Provenance(s.evidence(), "membership:stated", 0.75)));
                }
            }
        }
    }
}
