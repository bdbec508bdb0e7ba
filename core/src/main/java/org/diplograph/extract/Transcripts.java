package org.diplograph.extract;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import org.diplograph.extract.Sentence.Mention;
import org.diplograph.extract.Sentence.MentionKind;

/**
 * The turns of a transcript: who speaks each sentence after a label ("SECRETARY AUSTIN:", "President of Russia
 * Vladimir Putin:", "MIRZOYAN:"), so that "I" and "my" mean him; the quotes a sentence introduces ("the Minister
 * said:"); and the meeting of its speakers, when officials of two countries or more speak in one press conference or
 * talks.
 */
final class Transcripts {

    /** Labels that are no one's: the moderator and the press. */
    private static final Set<String> NOBODY = Words.set("q", "question", "moderator", "questioner", "journalist", "reporter",
            "participant", "audience", "operator", "staff");

    private final Article article;
    private final List<Token> toks;
    private final PersonRegistry registry;

    Transcripts(Article article, PersonRegistry registry) {
        this.article = article;
        this.toks = article.toks;
        this.registry = registry;
    }

    /** Between the passes: gives every sentence of a turn its speaker; returns the speakers, in order. */
    Set<Person> assignSpeakers() {
        Set<Person> speakers = new LinkedHashSet<>();
        // ("Minister:" again, after a turn that named another minister: the same label is the same speaker)
        Map<String, Person> byLabel = new HashMap<>();
        Person current = null;
        Sentence introducer = null;
        Sentence before = null;
        for (Sentence s : article.sentences) {
            if (s.label) {
                current = speaker(s);
                String key = s.text.strip().toLowerCase(Locale.ROOT);
                current = current != null ? current : byLabel.get(key);
                if (current != null) {
                    byLabel.putIfAbsent(key, current);
                }
                if (current != null) {
                    speakers.add(current);
                }
            } else {
                s.speaker = current;
                if (current == null && before != null && opensQuote(s) && introducesQuote(before)) {
                    introducer = before;
                }
                // (whose the quote is, the second pass reads: "the Minister" is known by then)
                s.quoteIntroducer = introducer;
                if (introducer != null && closesQuote(s)) {
                    introducer = null;
                }
            }
            before = s;
        }
        article.speakers = speakers.isEmpty() ? authors() : speakers;
        return speakers;
    }

    /** Verbs that introduce a quote after a colon: "the Minister said:". */
    private static final Set<String> SPEECH_VERBS = Words.set("said", "says", "added", "adds", "stated", "commented", "remarked",
            "declared", "noted", "issued");

    /** Whether a sentence opens a quote. */
    private static boolean opensQuote(Sentence s) {
        String text = s.text.stripLeading();
        return text.startsWith("\u201c") || text.startsWith("\"");
    }

    /** Whether a sentence closes a quote. */
    private static boolean closesQuote(Sentence s) {
        String text = s.text.stripTrailing();
        return text.endsWith("\u201d") || text.length() > 1 && text.endsWith("\"");
    }

    /** Whether a sentence introduces a quote: it ends in a colon after a speech verb ("the Foreign Secretary said:"). */
    private boolean introducesQuote(Sentence s) {
        return s.text.stripTrailing().endsWith(":") && speechVerb(s) >= 0;
    }

    /** The last speech verb of a sentence, or -1. */
    int speechVerb(Sentence s) {
        int verb = -1;
        for (int k = s.analysisFrom; k < s.to; k++) {
            if (SPEECH_VERBS.contains(toks.get(k).lower)) {
                verb = k;
            }
        }
        return verb;
    }

    /**
     * "We, President Biden of the United States, Prime Minister Kishida of Japan and President Yoon of the Republic of
     * Korea, gathered at Camp David": the people a joint statement speaks for, whom its "we" and "our" mean; none
     * when no sentence opens so.
     */
    private Set<Person> authors() {
        Set<Person> authors = new LinkedHashSet<>();
        for (Sentence s : article.sentences) {
            if (s.to - s.analysisFrom < 3 || !toks.get(s.analysisFrom).is("we") || !toks.get(s.analysisFrom + 1).text.equals(",")) {
                continue;
            }
            int previous = s.analysisFrom + 1;
            for (Mention m : s.mentions) {
                if (m.start <= s.analysisFrom) {
                    continue;
                }
                if (m.kind != MentionKind.PERSON || !MeetingParticipants.SUBJECT_LIST.matcher(article.between(previous, m.start)).matches()) {
                    break;
                }
                authors.add(m.person);
                previous = m.end;
            }
            return authors.size() >= 2 ? authors : Set.of();
        }
        return authors;
    }

