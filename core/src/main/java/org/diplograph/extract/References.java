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

    private static final Set<String> GROUP_NOUNS = Set.of("ministers", "generals", "officials", "leaders", "sides", "chiefs",
            "commanders", "men", "heads", "delegations", "counterparts", "presidents", "diplomats");

    private final List<Token> toks;
    private final TitleReader titles;

    References(Article article, TitleReader titles) {
        this.toks = article.toks;
        this.titles = titles;
    }

    /** Adds a mention for each reference in the sentence outside the people already found. */
    void read(Sentence s) {
        for (int i = s.analysisFrom; i < s.to; i++) {
            if (s.covered(i)) {
                continue;
            }
            Token t = toks.get(i);
            Match m = s.phraseAt(i);
            if (m != null && m.has(Kind.TITLE)) {
                int start = i;
                while (start - 1 >= s.analysisFrom && !s.covered(start - 1) && titles.titleish(s, start - 1)
                        && !toks.get(start - 1).is("of") && !toks.get(start - 1).is("for")) {
                    start--;
                }
                while (start < i && Set.of("the", "-", "'s").contains(toks.get(start).lower)) {
                    start++;
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
                TitleInfo info = titles.titleInfo(s, start, end);
                if (info.fixedBody != null || info.scope != null || info.bodySlug != null && info.scope != null) {
                    Mention mention = new Mention(MentionKind.TITLE_REF, start, end);
                    mention.title = info;
                    s.addCovering(mention);
                }
                i = end - 1;
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
                            || Set.of("his", "her", "their", "the").contains(before.lower)) {
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
                Mention mention = new Mention(MentionKind.COUNTERPART, start, end);
                mention.scopes = scopes;
                s.addCovering(mention);
                i = end - 1;
                continue;
            }
            if (t.is("he") || t.is("she") || t.is("him") || t.is("her") && !(i + 1 < s.to && toks.get(i + 1).isWord()
                    && !toks.get(i + 1).capitalised())) {
                s.mentions.add(new Mention(MentionKind.PRONOUN, i, i + 1));
                continue;
            }
            if ((t.is("two") || t.is("both")) && i + 1 < s.to && GROUP_NOUNS.contains(toks.get(i + 1).lower)) {
                int start = i > s.analysisFrom && toks.get(i - 1).is("the") ? i - 1 : i;
                s.mentions.add(new Mention(MentionKind.GROUP, start, i + 2));
                i++;
                continue;
            }
            if (t.is("they")) {
                s.mentions.add(new Mention(MentionKind.GROUP, i, i + 1));
            }
        }
    }
}
