package org.diplograph.extract;

import static org.diplograph.extract.NameRuns.FUNCTION;
import static org.diplograph.extract.StatesAndPlaces.stateRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplograph.extract.PhraseIndex.Kind;
import org.diplograph.extract.PhraseIndex.Match;
import org.diplograph.extract.PhraseIndex.Ref;
import org.diplograph.extract.Sentence.Mention;
import org.diplograph.extract.Sentence.MentionKind;

/**
 * Finds the people a sentence names: a run of name words with the rank and titles before it, a title
 * in apposition or "of Turkey" after it; gives the person the roles, rank and scope they state.
 */
final class PersonMentions {

    /** Letters after a name: "The Hon Anthony Albanese MP", "Sir Tim Barrow GCMG". */
    private static final Set<String> POST_NOMINALS = Words.set("MP", "MEP", "MLA", "QC", "KC", "PC", "AC", "AO", "OBE", "CBE", "MBE",
            "KBE", "DBE", "CMG", "KCMG", "GCMG", "KCVO", "GCVO");
    /** The gazetteer's title of monarchs and their heirs (King, Emir, Crown Prince …), who are named by one given name. */
    private static final String MONARCH = "Monarch";

    /** "of NATO Ally Turkey", "of EU member Malta": the word between a bloc and one of its states. */
    private static final Set<String> BLOC_WORDS = Words.set("ally", "member", "partner", "state");
    /** "Kim's father, Kim Jong Il". */
    private static final Set<String> KIN = Words.set("father", "mother", "son", "daughter", "brother", "sister", "grandfather", "uncle");
    /** What the text calls a private person right before his name. */
    private static final Set<String> PRIVATE_PEOPLE = Words.set("citizen", "citizens", "national", "journalist", "writer", "activist",
            "dissident", "businessman", "businesswoman", "academic", "blogger", "detainee", "prisoner", "researcher", "billionaire",
            "entrepreneur", "tycoon", "investor", "singer", "actor", "actress", "footballer", "artist", "novelist");
    /** Whom a spouse is called: "her husband, Douglas Emhoff". */
    private static final Set<String> SPOUSES = Words.set("husband", "wife", "spouse");
    /** Two names in a row: "A and B", "A, B". */
    static final Pattern COORDINATED = Pattern.compile("\\s*(,|and|, and)\\s*");

    /** Ranks of a British peer, who is of the United Kingdom unless the text says otherwise: "Lord Ahmad of Wimbledon". */
    private static final Set<String> PEERAGES = Words.set("lord", "baroness", "lady", "the earl of", "earl of", "the countess of",
            "countess of", "the marquess of", "marquess of", "viscount");
    /** Verbs of saying after a name: ", Erdogan said" opens a clause. */
    private static final Set<String> SAYING = Words.set("said", "says", "told", "added", "stressed", "noted", "warned");

    private final Article article;
    private final Gazetteer g;
    private final String text;
    private final List<Token> toks;
    private final NameRuns names;
    private final TitleReader titleReader;
    private final PersonRegistry registry;
    /** The titles of the last person named after a plural title ("Foreign Ministers A"), for the names listed after him. */
    private List<TitleInfo> pluralTitles;
    private int pluralEnd = -1;
    private int pluralSentence = -1;
    /** The list of counterparts in apposition being read ("his counterparts, Iran's A, Kazakhstan's B"): its sentence, end, whose. */
    private int counterpartListSentence = -1;
    private int counterpartListEnd = -1;
    private Person counterpartListReferent;
    /** The countries of a counterpart title still to give, in order, to the people named after the first. */
    private List<String> pendingScopes;
    private TitleInfo pendingTitle;
    private Person pendingReferent;

    PersonMentions(Article article, NameRuns names, TitleReader titleReader, PersonRegistry registry) {
        this.article = article;
        this.g = article.g;
        this.text = article.text;
        this.toks = article.toks;
        this.names = names;
        this.titleReader = titleReader;
        this.registry = registry;
    }

    /** Adds a PERSON mention for each person named in the sentence and covers its tokens. */
    void read(Sentence s) {
        int lastPersonEnd = s.analysisFrom;
        for (int i = s.analysisFrom; i < s.to; ) {
            if (names.nameLike(s, i)) {
                int end = names.nameRunEnd(s, i);
                Mention mention = person(s, names.particlesBefore(s, i), end, lastPersonEnd);
                if (mention != null) {
                    s.addCovering(mention);
                    lastPersonEnd = mention.end;
                    i = mention.end;
                    continue;
                }
                i = end;
            } else {
                i++;
            }
        }
    }

    /** How many countries the titles name. */
    private int countriesOf(List<TitleInfo> titles) {
        Set<String> countries = new java.util.HashSet<>(2);
        for (TitleInfo t : titles) {
            if (t.scope != null && g.isCountry(t.scope)) {
                countries.add(t.scope);
            }
        }
        return countries.size();
    }

    /** The country of "on the Russian side" opening the clause (up to a semicolon) a name is listed in, or null. */
    private String sideOf(Sentence s, int start) {
        for (int k = start - 1; k - 3 >= s.analysisFrom; k--) {
            if (toks.get(k).is(";")) {
                return null;
            }
            if (toks.get(k).is("side")) {
                if (toks.get(k + 1).is("of")) {
                    // "at Psarades, on the Greek side of the lake": a place's side, not a delegation's
                    return null;
                }
                Match m = s.phraseAt(k - 1);
                Ref state = m == null ? null : stateRef(m);
                boolean onThe = m != null && m.start() - 2 >= s.analysisFrom && toks.get(m.start() - 1).is("the") && toks.get(m.start() - 2).is("on");
                return state != null && onThe && g.isCountry(state.key()) ? state.key() : null;
            }
        }
        return null;
    }

    /** Who a gathering named after its members gathers: "Leaders' Meeting" (not "Secretary Gates' Meetings"). */
    private static final Set<String> MEMBERS = Words.set("leaders", "ministers", "chiefs", "heads", "presidents", "secretaries",
            "governors", "commanders", "generals", "parliamentarians", "mayors", "envoys");
    /** Nouns of a gathering named after its members: "Leaders' Meeting", "Ministers' Dialogue". */
    private static final Set<String> GATHERINGS = Words.set("meeting", "meetings", "summit", "dialogue", "forum", "conference", "retreat",
            "talks", "consultations");