    /** The person a label names: one the label names in full, else the article's person of its last word ("AUSTIN"). */
    private Person speaker(Sentence label) {
        for (Mention m : label.mentions) {
            if (m.kind == MentionKind.PERSON) {
                return m.person;
            }
        }
        for (Mention m : label.mentions) {
            if (m.kind == MentionKind.TITLE_REF && !m.anaphoric && article.published != null) {
                // "NATO SECRETARY GENERAL:": whoever the article names by that post
                Person p = registry.byTitle(m.title, org.diplograph.model.PartialDate.ofDay(article.published));
                if (p != null && p.confirmed) {
                    return p;
                }
            }
        }
        // "SECRETARY-GENERAL:": a label that is a title alone, held by one person the article names
        GazetteerDoc.TitleDoc title = label.to - 1 <= label.from ? null : article.g.titlesByAlias.get(org.diplograph.names.NameKeys.fold(
                article.text.substring(toks.get(label.from).start, toks.get(label.to - 2).end)));
        Person holder = title == null ? null : registry.soleHolder(title, label.index * 1000);
        Set<String> labelWords = label.to - 1 <= label.from ? Set.of()
                : Words.letterSet(article.text.substring(toks.get(label.from).start, toks.get(label.to - 2).end));
        if (holder == null && !labelWords.isEmpty() && labelWords.stream().allMatch(article.g.titleWords::contains)) {
            // "Minister:" in an interview whose heading named "Minister for Foreign Affairs Dr Vivian Balakrishnan": the one
            // person named before whose title has the label's words
            holder = registry.soleHolderOfWords(labelWords, label.index * 1000);
        }
        if (holder != null) {
            return holder;
        }
        for (int i = label.to - 2; i >= label.from; i--) {
            Token t = toks.get(i);
            if (t.text.equals(")") || t.text.equals("]")) {
                // "(retranslated)", "(Secretary General of NATO) [Interpretation]": notes and posts after the name
                String open = t.text.equals(")") ? "(" : "[";
                while (i > label.from && !toks.get(i).text.equals(open)) {
                    i--;
                }
                continue;
            }
            if (!t.isWord() || KnownPeople.SUFFIXES.contains(t.lower)) {
                // "SECRETARY OF DEFENSE LLOYD J. AUSTIN III:": the family name stands before the suffix
                continue;
            }
            if (NOBODY.contains(t.lower) || article.g.titleWords.contains(t.lower)) {
                return null;
            }
            String family = asWritten(t);
            if (i - 2 >= label.from && toks.get(i - 1).text.equals("-") && toks.get(i - 2).isWord() && !toks.get(i - 1).spaceBefore) {
                // "MINISTER AGUIAR-BRANCO:": a family name of two words joined by a hyphen
                Token first = toks.get(i - 2);
                family = asWritten(first) + "-" + family;
            }
            Person p = registry.lookup(List.of(family), false, true);
            if (p != null && p.confirmed) {
                // "SECRETARY OF DEFENSE JIM MATTIS:" after the headline's "Secretary Mattis": the name written in full
                List<String> name = p.hasFullName() ? null : knownName(label, i);
                return name != null ? registry.resolve(name, false, true) : p;
            }
            List<String> name = knownName(label, i);
            return name != null ? registry.resolve(name, false, true) : null;
        }
        return null;
    }

    /**
     * "PRIME MINISTER ANTÓNIO COSTA:" in a transcript whose prose never names him, "SECRETARY OF DEFENSE JIM MATTIS:": the
     * longest name of two to five words the label writes in capitals after its title, ending at {@code last}, that the
     * gazetteer or the office holders' tables know (so that no one is made up); else null.
     */
    private List<String> knownName(Sentence label, int last) {
        List<String> words = labelName(label, last);
        for (int n = Math.min(words.size(), 5); n >= 2; n--) {
            List<String> name = words.subList(words.size() - n, words.size());
            if (known(name)) {
                return name;
            }
        }
        return null;
    }

    /** Whether the gazetteer or the office holders' tables know the name (so that no one is made up). */
    private boolean known(List<String> words) {
        return PeopleCountries.builtIn().find(words) != null
                || article.g.people.find(words.get(0), words.get(words.size() - 1), article.published) != null;
    }

    /** The name a label writes in capitals after its title, ending at {@code last}, as prose writes it. */
    private List<String> labelName(Sentence label, int last) {
        List<String> words = new java.util.ArrayList<>(4);
        for (int k = last; k >= label.from && words.size() < 6; k--) {
            Token t = toks.get(k);
            if (!t.isWord() || NOBODY.contains(t.lower) || article.g.titleWords.contains(t.lower) || article.g.titleModifiers.contains(t.lower)) {
                break;
            }
            words.add(0, NameRuns.PARTICLES.contains(t.lower) ? t.lower : asWritten(t));
        }
        return words;
    }

    /** A name word of a label in capitals as prose writes it: "COSTA" is "Costa". */
    private static String asWritten(Token t) {
        return t.text.charAt(0) + t.text.substring(1).toLowerCase(Locale.ROOT);
    }

    /** The first label of the second speaker and its first sentence: the evidence that they spoke together. */
    Sentence evidence(Set<Person> speakers) {
        Person first = speakers.iterator().next();
        for (Sentence s : article.sentences) {
            if (s.label && s.index + 1 < article.sentences.size() && article.sentences.get(s.index + 1).speaker != null
                    && article.sentences.get(s.index + 1).speaker != first) {
                return article.sentences.get(s.index + 1);
            }
        }
        return article.sentences.get(0);
    }

    /** Whether the speakers are officials of two countries or alliances or more. */
    boolean ofSeveralCountries(Set<Person> speakers) {
        Set<String> scopes = new LinkedHashSet<>();
        for (Person p : speakers) {
            String scope = p.scopeOn(article.published);
            scopes.add(scope == null ? "?" + p.order : scope);
        }
        return speakers.size() >= 2 && scopes.size() >= 2;
    }
}
