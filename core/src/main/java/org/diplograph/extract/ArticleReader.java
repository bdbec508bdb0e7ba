package org.diplograph.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.diplograph.extract.PhraseIndex.Match;
import org.diplograph.model.FactSet;
import org.diplograph.model.Source;

/**
 * The extraction of one article: a first pass finds people, titles, places, states and dates in
 * every sentence; a second pass reads meetings, partnerships and memberships, resolving surnames,
 * pronouns, counterparts and titles against the whole article.
 */
final class ArticleReader {

    private final Article article;
    private final PersonMentions personMentions;
    private final SentenceScopes sentenceScopes;
    private final References references;
    private final StatesAndPlaces statesAndPlaces;
    private final MeetingDateAndPlace dateAndPlace;
    private final PersonRegistry registry;
    private final Meetings meetings;
    private final Partnerships partnerships;
    private final Memberships memberships;
    private final Transcripts transcripts;

    private ArticleReader(Article article) {
        this.article = article;
        NameRuns names = new NameRuns(article);
        TitleReader titles = new TitleReader(article, names);
        this.registry = new PersonRegistry(article);
        this.personMentions = new PersonMentions(article, names, titles, registry);
        this.sentenceScopes = new SentenceScopes(article);
        this.references = new References(article, titles);
        this.statesAndPlaces = new StatesAndPlaces(article);
        this.dateAndPlace = new MeetingDateAndPlace(article);
        this.meetings = new Meetings(article, registry, dateAndPlace);
        this.partnerships = new Partnerships(article);
        this.memberships = new Memberships(article);
        this.transcripts = new Transcripts(article, registry);
    }

    /**
     * @param g         the gazetteer
     * @param article   the article text, perhaps with a {@code date YYYY-MM-DD} first line
     * @param sourceId  the source id
     * @param published the publication date, or {@code null} to read it from the first line
     * @return the facts
     */
    static FactSet read(Gazetteer g, String article, String sourceId, LocalDate published) {
        ArticleHeader header = ArticleHeader.read(g, article, published);
        ArticleReader reader = new ArticleReader(new Article(g, header));
        return reader.run(new Source(sourceId, null, null, null, header.published));
    }

    private FactSet run(Source source) {
        new SentenceSplitter(article).split();
        for (Sentence s : article.sentences) {
            firstPass(s);
        }
        rereadHeadline();
        Set<Person> speakers = transcripts.assignSpeakers();
        References.placeOurTitles(article);
        for (Sentence s : article.sentences) {
            secondPass(s);
        }
        if (transcripts.ofSeveralCountries(speakers)) {
            meetings.addJointRemarks(speakers, transcripts.evidence(speakers));
        }
        meetings.consolidate();
        return new FactSetAssembly(article).build(source, registry.holderRoles, meetings.pending, meetings.participants,
                partnerships.found(), memberships.found());
    }

    /**
     * "Sikorski, Lipavsky meet in Prague": a headline names by their family names people whom only the body names in
     * full. A headline line with a name it could not read is read again once the body has named them.
     */
    private void rereadHeadline() {
        List<Sentence> sentences = article.sentences;
        for (int i = 0; i < sentences.size() && article.inHeadline(sentences.get(i)); i++) {
            Sentence first = sentences.get(i);
            if (!unreadName(first)) {
                continue;
            }
            Sentence again = new Sentence(first.index, first.from, first.to, first.text);
            again.label = first.label;
            sentences.set(i, again);
            firstPass(again);
        }
    }

    /** Whether a capitalised word that could be a name is left outside every phrase and mention. */
    private boolean unreadName(Sentence s) {
        for (int k = s.analysisFrom; k < s.to; k++) {
            Token t = article.toks.get(k);
            if (t.capitalised() && t.isWord() && !s.covered(k) && s.phraseAt(k) == null && !article.g.nonNames.contains(t.lower)
                    && !NameRuns.FUNCTION.contains(t.lower)) {
                return true;
            }
        }
        return false;
    }

    /** What a sentence names: gazetteer phrases, people, references to people, states and places, dates. */
    private void firstPass(Sentence s) {
        phrases(s);
        personMentions.read(s);
        references.read(s);
        s.mentions.sort((a, b) -> Integer.compare(a.start, b.start));
        statesAndPlaces.read(s);
        sentenceScopes.placeRespectively(s);
        sentenceScopes.placeTheirs(s);
        sentenceScopes.placeDelegates(s);
        dateAndPlace.read(s);
    }

    /** What a sentence says happened, its people and references resolved against the whole article. */
    private void secondPass(Sentence s) {
        if (s.speaker == null && s.quoteIntroducer != null) {
            s.speaker = meetings.quoteSpeaker(s.quoteIntroducer, transcripts.speechVerb(s.quoteIntroducer));
        }
        dateAndPlace.placeInToldYear(s);
        meetings.read(s);
        partnerships.read(s);
        memberships.read(s);
        dateAndPlace.advanceNarrative(s);
        meetings.rememberSentence(s);
    }

    /** "Foreign Ministers Wang Yi and Sergei Lavrov": a plural title right before a name, or null. */
    private Match pluralTitleBeforeName(Sentence s, int i) {
        Match m = article.g.index.pluralTitle(article.toks, i, s.to);
        if (m == null || m.end() >= s.to) {
            return null;
        }
        Token next = article.toks.get(m.end());
        if (next.is("of") && m.end() + 1 < s.to) {
            // "Deputy Ministers of Foreign Affairs of the Republic of Armenia Vahe Gevorgyan and Mnatsakan Safaryan"
            Token owner = article.toks.get(m.end() + 1).is("the") && m.end() + 2 < s.to ? article.toks.get(m.end() + 2) : article.toks.get(m.end() + 1);
            return owner.capitalised() ? m : null;
        }
        // "the Defence Ministers Meeting": a gathering's name, not people
        return next.capitalised() && next.isWord() && !article.g.nonNames.contains(next.lower) && !next.lower.startsWith("meeting")
                ? m : null;
    }