    /** Verbs that make "A and B" each other's counterparts: "Cavusoglu and Botchwey last held talks in Istanbul". */
    private static final Set<String> MET_EACH_OTHER = Words.set("met", "meet", "meets", "held", "hold", "holds", "talked", "spoke");
    /** Words that may stand between such a pair and its verb: "last met", "had first met". */
    private static final Set<String> BEFORE_VERB = Words.set("last", "first", "also", "then", "previously", "have", "had", "has", "later");

    /** Whether the pair ending at {@code end} is the subject of a verb of meeting: a pair of counterparts, not compatriots. */
    private boolean metEachOther(Sentence s, int end) {
        int k = end;
        while (k < s.to && BEFORE_VERB.contains(toks.get(k).lower)) {
            k++;
        }
        return k < s.to && MET_EACH_OTHER.contains(toks.get(k).lower);
    }

    /**
     * "Latvia was represented by its Minister for Foreign Affairs, Baiba Braže": "its" is the country named before in the
     * sentence; "Sharif held talks, with his foreign affairs adviser Sartaj Aziz taking part": "his" is the one person named
     * before it, whose official he is. Only where nothing else places him.
     */
    private void possessiveOwner(Sentence s, Person p, int at) {
        if (p.scope != null || p.known != null) {
            return;
        }
        Token possessive = toks.get(at);
        if (possessive.is("whose") && at - 2 >= s.analysisFrom && toks.get(at - 1).is(",")) {
            // "Comoros, whose president, Azali Assoumani, chairs the African Union": the country before "whose"
            Match m = s.phraseAt(at - 2);
            Ref state = m == null || m.end() != at - 1 ? null : stateRef(m);
            if (state != null && g.isCountry(state.key()) && p.fallbackScope == null) {
                p.fallbackScope = state.key();
            }
            return;
        }
        if (possessive.is("its")) {
            // the country last named in its clause ("work with New Zealand under its new Prime Minister"), else the sentence's
            // first, its subject ("Uzbekistan … calls its ties with Kyrgyzstan a strategic partnership, and in Khujand its
            // Foreign Minister …"); the sentence's states are read after its people: the phrases tell
            String owner = null;
            String first = null;
            for (int k = s.analysisFrom; k < at; k++) {
                if (toks.get(k).is(";") || toks.get(k).is("and") && k - 1 >= s.analysisFrom && toks.get(k - 1).is(",")) {
                    // a new clause: its own country, if it names one
                    owner = null;
                }
                Match m = s.phraseAt(k);
                Ref state = m == null || m.has(Kind.CAPITAL) && !m.has(Kind.COUNTRY) ? null : stateRef(m);
                if (state != null && g.isCountry(state.key())) {
                    owner = state.key();
                    first = first == null ? owner : first;
                    k = m.end() - 1;
                }
            }
            owner = owner != null ? owner : first;
            if (owner != null && p.fallbackScope == null) {
                p.fallbackScope = owner;
            }
        } else if ((possessive.is("his") || possessive.is("her")) && p.principal == null) {
            // only when one person is named before it in the sentence: "called on Sharif and held talks with his adviser
            // Sartaj Aziz" has his two candidates
            Person only = null;
            for (Mention m : s.mentions) {
                if (m.kind == MentionKind.PERSON && m.person != p && m.end <= at) {
                    if (only != null && only != m.person) {
                        return;
                    }
                    only = m.person;
                }
            }
            p.principal = only;
        }
    }

    /** Whether ", the <title> and the <title>" follows {@code end}: two posts listed, not one in apposition. */
    private boolean titlesListedAfter(Sentence s, int end) {
        int k = end + 1;
        if (k + 1 >= s.to || !toks.get(end).is(",") || !toks.get(k).is("the")) {
            return false;
        }
        Match first = s.phraseAt(k + 1);
        int j = first != null && first.has(Kind.TITLE) ? first.end() : -1;
        if (j < 0 || j + 2 >= s.to || !toks.get(j).is("and") || !toks.get(j + 1).is("the")) {
            return false;
        }
        Match second = s.phraseAt(j + 2);
        return second != null && second.has(Kind.TITLE) || toks.get(j + 2).capitalised() && g.titleWords.contains(toks.get(j + 2).lower);
    }

    /**
     * The token before up to {@code reach} lower-case words that end right before {@code spanStart} ("Lula's finance
     * minister", "his foreign affairs adviser"): where a possessor would stand; a function word or "whose" ends the words.
     */
    private int beforeLowerCaseWords(Sentence s, int spanStart, int reach) {
        int k = spanStart - 1;
        while (k > s.analysisFrom && k >= spanStart - reach && toks.get(k).isWord() && !toks.get(k).capitalised()
                && !NameRuns.FUNCTION.contains(toks.get(k).lower) && !toks.get(k).is("whose")) {
            k--;
        }
        return k;
    }

    /** "al-Sharaa", "el-Sisi": a family name behind a particle written in lower case is a name word all the same. */
    static boolean particleJoined(String word) {
        int hyphen = word.indexOf('-');
        return hyphen > 0 && hyphen + 1 < word.length() && Character.isUpperCase(word.charAt(hyphen + 1))
                && NameRuns.PARTICLES.contains(word.substring(0, hyphen));
    }

