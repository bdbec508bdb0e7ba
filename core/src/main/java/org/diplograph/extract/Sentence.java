package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.diplograph.extract.PhraseIndex.Match;

/** One sentence of an article, with what the first pass found in it. */
final class Sentence {

    /** What a participant mention is. */
    enum MentionKind {
        /** A named person. */
        PERSON,
        /** He, him, his: the person meant. */
        PRONOUN,
        /** I, me, my: the speaker of a transcript's turn. */
        SPEAKER,
        /** "his Turkish counterpart": the person of that country. */
        COUNTERPART,
        /** "SACEUR", "the Russian Defense Minister", "the Secretary": the holder of the title. */
        TITLE_REF,
        /** They, the two ministers: the people of the last meeting, or the last two named. */
        GROUP,
        /** "the EU leaders", "the leaders of Armenia and Azerbaijan": the people of those states. */
        STATES,
        /** "his guest", "her host", "his visitor": the other one of the story's first meeting of two. */
        HOST_OR_GUEST
    }

    /** A mention that can take part in a meeting: a person, or a reference to one. */
    static final class Mention {
        final MentionKind kind;
        final int start;
        final int end;
        Person person;
        TitleInfo title;
        /** A counterpart's countries or alliances (one person each), or a group's states. */
        List<String> scopes = List.of();
        /** A title without country or body ("the Secretary"): the person last named by it. */
        boolean anaphoric;
        /** The person named after a title's comma ("the Deputy Prime Minister, Ayman Safadi"): who the title is. */
        Mention apposed;
        /** "our president": the title of the speaker's country (the publisher's outside a transcript), placed once speakers are known. */
        boolean ours;

        Mention(MentionKind kind, int start, int end) {
            this.kind = kind;
            this.start = start;
            this.end = end;
        }
    }

    /** A country or alliance named in the sentence, for partnerships and memberships. */
    record State(int start, int end, String code, boolean alliance) {
    }

    /** A place named in the sentence. */
    record Place(int start, int end, String name) {
    }

    final int index;
    final int from;
    final int to;
    int analysisFrom;
    final String text;
    final Match[] phraseAt;
    final List<Match> phrases = new ArrayList<>();
    final List<Mention> mentions = new ArrayList<>();
    final List<State> states = new ArrayList<>();
    final List<Place> places = new ArrayList<>();
    List<Dates.Found> dates = List.of();
    /** In a transcript, the speaker whose turn this sentence is; for a speaker's label, {@link #label} is true. */
    Person speaker;
    /** In a quote, the sentence that introduces it ("the Minister said:"), whose speaker says this one; or null. */
    Sentence quoteIntroducer;
    boolean label;
    boolean[] covered;
    private String evidence;
    private String lower;

    Sentence(int index, int from, int to, String text) {
        this.index = index;
        this.from = from;
        this.to = to;
        this.analysisFrom = from;
        this.text = text;
        this.phraseAt = new Match[to - from];
        this.covered = new boolean[to - from];
    }

    Match phraseAt(int token) {
        return token < from || token >= to ? null : phraseAt[token - from];
    }

    /** @return the state (or alliance) named from token {@code k}, or null */
    State stateAt(int k) {
        for (State st : states) {
            if (st.start() == k) {
                return st;
            }
        }
        return null;
    }

    boolean covered(int token) {
        return token >= from && token < to && covered[token - from];
    }

    void cover(int start, int end) {
        for (int i = Math.max(start, from); i < Math.min(end, to); i++) {
            covered[i - from] = true;
        }
    }

    /** Adds a mention and covers its tokens, so that no later reading claims them. */
    void addCovering(Mention m) {
        mentions.add(m);
        cover(m.start, m.end);
    }

    /** The text in lower case, for the quick look that spares a pattern most sentences. */
    String lower() {
        if (lower == null) {
            lower = text.toLowerCase(Locale.ROOT);
        }
        return lower;
    }

    /** The sentence as a fact's evidence: white space made single, at most 5,000 characters. */
    String evidence() {
        if (evidence == null) {
            String e = Words.singleSpaced(text).strip();
            evidence = e.length() > 5000 ? e.substring(0, 5000) : e;
        }
        return evidence;
    }
}