    /**
     * "who leads the Democratic Alliance", "the Grand Alliance": a one-word alliance name ("Alliance") after a capitalised
     * word of another name is that other body, not the alliance the gazetteer means by it; so is a "the …" alias a
     * capitalised word goes on from ("the Union State").
     */
    private boolean otherAlliance(Sentence s, Match m) {
        if (m.has(PhraseIndex.Kind.ALLIANCE) && article.toks.get(m.start()).is("the") && m.end() < s.to
                && article.toks.get(m.end()).capitalised() && article.toks.get(m.end()).isWord() && s.phraseAt(m.end()) == null
                && !article.toks.get(m.end() - 1).allCaps()) {
            // "members of the Union State": "the Union" begins another body's name
            return true;
        }
        if (m.end() - m.start() != 1 || !m.has(PhraseIndex.Kind.ALLIANCE) || m.start() - 1 < s.analysisFrom) {
            return false;
        }
        Token before = article.toks.get(m.start() - 1);
        var alliance = article.g.alliances.get(m.ref(PhraseIndex.Kind.ALLIANCE).key());
        // ("the Atlantic Alliance": a word of the alliance's own name)
        boolean ownWord = alliance != null && alliance.name() != null && alliance.name().contains(before.text);
        // (an acronym, "NATO", is the alliance whatever stands before it; so is a name after a sentence's first word, "Of")
        return !article.toks.get(m.start()).allCaps() && m.start() - 1 > s.analysisFrom && before.isWord() && before.capitalised()
                && !NameRuns.FUNCTION.contains(before.lower) && !ownWord && s.phraseAt(m.start() - 1) == null;
    }

    /**
     * "Defense Minister Gen Nakatani": "Gen" without its dot is a rank only before a name of two words or more ("Gen
     * Sergei Shoigu"); before one word it is a given name.
     */
    private boolean givenNameNotRank(Sentence s, Match m) {
        List<Token> toks = article.toks;
        if (m.end() - m.start() != 1 || !m.has(PhraseIndex.Kind.RANK) || !toks.get(m.start()).text.equals("Gen")) {
            return false;
        }
        int k = m.end();
        while (k < s.to && toks.get(k).capitalised() && toks.get(k).isWord()) {
            k++;
        }
        return k - m.end() < 2 && !(k - m.end() == 1 && (givenNameBefore(m.start(), toks.get(m.end()).text)
                || familyNameBefore(m.start(), toks.get(m.end()).text)));
    }

    /**
     * Whether a word closed a full name earlier in the article ("Gen Michael Erik Kurilla"), so that "Gen Kurilla" after it
     * is his rank and family name, as Pakistani and British papers write it.
     */
    private boolean familyNameBefore(int before, String word) {
        List<Token> toks = article.toks;
        for (int j = 1; j < before; j++) {
            boolean closes = j + 1 >= toks.size() || !(toks.get(j + 1).capitalised() && toks.get(j + 1).isWord());
            if (toks.get(j).text.equals(word) && closes && toks.get(j - 1).capitalised() && toks.get(j - 1).isWord()
                    && toks.get(j).spaceBefore && !toks.get(j - 1).text.equals("Gen")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word opened a full name earlier in the article ("Prayut Chan-o-cha"), so that "Gen Prayut" after it is
     * his rank and given name, as Thai usage has it.
     */
    private boolean givenNameBefore(int before, String word) {
        List<Token> toks = article.toks;
        for (int j = 0; j + 1 < before; j++) {
            if (toks.get(j).text.equals(word) && toks.get(j + 1).capitalised() && toks.get(j + 1).isWord()
                    && toks.get(j + 1).spaceBefore && !(j > 0 && toks.get(j - 1).text.equals("Gen"))) {
                return true;
            }
        }
        return false;
    }

    /** Words before "America" that make it a region, no country: "the North America Department", "Latin America". */
    private static final Set<String> REGION_WORDS = Words.set("north", "south", "latin", "central");

    /** Whether a country's alias is a region's last word: "America" in "Latin America" (not "the United States of America"). */
    private boolean regionNotCountry(Sentence s, Match m) {
        List<Token> toks = article.toks;
        return m.end() - m.start() == 1 && toks.get(m.start()).text.equals("America") && m.start() - 1 >= s.from
                && toks.get(m.start() - 1).capitalised() && REGION_WORDS.contains(toks.get(m.start() - 1).lower);
    }

    /** Marks the gazetteer phrases of a sentence, longest first from left to right. */
    private void phrases(Sentence s) {
        List<Token> toks = article.toks;
        for (int i = s.analysisFrom; i < s.to; ) {
            Match m = article.g.index.match(toks, i, s.to);
            if (m == null) {
                m = pluralTitleBeforeName(s, i);
            }
            if (m != null && (otherAlliance(s, m) || givenNameNotRank(s, m) || regionNotCountry(s, m))) {
                m = null;
            }
            if (m != null) {
                s.phrases.add(m);
                for (int k = m.start(); k < m.end(); k++) {
                    s.phraseAt[k - s.from] = m;
                }
                i = m.end();
            } else {
                i++;
            }
        }
    }
}