    /**
     * The person a run of name words names, with the rank and titles before it (read back no further
     * than {@code limit}) and a title after it; null if the run names no one.
     */
    private Mention person(Sentence s, int start, int end, int limit) {
        List<String> words = names.nameWords(start, end);
        int real = 0;
        for (String w : words) {
            if (w.length() >= 2 && !(w.length() == 2 && w.endsWith(".")) && (Character.isUpperCase(w.charAt(0)) || particleJoined(w))) {
                real++;
            }
        }
        if (real == 0 || real == 1 && words.size() == 1 && start - 1 >= s.analysisFrom && FORCE_NAMES.contains(toks.get(start - 1).lower)
                && toks.get(start - 1).capitalised()) {
            // "the commander of U.S. Forces Korea": a command's name, not a person
            return null;
        }
        if (VESSELS.contains(toks.get(start).text)) {
            // "the patrol ship HMS Spey", "aboard USS Ronald Reagan": a ship's name
            return null;
        }
        if (end < s.to && FACILITIES.contains(toks.get(end).lower)
                && (toks.get(end).capitalised() || PLACE_NOUNS.contains(toks.get(end).lower))) {
            // "King Khalid International Airport", "Prince Sultan Air Base": a place named after someone (and "went to La
            // Moneda palace": a place's name before a lower-case word for what it is)
            return null;
        }
        if (BUILDINGS.contains(toks.get(end - 1).lower) && toks.get(end - 1).capitalised() && end - 1 > start) {
            // "a visit to Westminster Abbey": a building's name, its kind last
            return null;
        }
        if (SITES.contains(toks.get(start).lower) && toks.get(start).capitalised() && end - start > 1) {
            // "Naval Air Station Sigonella", "Air Base Ramstein": a site's name, its kind first
            return null;
        }
        if (REGIONS.contains(toks.get(end - 1).lower) && toks.get(end - 1).capitalised() && end - 1 > start) {
            // "in Qingdao, Shandong Province, with", "the Silk Road": a place, not a person
            return null;
        }
        if (end + 1 < s.to && (toks.get(end).text.equals("'") || toks.get(end).text.equals("’"))
                && GATHERINGS.contains(toks.get(end + 1).lower) && MEMBERS.contains(toks.get(end - 1).lower)) {
            // "their Annual Leaders' Meeting", "the Defence Ministers' Dialogue": a gathering's name, not a person's
            return null;
        }
        int chainEnd = start;
        String rank = null;
        Match before = s.phraseAt(start - 1);
        while (before != null && before.end() == chainEnd && before.has(Kind.RANK)) {
            // "Admiral Sir Tony Radakin", "His Excellency Dr. Musaed …": ranks and honorifics in a row
            rank = rank == null ? text.substring(toks.get(before.start()).start, toks.get(before.end() - 1).end) : rank;
            chainEnd = before.start();
            before = s.phraseAt(chainEnd - 1);
        }
        List<TitleInfo> titles = new ArrayList<>();
        int titlesEnd = chainEnd;
        if (rank != null && chainEnd - 2 >= limit && toks.get(chainEnd - 1).is("the") && toks.get(chainEnd - 2).text.equals(",")) {
            // "the Prime Minister of Australia, the Hon. Anthony Albanese MP": the title stands before "the Hon."
            titlesEnd = chainEnd - 1;
        }
        int spanStart = titleReader.chainLeft(s, titlesEnd, limit, titles);
        if (titles.size() > 1 && countriesOf(titles) > 1) {
            // "the President of Mexico and the President of the United States, Joe Biden": two countries' titles are two
            // people's; his is the one next to his name
            TitleInfo his = titles.get(titles.size() - 1);
            titles.clear();
            titles.add(his);
        }
        if (rank == null && titles.stream().anyMatch(t -> t.counterpart) && toks.get(titlesEnd - 1).text.equals(",") && end < s.to
                && SAYING.contains(toks.get(end).lower)) {
            // "Speaking alongside his Greek counterpart, Erdogan said": the next clause's subject, not the counterpart
            titles.clear();
            spanStart = start;
        }
        if (rank == null && !titles.isEmpty() && ofCountrys(s, titlesEnd)) {
            // "chief of the General Staff of China's People's Liberation Army": the possessive owns the next noun, not a name
            return null;
        }
        // "the foreign ministers Iran's Hossein Amirabdollahian and Kazakhstan's Murat Nurtleu": the owner stands between
        String owner = titles.isEmpty() ? countryBefore(s, chainEnd) : null;
        int listed = owner != null ? s.phraseAt(chainEnd - 2).start() : chainEnd;
        boolean sharesPlural = titles.isEmpty() && rank == null && pluralTitles != null && pluralSentence == s.index
                && COORDINATED.matcher(article.between(pluralEnd, listed)).matches();
        if (sharesPlural) {
            // "Foreign Ministers Radoslaw Sikorski and Jan Lipavsky": the second holds the title too
            for (TitleInfo t : pluralTitles) {
                TitleInfo next = t.forNextHolder();
                if (owner != null) {
                    next.scope = owner;
                }
                titles.add(next);
            }
            spanStart = start;
        }
        if (titles.isEmpty() && rank == null) {
            spanStart = start;
        } else if (titles.isEmpty()) {
            spanStart = chainEnd;
        }
        Match honorific = s.phraseAt(spanStart - 1);
        while (!titles.isEmpty() && honorific != null && honorific.end() == spanStart && honorific.has(Kind.RANK)) {
            // "His Royal Highness Crown Prince Mohammed bin Salman"
            spanStart = honorific.start();
            honorific = s.phraseAt(spanStart - 1);
        }
        boolean peer = rank != null && PEERAGES.contains(rank.toLowerCase(java.util.Locale.ROOT));
        if (peer && end + 1 < s.to && toks.get(end).is("of") && toks.get(end + 1).capitalised()
                && stateRef(s.phraseAt(end + 1)) == null) {
            // "Lord Collins of Highbury, Minister for Africa": the peer's territorial designation is his name's
            end += 2;
            while (end < s.to && toks.get(end).capitalised() && toks.get(end).spaceBefore && names.nameLike(s, end)) {
                end++;
            }
        }
        if (end < s.to && POST_NOMINALS.contains(toks.get(end).text)) {
            // "Anthony Albanese MP, Prime Minister": the letters after a name are part of it, not of what follows
            end++;
        }
        int[] appEnd = {end};
        TitleInfo apposed = titleReader.appositive(s, end, appEnd);
        if (apposed == null) {
            apposed = titleReader.headOf(s, end, appEnd);
        }
        int titleEnds = apposed == null ? appEnd[0] : restOfTitle(s, appEnd[0]);
        if (apposed != null && !titles.isEmpty() && titleEnds + 1 < s.to && toks.get(titleEnds).text.equals(",")
                && names.nameLike(s, afterHonorifics(s, titleEnds + 1))) {
            // "the President of the European Council, António Costa, the President of the European Commission, Ursula
            // von der Leyen": in a list of titles and names, the title after a titled name is the next name's
            // ("At the invitation of Prime Minister Modi, the Prime Minister of Malaysia, His Excellency Anwar Ibrahim")
            apposed = null;
            appEnd[0] = end;
        }
        if (apposed != null && !titles.isEmpty() && titlesListedAfter(s, end)) {
            // "to meet the Vice-President, Guy Scott, the Minister of Foreign Affairs and the Minister of Commerce": a titled
            // name in a list of people, the next two posts unnamed
            apposed = null;
            appEnd[0] = end;
        }
        if (apposed != null && !titles.isEmpty() && appEnd[0] + 2 < s.to && toks.get(appEnd[0]).isAny("to", "in")
                && toks.get(appEnd[0] + 1).capitalised()) {
            // "met Foreign Minister Sugiono, US Ambassador to Japan Rahm Emanuel and …": a titled name's list goes on with the
            // next name's title and post
            int k = appEnd[0] + 1;
            while (k < s.to && k - appEnd[0] < 5 && toks.get(k).capitalised() && !names.nameLike(s, k)) {
                k++;
            }
            if (k < s.to && k > appEnd[0] + 1 && names.nameLike(s, afterHonorifics(s, k))) {
                apposed = null;
                appEnd[0] = end;
            }
        }
        String ofScope = null;
        if (end + 1 < s.to && signedFor(s, end)) {
            // "Netanyahu signed for Israel and Foreign Minister Dr. Abdullatif Al Zayani for Bahrain": the state he signed for
            Match m = s.phraseAt(end + 1);
            if (m != null && m.start() == end + 1 && m.has(Kind.COUNTRY)) {
                ofScope = m.ref(Kind.COUNTRY).key();
                appEnd[0] = Math.max(appEnd[0], m.end());
            }
        }
        if (end + 1 < s.to && (toks.get(end).is("of") || toks.get(end).is("from"))) {
            // "General Tom Vance of the United States"
            int at = toks.get(end + 1).is("the") && end + 2 < s.to ? end + 2 : end + 1;
            Match m = s.phraseAt(at);
            if ((m == null || m.start() != at) && at == end + 2) {
                // "King Willem-Alexander of the Netherlands": a country whose name holds its "the"
                at = end + 1;
                m = s.phraseAt(at);
            }
            // ("tells Cameron of Argentina's discomfort": the country owns what follows, it does not place him)
            boolean owns = m != null && m.end() < s.to && (toks.get(m.end()).is("'s") || toks.get(m.end()).is("’s"));
            if (m != null && m.start() == at && m.has(Kind.ALLIANCE) && !m.has(Kind.COUNTRY) && m.end() + 1 < s.to
                    && BLOC_WORDS.contains(toks.get(m.end()).lower)) {
                // "General Hulusi Akar of NATO Ally Turkey": the country the bloc's word names
                Match country = s.phraseAt(m.end() + 1);
                m = country != null && country.start() == m.end() + 1 && country.has(Kind.COUNTRY) ? country : m;
            }
            if (m != null && m.start() == at && (m.has(Kind.COUNTRY) || m.has(Kind.ALLIANCE)) && !owns) {
                ofScope = (m.has(Kind.COUNTRY) ? m.ref(Kind.COUNTRY) : m.ref(Kind.ALLIANCE)).key();
                appEnd[0] = Math.max(appEnd[0], m.end());
            } else if (m != null && m.start() == at && m.has(Kind.DEMONYM) && !owns && m.end() < s.to
                    && (SERVICES.contains(toks.get(m.end()).lower) || toks.get(m.end()).is("air")) && toks.get(m.end()).capitalised()) {
                // "Major General Odd Pedersen of the Norwegian Army": the service's country
                ofScope = m.ref(Kind.DEMONYM).key();
                appEnd[0] = Math.max(appEnd[0], m.end() + 1);
            } else if (m != null && m.start() == at && m.has(Kind.BODY) && !owns && !titles.isEmpty()
                    && m.ref(Kind.BODY).key().indexOf('/') > 0) {
                // "Deputy Assistant Secretary Eric Jacobstein of the Bureau of Western Hemisphere Affairs": the body's country
                String body = m.ref(Kind.BODY).key();
                ofScope = body.substring(0, body.indexOf('/'));
                appEnd[0] = Math.max(appEnd[0], m.end());
            }
        }
        // "Australian citizen Dr Yang Hengjun": an honorific does not make a private person an official
        // "First Lady Jill Biden": a spouse holds no office, whatever the words before are read as
        // (and "Second Gentleman Douglas Emhoff", a vice president's spouse)
        boolean spouse = start - 2 >= s.analysisFrom && (toks.get(start - 2).is("first") || toks.get(start - 2).is("second"))
                && (toks.get(start - 1).is("lady") || toks.get(start - 1).is("gentleman"));
        // ("accompanied by her husband, Douglas Emhoff", "by his wife Peng Liyuan": a spouse named after the word)
        int spouseWord = chainEnd - 1 >= s.analysisFrom && toks.get(chainEnd - 1).is(",") ? chainEnd - 2 : chainEnd - 1;
        spouse |= titles.isEmpty() && spouseWord - 1 >= s.analysisFrom && SPOUSES.contains(toks.get(spouseWord).lower)
                && toks.get(spouseWord - 1).isAny("his", "her");
        // ("King Felipe VI and Queen Letizia", "Emperor Naruhito and Empress Masako": the monarch's consort)
        spouse |= consortAfterMonarch(s, start);
        boolean privatePerson = spouse || titles.isEmpty() && apposed == null && chainEnd - 1 >= s.analysisFrom
                && PRIVATE_PEOPLE.contains(toks.get(chainEnd - 1).lower);
        boolean titled = !privatePerson && (rank != null || !titles.isEmpty() || apposed != null);
        boolean familyFirst = names.familyFirst(start);
        Person known = titled ? null : registry.lookup(words, familyFirst, false);
        // "to look into Joe Biden's son": a full name the gazetteer knows is no place after a preposition
        boolean knownFullName = real >= 2 && registry.knownName(words, familyFirst) && !badContextAfter(s, end)
                && !(start - 1 >= s.analysisFrom && (toks.get(start - 1).isAny("the", "a", "an") || hyphenBefore(s, start)));
        if (!titled && known == null && !knownFullName && !(registry.knownName(words, familyFirst) && !badContext(s, start, end))) {
            if (real < 2 || badContext(s, start, end)) {
                return null;
            }
        }
        // "received Mozambique's Filipe Nyusi and Cape Verde's Jose Maria Neves": a full name a country owns is its official
        if (!titles.isEmpty() || apposed != null || known != null || registry.knownName(words, familyFirst) || real < 2
                || !words.stream().allMatch(w -> w.matches("[\\p{L}.'’-]+")) || owner != null && !ownedPersonContext(s, listed)) {
            owner = null;
        }
        Person p = registry.resolve(words, familyFirst, titled || owner != null);
        if (p == null) {
            return null;
        }
        if (rank != null && words.size() == 1 && PersonRegistry.military(rank) && !PersonRegistry.military(p.rank)) {
            // "General Sharif" after "Prime Minister Nawaz Sharif" and "General Raheel Sharif": the namesake of a rank
            p = registry.rankedNamesake(p);
        }
        if (p.known == null && p.fixedId == null && "pope".equalsIgnoreCase(rank) && words.size() == 1) {
            // "Pope Francis": a pope is named by his one name, which the office holders' table knows with the title
            p.known = PeopleCountries.builtIn().findPope(words.get(0));
        }
        if (p.known != null && p.given == null && p.roles.isEmpty() && titles.stream().anyMatch(t -> monarch(t.key))
                && p.known.roles.stream().anyMatch(r -> r.title() != null)
                && p.known.roles.stream().noneMatch(r -> monarch(org.diplograph.names.NameKeys.fold(r.title())))) {
            // "Crown Prince Hussein" is no namesake minister ("Fuad Hussein"): a monarch's one name finds only a monarch
            p.known = null;
        }
        if (owner != null && p.scope == null && p.known != null && p.fixedId == null
                && !p.known.servedIn(owner)) {
            // "Jordan's Ali Hassan": the country the text gives him, not a namesake's the tables know
            p.known = null;
        }
        if (owner != null && p.scope == null && p.known == null) {
            p.scope = owner;
        }
        // ("Danish Gen. Knud Bartels, the chairman of the NATO Military Committee": an alliance's officer is the alliance's)
        boolean allianceOfficer = apposed != null && apposed.fixedBody != null && g.isAlliance(apposed.fixedBody.split("/")[0]);
        int possessive = beforeLowerCaseWords(s, spanStart, 2);
        if (!titles.isEmpty() && possessive - 1 >= s.analysisFrom && toks.get(possessive).is("'s")) {
            // "Lula's finance minister, Fernando Haddad": the official of the man named before, and so of his country
            for (Mention m : s.mentions) {
                if (m.kind == MentionKind.PERSON && m.end == possessive && m.person != p) {
                    p.principal = m.person;
                }
            }
        }
        // "his foreign affairs adviser Sartaj Aziz": the lower-case words of the title before it
        int possessor = beforeLowerCaseWords(s, spanStart, 3);
        // (not "His Majesty King Abdullah II": an honorific, not a possessive)
        if (!titles.isEmpty() && titles.stream().noneMatch(t -> t.counterpart) && possessor >= s.analysisFrom
                && !toks.get(possessor).capitalised()) {
            possessiveOwner(s, p, possessor);
        }
        String ranked = rank != null && titles.isEmpty() && p.scope == null && p.known == null && !allianceOfficer
                ? demonymBeforeRank(s, chainEnd) : null;
        if (ranked != null) {
            // "South Korean Army Gen. Lee Sun-jin": the adjective before the rank (and service) is his country
            p.scope = ranked;
        } else if (rank != null && titles.isEmpty() && p.scope == null && p.known == null && p.fallbackScope == null
                && "USA".equals(article.header.publisherScope) && usServiceBeforeRank(s, chainEnd)) {
            // "Army Gen. Stephen J. Townsend", "Marine Corps Gen. Joseph F. Dunford Jr.", in an American release: the
            // service named the American way, with no country before it, is the publisher's
            p.fallbackScope = article.header.publisherScope;
        }
        String side = p.scope == null && p.known == null && p.fallbackScope == null ? sideOf(s, spanStart) : null;
        if (side != null) {
            // "Taking part on the Russian side were Foreign Minister Sergei Lavrov, … Deputy Prime Minister Alexei Overchuk"
            p.fallbackScope = side;
        }
        boolean firstListed = owner != null && counterpartsBefore(s, listed);
        if (firstListed || owner != null && counterpartListSentence == s.index
                && COORDINATED.matcher(article.between(counterpartListEnd, listed)).matches()) {
            // "held separate meetings with his counterparts from the grouping, Iran's A, Kazakhstan's B and Belarus's C"
            if (firstListed) {
                counterpartListReferent = referent(s, p);
            }
            counterpartRole(p, TitleInfo.named(g.countryBodies, "counterpart", p.scope), s, counterpartListReferent);
            counterpartListSentence = s.index;
            counterpartListEnd = appEnd[0];
        }
        p.lastSeen = s.index * 1000 + start;
        p.seen(p.lastSeen);
        p.privatePerson |= privatePerson;
        if (rank != null && p.rank == null) {
            p.rank = normaliseRank(rank);
        }
        // "Chairperson of the African Union, President of Senegal Macky Sall" serves Senegal
        String chainScope = null;
        for (TitleInfo t : titles) {
            if (t.scope != null && (chainScope == null || g.isAlliance(chainScope) && g.isCountry(t.scope))) {
                chainScope = t.scope;
            }
        }
        KnownPeople.Role knownRole = p.known == null ? null : p.known.roleOn(article.published);
        for (TitleInfo t : titles) {
            if (knownRole != null && knownRole.scope() != null && knownRole.scope().equals(t.scope)) {
                // "the President of Mexico and the President of the United States, Joe Biden": of the titles before a name
                // the gazetteer knows, the one of his country
                chainScope = t.scope;
            }
        }
        if (chainScope == null) {
            chainScope = ofScope;
        }
        if (p.scope == null && chainScope != null && titles.stream().anyMatch(t -> !t.counterpart)) {
            p.scope = chainScope;
        }
        for (TitleInfo t : titles) {
            if (t.scope == null) {
                t.scope = chainScope;
            }
            addRole(p, t, s, "role:title-before-name", 0.85);
        }
        if (apposed != null) {
            if (apposed.scope == null) {
                apposed.scope = chainScope != null ? chainScope : ofScope;
            }
            // "Secretary General Mark Rutte, the former Dutch prime minister": a role once held, not his country now
            int after = end + 1 < s.to && (toks.get(end + 1).is("the") || toks.get(end + 1).is("a")) ? end + 2 : end + 1;
            boolean former = after < s.to && (toks.get(after).is("former") || toks.get(after).is("formerly"));
            String scopeBefore = p.scope;
            addRole(p, apposed, s, "role:appositive", 0.8);
            if (former) {
                p.scope = scopeBefore;
            }
        }
        if (p.scope == null && ofScope != null) {
            p.scope = ofScope;
        }
        String nationality = nationalityAfter(s, end);
        if (nationality != null && (p.scope == null || g.isAlliance(p.scope)) && p.known == null) {
            // "General Everard, a British Army officer," (the deputy commander of an alliance's command is his country's)
            p.scope = nationality;
        }
        if (p.scope == null && p.known == null) {
            // (not for a person the gazetteer knows: "… hosted by President Donald Trump, he will be continuing a conversation
            // that, on the Kazakh side, two presidencies kept up")
            p.scope = sideNamedAfter(s, appEnd[0]);
        }
        if (p.scope == null && peer && titled) {
            p.scope = "GBR";
        }
        if (titles.isEmpty() && apposed == null) {
            predecessorRole(p, s, spanStart);
        }
        Mention mention = new Mention(MentionKind.PERSON, spanStart, appEnd[0]);
        mention.person = p;
        boolean plural = titles.stream().anyMatch(t -> t.plural);
        pluralTitles = plural ? titles : null;
        pluralEnd = mention.end;
        pluralSentence = s.index;
        for (TitleInfo t : titles) {
            if (t.counterpart && t.scopes.size() > 1) {
                pendingScopes = new ArrayList<>(t.scopes.subList(1, t.scopes.size()));
                pendingTitle = t;
            }
        }
        if (titles.isEmpty() && pendingScopes != null && !pendingScopes.isEmpty() && !s.mentions.isEmpty()
                && s.mentions.get(s.mentions.size() - 1).kind == MentionKind.PERSON
                && COORDINATED.matcher(article.between(s.mentions.get(s.mentions.size() - 1).end, spanStart)).matches()) {
            // the second of "his Japanese and Australian counterparts, Nobuo Kishi and Richard Marles"
            String scope = pendingScopes.remove(0);
            if (p.scope == null) {
                p.scope = scope;
            }
            counterpartRole(p, pendingTitle, s, pendingReferent);
        }
        if (p.scope == null && p.fallbackScope == null && !s.mentions.isEmpty()) {
            Mention prev = s.mentions.get(s.mentions.size() - 1);
            if (prev.kind == MentionKind.PERSON && prev.person.scope != null
                    && COORDINATED.matcher(article.between(prev.end, spanStart)).matches() && !metEachOther(s, mention.end)) {
                p.fallbackScope = prev.person.scope;
            }
        }
        return mention;
    }

    /** Words that open a clause of their own after a comma: ", he will be …". */
    private static final Set<String> SUBJECT_PRONOUNS = Words.set("he", "she", "they", "it", "we");

    /**
     * "Finance Minister Fernando Haddad and Foreign Minister Mauro Vieira took part in the talks on the Brazilian side": the
     * state of the side named later in the sentence, with no other person between; or null.
     */
    private String sideNamedAfter(Sentence s, int from) {
        for (int k = from; k + 3 < s.to; k++) {
            if (toks.get(k).is(";") || toks.get(k).is(",") && SUBJECT_PRONOUNS.contains(toks.get(k + 1).lower)) {
                // a new clause with a subject of its own
                return null;
            }
            if ((toks.get(k).is("on") || toks.get(k).is("from")) && toks.get(k + 1).is("the")) {
                Match m = s.phraseAt(k + 2);
                String state = m == null ? null : stateRef(m) == null ? null : stateRef(m).key();
                if (state != null && m.end() < s.to && toks.get(m.end()).is("side")) {
                    return state;
                }
            }
        }
        return null;
    }

    private static String normaliseRank(String rank) {
        return switch (rank.replace(" ", "").toLowerCase(java.util.Locale.ROOT)) {
            case "gen." -> "General";
            case "lt.gen.", "ltgen" -> "Lieutenant General";
            case "maj.gen.", "majgen" -> "Major General";
            case "brig.gen.", "briggen" -> "Brigadier General";
            case "col.gen.", "colgen" -> "Colonel General";
            case "col." -> "Colonel";
            case "lt.col." -> "Lieutenant Colonel";
            case "adm." -> "Admiral";
            case "viceadm." -> "Vice Admiral";
            case "rearadm." -> "Rear Admiral";
            case "capt." -> "Captain";
            default -> rank.endsWith(".") && rank.length() <= 4 ? null : rank;
        };
    }

    private void addRole(Person p, TitleInfo t, Sentence s, String rule, double confidence) {
        if (t.counterpart) {
            if (p.scope == null) {
                p.scope = t.scope;
            }
            pendingReferent = referent(s, p);
            counterpartRole(p, t, s, pendingReferent);
            return;
        }
        boolean bodyAbroad = t.fixedBody != null && t.fixedBody.contains("/");
        if (p.scope == null && !(bodyAbroad && p.known != null)) {
            // SACEUR serves at NATO's SHAPE, but a known American stays American
            p.scope = bodyAbroad ? t.holderScope(g) : t.scope != null ? t.scope : t.fixedBody;
        }
        for (Person.Role r : p.roles) {
            if (r.title().text.equalsIgnoreCase(t.text)) {
                return;
            }
        }
        p.roles.add(new Person.Role(t, s.evidence(), rule, confidence));
    }

    /**
     * "his Cypriot colleague Nikos Christodoulides" of a foreign minister serves Cyprus's ministry of foreign
     * affairs: the counterpart holds in his own country the body of the person the sentence named before him.
     */
    private void counterpartRole(Person p, TitleInfo t, Sentence s, Person referent) {
        if (referent == null || p.scope == null || p.scope.equals(referent.scope)) {
            return;
        }
        String slug = null;
        for (Person.Role r : referent.roles) {
            if (r.title().bodySlug != null && slug == null) {
                slug = r.title().bodySlug;
            }
        }
        if (slug == null && referent.known != null) {
            KnownPeople.Role known = referent.known.roleOn(article.published);
            slug = known != null ? known.bodySlug() : null;
        }
        if (slug != null) {
            TitleInfo own = new TitleInfo(g.countryBodies);
            own.text = t.text;
            own.bodySlug = slug;
            own.bodyName = g.bodyPatterns.containsKey(slug) ? g.bodyPatterns.get(slug).name() : null;
            own.scope = p.scope;
            p.roles.add(new Person.Role(own, s.evidence(), "role:counterpart", 0.7));
        }
    }

    /**
     * "Fidan's predecessor, Mevlüt Çavuşoğlu", "Dong's successor Li": the person held the post of the one named just
     * before, in that one's country and body, though no longer (or not yet) on the publication day.
     */
    private void predecessorRole(Person p, Sentence s, int start) {
        int k = start - 1;
        if (k >= s.analysisFrom && toks.get(k).text.equals(",")) {
            k--;
        }
        boolean kin = k >= s.analysisFrom && KIN.contains(toks.get(k).lower);
        if (k - 1 < s.analysisFrom || !(kin || toks.get(k).is("predecessor") || toks.get(k).is("successor"))
                || !toks.get(k - 1).is("'s") || s.mentions.isEmpty()) {
            return;
        }
        Mention prev = s.mentions.get(s.mentions.size() - 1);
        if (prev.kind != MentionKind.PERSON || prev.end != k - 1 || prev.person == p) {
            return;
        }
        Person holder = prev.person;
        if (kin) {
            // "Kim's father, Kim Jong Il": a relative serves the same country, in a post the text does not say
            if (p.scope == null && p.fallbackScope == null) {
                p.fallbackScope = holder.scope != null ? holder.scope : holder.scopeOn(article.published);
            }
            return;
        }
        if (p.scope == null) {
            p.scope = holder.scope;
        }
        // his post on the day rather than one he once held ("Dong, a former navy commander")
        KnownPeople.Role known = holder.known != null ? holder.known.roleOn(article.published) : null;
        if (known != null && (known.body() != null || known.bodySlug() != null)) {
            TitleInfo t = new TitleInfo(g.countryBodies);
            t.text = known.title();
            t.fixedBody = known.body();
            t.bodySlug = known.bodySlug();
            t.scope = known.scope();
            if (p.scope == null) {
                p.scope = known.scope();
            }
            p.roles.add(new Person.Role(t, s.evidence(), "role:predecessor", 0.7));
            return;
        }
        for (Person.Role r : holder.roles) {
            if (r.title().bodySlug != null || r.title().fixedBody != null) {
                p.roles.add(new Person.Role(r.title(), s.evidence(), "role:predecessor", 0.7));
                return;
            }
        }
    }

    /** Whose counterpart: the last person named before in the sentence. */
    private static Person referent(Sentence s, Person p) {
        Person referent = null;
        for (Mention m : s.mentions) {
            if (m.kind == MentionKind.PERSON && m.person != p) {
                referent = m.person;
            }
        }
        return referent;
    }

    /** "his counterparts from the grouping, ": where such words end before a list in apposition; -1 when they do not. */
    static int counterpartsListed(Sentence s, List<Token> toks, int counterparts) {
        if (!toks.get(counterparts).is("counterparts")) {
            return -1;
        }
        int k = counterparts + 1;
        if (k < s.to && toks.get(k).isAny("from", "of", "in", "at", "across")) {
            int limit = Math.min(s.to, k + 6);
            while (k < limit && !toks.get(k).text.equals(",") && !toks.get(k).is("and")) {
                k++;
            }
        }
        return k + 1 < s.to && toks.get(k).text.equals(",") ? k : -1;
    }

    /** Whether "his counterparts …, " stands right before a list's first name's country. */
    private boolean counterpartsBefore(Sentence s, int listed) {
        for (int k = listed - 2; k >= Math.max(s.analysisFrom, listed - 9); k--) {
            if (toks.get(k).is("counterparts")) {
                return counterpartsListed(s, toks, k) == listed - 1;
            }
        }
        return false;
    }

    /** "A signed for Israel and B for Bahrain": "for" after a name in a sentence that tells a signing before it. */
    private boolean signedFor(Sentence s, int end) {
        if (!toks.get(end).is("for")) {
            return false;
        }
        for (int k = s.analysisFrom; k < end; k++) {
            if (toks.get(k).is("signed") && k + 1 < s.to && toks.get(k + 1).is("for")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether what stands before "<country>'s" lets a name follow it as a person's: the sentence's start, a list's comma,
     * semicolon, colon or "and", "with", "by", "between", "as" or a verb ("received Mozambique's Filipe Nyusi"); not "in
     * support of Australia's Guided Weapons and Explosive Ordnance enterprise".
     */
    private boolean ownedPersonContext(Sentence s, int country) {
        if (country <= s.analysisFrom) {
            return true;
        }
        Token before = toks.get(country - 1);
        return LIST_MARKS.contains(before.text) || BEFORE_OWNED_PERSON.contains(before.lower)
                || before.isWord() && !before.capitalised() && before.lower.endsWith("ed");
    }

    private static final Set<String> LIST_MARKS = Words.set(",", ";", ":", "(", "-", "—");
    private static final Set<String> BEFORE_OWNED_PERSON = Words.set("and", "with", "by", "between", "as", "met", "meet", "meets", "saw", "sees");

    /** Whether "of <country>'s" stands right before {@code at}: "… of China's". */
    private boolean ofCountrys(Sentence s, int at) {
        if (countryBefore(s, at) == null) {
            return false;
        }
        int country = s.phraseAt(at - 2).start();
        return country - 1 >= s.analysisFrom && toks.get(country - 1).is("of");
    }

    /**
     * Where a title read up to {@code from} really ends: "the Chairman of the Libyan Presidential Council, Mohamed El-Menfi"
     * goes on with its body's capitalised words, "of" and "the" up to the comma.
     */
    private int restOfTitle(Sentence s, int from) {
        int k = from;
        // ("the French Minister for Europe and Foreign Affairs, Jean-Yves Le Drian": a portfolio's "for" and "and" too)
        while (k < s.to && k - from < 10 && (toks.get(k).capitalised() || toks.get(k).isAny("of", "the", "for", "and", "&"))) {
            k++;
        }
        return k < s.to && toks.get(k).text.equals(",") ? k : from;
    }

    /** Where the name starts after honorifics at {@code i} ("His Excellency Dato' Seri Anwar Ibrahim"): {@code i} when none. */
    private int afterHonorifics(Sentence s, int i) {
        Match m = s.phraseAt(i);
        while (m != null && m.start() == i && m.has(Kind.RANK) && m.end() < s.to) {
            i = m.end();
            m = s.phraseAt(i);
        }
        return i;
    }

    /** ", a British Army officer", ", a Japanese diplomat": the country an appositive after a name gives him; or null. */
    private String nationalityAfter(Sentence s, int end) {
        if (end + 3 >= s.to || !toks.get(end).is(",") || !(toks.get(end + 1).is("a") || toks.get(end + 1).is("an"))) {
            return null;
        }
        Match m = s.phraseAt(end + 2);
        if (m == null || m.start() != end + 2 || !m.has(Kind.DEMONYM)) {
            return null;
        }
        for (int k = m.end(); k < Math.min(s.to, m.end() + 3); k++) {
            if (NATIONALS.contains(toks.get(k).lower)) {
                return m.ref(Kind.DEMONYM).key();
            }
        }
        return null;
    }

    private static final Set<String> NATIONALS = Words.set("officer", "general", "admiral", "diplomat", "national", "citizen");

    /** Whether an American service's name, no country before it, stands right before a rank: "Army Gen.", "Air Force Gen.". */
    private boolean usServiceBeforeRank(Sentence s, int rankStart) {
        int at = rankStart - 1;
        if (at < s.analysisFrom || !toks.get(at).capitalised() || !US_SERVICES.contains(toks.get(at).lower)) {
            return false;
        }
        at -= toks.get(at).isAny("corps", "force") && at - 1 >= s.analysisFrom && toks.get(at - 1).isAny("marine", "air", "space") ? 1 : 0;
        Match m = at - 1 >= s.analysisFrom ? s.phraseAt(at - 1) : null;
        return m == null || m.end() != at || !(m.has(Kind.DEMONYM) || m.has(Kind.COUNTRY));
    }

    private static final Set<String> US_SERVICES = Words.set("army", "navy", "corps", "force");

    /** A country's adjective right before a rank, perhaps with a service between: "South Korean Army Gen."; or null. */
    private String demonymBeforeRank(Sentence s, int rankStart) {
        int at = rankStart;
        if (at - 1 >= s.analysisFrom && SERVICES.contains(toks.get(at - 1).lower) && toks.get(at - 1).capitalised()) {
            at--;
        }
        Match m = at - 1 >= s.analysisFrom ? s.phraseAt(at - 1) : null;
        return m != null && m.end() == at && m.has(Kind.DEMONYM) ? m.ref(Kind.DEMONYM).key() : null;
    }

    /** Last words of a place's name: "Shandong Province", "Kurdistan Region", "Moscow Oblast". */
    private static final Set<String> REGIONS = Words.set("province", "region", "oblast", "krai", "prefecture", "county", "district",
            "governorate", "territory", "road", "island", "islands", "peninsula", "valley", "sea", "strait", "gulf");
    /** Words that may open a site's name before its own: "Station Sigonella", "Camp Aguinaldo", "Fort Bragg" (no surnames). */
    private static final Set<String> SITES = Words.set("station", "base", "airbase", "airport", "terminal", "camp", "fort", "palazzo",
            "villa", "schloss", "chateau", "château");
    /** Of {@link #FACILITIES}, the words that name a building even in lower case after a name ("La Moneda palace"). */
    private static final Set<String> PLACE_NOUNS = Words.set("palace", "airport", "airbase", "mosque", "stadium", "museum", "hospital");
    /** Words that make a person's name the name of a place or a thing: "King Fahd Causeway", "Jawaharlal Nehru University". */
    private static final Set<String> FACILITIES = Words.set("airport", "international", "air", "airbase", "base", "palace", "hall",
            "university", "academy", "stadium", "mosque", "bridge", "causeway", "street", "avenue", "road", "boulevard", "square",
            "hospital", "museum", "library", "foundation", "prize", "award", "port", "canal", "dam", "school", "college", "centre",
            "center", "park", "station", "terminal", "complex", "institute", "room", "marg", "bhavan", "bhawan", "abbey", "cathedral",
            "castle", "chapel", "church", "cemetery", "memorial");
    /** Of {@link #FACILITIES}, the words that end a building's name and no one's: "Westminster Abbey", "Akorda Palace". */
    private static final Set<String> BUILDINGS = Words.set("abbey", "cathedral", "castle", "chapel", "cemetery", "memorial", "palace",
            "mosque", "museum", "stadium", "airport", "airbase", "university", "academy", "causeway", "hospital", "institute");
    /** The prefixes of navies' ships' names, as written. */
    private static final Set<String> VESSELS = Set.of("HMS", "USS", "USNS", "HMAS", "HMCS", "HMNZS", "INS", "RFS", "ROKS", "JS",
            "TCG", "BRP", "KRI", "PNS", "FGS", "ORP", "HNLMS", "HDMS", "ESPS", "NRP", "KNM", "HNoMS", "HSwMS", "FS", "ITS");
    /** Words a command's name ends in before its place: "U.S. Forces Korea", "Pacific Fleet". */
    private static final Set<String> FORCE_NAMES = Words.set("forces", "force", "command", "fleet");

    private static final Set<String> SERVICES = Words.set("army", "navy", "marine", "marines", "military");

    /** Consorts' titles, each after its monarch's: "Queen" after "King", "Empress" after "Emperor". */
    private static final Map<String, String> CONSORTS = Map.of("queen", "king", "empress", "emperor");

    /** Whether a name stands after "and" and a consort's title that follows a named monarch of the matching title. */
    private boolean consortAfterMonarch(Sentence s, int start) {
        int t = start - 1;
        String monarch = t >= s.analysisFrom ? CONSORTS.get(toks.get(t).lower) : null;
        if (monarch == null || !toks.get(t).capitalised() || t - 1 < s.analysisFrom || !toks.get(t - 1).is("and")) {
            return false;
        }
        for (int k = t - 2; k >= s.analysisFrom && k >= t - 6; k--) {
            if (toks.get(k).is(monarch) && toks.get(k).capitalised()) {
                return true;
            }
            if (!toks.get(k).capitalised()) {
                return false;
            }
        }
        return false;
    }

    /** The country whose possessive stands right before a name ("Mozambique's Filipe Nyusi"), or null. */
    private String countryBefore(Sentence s, int start) {
        if (start - 2 < s.analysisFrom || !(toks.get(start - 1).is("'s") || toks.get(start - 1).is("’s"))) {
            return null;
        }
        Match m = s.phraseAt(start - 2);
        return m != null && m.end() == start - 1 && m.has(Kind.COUNTRY) ? m.ref(Kind.COUNTRY).key() : null;
    }

    private boolean badContext(Sentence s, int start, int end) {
        if (start - 1 >= s.analysisFrom) {
            Token prev = toks.get(start - 1);
            // "visited Kibbutz Be'eri", "toured Camp Humphreys": one visits places, and names people with a title;
            // "during exercise Steadfast Defender": an exercise's or operation's name
            if (prev.isAny("the", "a", "an", "in", "at", "near", "from", "into", "of", "visited", "visiting", "toured", "touring",
                    "exercise", "exercises", "operation", "codenamed", "code-named") || hyphenBefore(s, start)) {
                return true;
            }
        }
        return badContextAfter(s, end);
    }

    /** "pro-Putin": a hyphen joined to the run makes it part of a word; a dash between spaces ("Russia - Sergei Lavrov") does not. */
    private boolean hyphenBefore(Sentence s, int start) {
        return start - 1 >= s.analysisFrom && toks.get(start - 1).text.equals("-") && !toks.get(start).spaceBefore;
    }

    /** "Camp David Accords", "Kim Il Sung-era": what follows makes the run part of a longer name. */
    private boolean badContextAfter(Sentence s, int end) {
        if (end < s.to) {
            Token next = toks.get(end);
            if (next.capitalised() && !next.isInitial() && (g.nonNames.contains(next.lower) || s.phraseAt(end) != null)
                    && !FUNCTION.contains(next.lower)) {
                return true;
            }
            if (next.text.equals("-") && !next.spaceBefore) {
                return true;
            }
        }
        return false;
    }

    /** Whether a title's key is one of the gazetteer's monarch titles ("king", "crown prince"). */
    private boolean monarch(String key) {
        GazetteerDoc.TitleDoc t = key == null ? null : g.titlesByAlias.get(key);
        return t != null && MONARCH.equals(t.title());
    }
}
