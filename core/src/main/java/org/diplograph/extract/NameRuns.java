package org.diplograph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.diplograph.extract.PhraseIndex.Kind;
import org.diplograph.extract.PhraseIndex.Match;

/**
 * Where a person's name may stand in a sentence: which tokens look like name words, and how far a
 * run of them reaches (initials, hyphenated parts, particles and patronymics included).
 */
final class NameRuns {

    /** Function words, months, days and honorifics: capitalised, they still are not name words. */
    static final Set<String> FUNCTION = Words.set("the", "a", "an", "on", "in", "at", "during", "after", "before", "then",
            "he", "she", "it", "they", "we", "i", "his", "her", "its", "their", "this", "that", "these", "those", "both", "also",
            "however", "meanwhile", "according", "while", "later", "earlier", "today", "yesterday", "and", "but", "or", "when",
            "where", "who", "which", "with", "by", "as", "to", "from", "upon", "following", "speaking", "addressing", "there",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "jan", "feb", "aug",
            "sept", "oct", "nov", "dec", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.", "mr", "mrs", "ms");
    /**
     * Verbs of a title-case headline, which neither a title nor a name holds: "Foreign Ministry Spokesperson Announces
     * President Xi Jinping's State Visit" (the title ends before "Announces"), "Mattis Meets Colombia's New President, Closes
     * Out South America Trip" (no one is called "Closes Out").
     */
    static final Set<String> HEADLINE_VERBS = Words.set("announces", "announced", "says", "said", "meets", "met", "visits",
            "holds", "makes", "receives", "hosts", "welcomes", "urges", "tells", "thanks", "congratulates", "discusses", "invites",
            "sends", "appoints", "names", "briefs", "joins", "greets", "confirms", "warns", "closes", "wraps", "ends", "opens",
            "begins", "concludes", "vows", "pledges", "seeks", "signs", "calls", "reaffirms", "stresses", "tours", "hails",
            "praises", "agrees", "backs", "rejects", "completes",
            // after two subjects: "PM Netanyahu and Indian PM Modi Issue Joint Statements"
            "issue", "issues", "hold", "meet", "sign", "discuss", "agree", "pledge", "vow", "reaffirm", "hail", "launch", "launches",
            "adopt", "adopts", "review", "reviews", "release", "releases", "leads", "travels");
    /** Months that are also given names or surnames. */
    private static final Set<String> NAME_MONTHS = Words.set("may", "june", "jun", "jan", "april", "august");
    /** Function words that are also family names ("President To Lam", Vietnamese; "An" and "No", Korean; "He", Chinese). */
    private static final Set<String> NAME_FUNCTION_WORDS = Words.set("to", "an", "no", "he");
    static final Set<String> PARTICLES = Words.set("oglu", "ogly", "oğlu", "qizi", "gizi", "kyzy", "uulu", "bin", "ibn",
            "bint", "al", "el", "van", "von", "de", "da", "di", "e", "del", "der", "den", "la", "le", "dos", "das", "du", "ter", "bin.",
            "ul", "ud", "ur", "uz", "zu", "av");
    /** Lower-case words after a hyphen that make a name an adjective ("Putin-led"), not a longer name. */
    private static final Set<String> HYPHEN_WORDS = Words.set("led", "run", "era", "and", "to", "for", "like", "type",
            "wide", "free", "made", "held", "sent", "old", "style", "based", "owned", "backed", "linked", "leaning", "minded");
    static final Set<String> PATRONYMIC_MARKERS = Words.set("oglu", "ogly", "oğlu", "qizi", "gizi", "kyzy", "uulu");

    private final Gazetteer g;
    private final Article article;
    private final List<Token> toks;
    /** Family names the article has written in capitals before a given name ("KISHIDA Fumio"), as they are written. */
    private final Set<String> capsFamilies = new HashSet<>();

    NameRuns(Article article) {
        this.g = article.g;
        this.article = article;
        this.toks = article.toks;
    }

    boolean nameLike(Sentence s, int i) {
        if (i < s.analysisFrom || i >= s.to) {
            return false;
        }
        Token t = toks.get(i);
        if (!t.capitalised() && s.phraseAt(i) == null) {
            // most words of a sentence
            return false;
        }
        if (GIVEN_NAME_TITLES.contains(t.lower) && t.capitalised() && givenNameTitle(s, i)) {
            return true;
        }
        if (t.capitalised() && g.titleWords.contains(t.lower) && i + 2 < s.to && PATRONYMIC_LINKS.contains(toks.get(i + 1).text)
                && toks.get(i + 2).capitalised()) {
            // "Sultan bin Ahmed Al Jaber": a title's word right before "bin" is the man's own name, his father's after it
            return true;
        }
        Match phrase = s.phraseAt(i);
        if (phrase != null) {
            return placeAsGivenName(s, i, phrase) || honorificInsideName(s, i, phrase) || placeAsKnownFamilyName(s, i, phrase)
                    || accentedGivenName(s, i, phrase) || honorificAsKnownGivenName(s, i, phrase);
        }
        if (!t.capitalised()) {
            return false;
        }
        if (t.isInitial()) {
            return true;
        }
        if (i - 1 >= s.analysisFrom && HEADLINE_VERBS.contains(t.lower) && (toks.get(i - 1).is(",")
                || toks.get(i - 1).capitalised() && article.inHeadline(s))) {
            // "…, Closes Out South America Trip": a headline's second verb; "… and Indian PM Modi Issue Joint Statements":
            // a headline's verb after a name
            return false;
        }
        if (NAME_MONTHS.contains(t.lower) && monthAsName(s, i)) {
            return true;
        }
        if (NAME_FUNCTION_WORDS.contains(t.lower) && functionWordAsName(s, i)) {
            return true;
        }
        if (i + 2 < s.to && toks.get(i + 1).text.equals("-") && !toks.get(i + 1).spaceBefore && !toks.get(i + 2).spaceBefore
                && toks.get(i + 2).isWord() && !toks.get(i + 2).capitalised() && !HYPHEN_WORDS.contains(toks.get(i + 2).lower)
                && i - 1 >= s.analysisFrom && plainNameWord(s, i - 1)) {
            // "Vice Minister Hwang In-moo": a Korean given name of two syllables, whatever its first spells in English
            return true;
        }
        if (initials(t)) {
            // "Vice President JD Vance": capitals without a vowel are initials, not a family name in capitals
            return i + 1 < s.to && plainNameWord(s, i + 1);
        }
        if (t.allCaps() && capsFamilyName(s, i)) {
            return true;
        }
        if (peoplesPortfolio(s, i) || portfolioWord(s, i)) {
            return false;
        }
        if (g.titleModifiers.contains(t.lower) && i + 1 < s.to && (g.titleWords.contains(toks.get(i + 1).lower)
                || s.phraseAt(i + 1) != null && s.phraseAt(i + 1).start() == i + 1 && s.phraseAt(i + 1).has(Kind.TITLE))) {
            // "his German counterpart, Federal Minister of Defence Boris Pistorius": a title's first word, not a name
            return false;
        }

        return !t.allCaps() && !g.nonNames.contains(t.lower) && !FUNCTION.contains(t.lower)
                && !g.titleWords.contains(t.lower) && t.text.indexOf('.') < 0;
    }

    /** Words that put the father's name after a person's own: "Mohammed bin Salman". */
    static final Set<String> PATRONYMIC_LINKS = Words.set("bin", "bint", "ibn");

    /** Title words that are also given names or name parts: "Amir Khan Muttaqi", "Hossein Amir-Abdollahian". */
    private static final Set<String> GIVEN_NAME_TITLES = Words.set("amir", "emir");

    /**
     * "Foreign Minister of the Taliban government Amir Khan Muttaqi", "Hossein Amir-Abdollahian": "Amir" joined by a hyphen
     * to a capitalised word, or right after a title and before a name, is a name, not a second title.
     */
    private boolean givenNameTitle(Sentence s, int i) {
        if (i + 2 < s.to && toks.get(i + 1).text.equals("-") && !toks.get(i + 1).spaceBefore && toks.get(i + 2).capitalised()) {
            return true;
        }
        if (i - 1 < s.analysisFrom || i + 1 >= s.to || !toks.get(i + 1).capitalised() || g.titleWords.contains(toks.get(i + 1).lower)) {
            return false;
        }
        Token prev = toks.get(i - 1);
        return prev.capitalised() && g.titleWords.contains(prev.lower) || prev.is("government");
    }

    /**
     * "Theresa May", "Foreign Minister Jan Lipavsky": a month that is also a name is one after a given name, or
     * after a title (or "counterpart") and before a surname; never beside a number ("May 5", "5 May").
     */
    private boolean monthAsName(Sentence s, int i) {
        boolean digitNear = i + 1 < s.to && toks.get(i + 1).type == Token.Type.NUMBER
                || i - 1 >= s.from && toks.get(i - 1).type == Token.Type.NUMBER;
        if (digitNear || i - 1 < s.analysisFrom) {
            return false;
        }
        Token before = toks.get(i - 1);
        if (before.isAny("last", "next", "this", "early", "late", "mid", "since", "until", "through", "during")) {
            // "Last August, Defense Secretary Mattis …": the month, however capitalised the word before
            return false;
        }
        if (plainNameWord(s, i - 1) && !before.isInitial()) {
            return true;
        }
        if (toks.get(i).is("jan") && i + 1 < s.to && !toks.get(i).text.endsWith(".") && plainNameWord(s, i + 1)) {
            // "the two foreign ministers, Radoslaw Sikorski and Jan Lipavsky": the month's short form names no month before a
            // name word
            return true;
        }
        // "his Czech counterpart Jan Lipavsky", and in apposition "his counterpart, Jan Lipavsky,": a counterpart is
        // named like a title's holder
        int titleEnd = before.text.equals(",") && i - 2 >= s.analysisFrom ? i - 2 : i - 1;
        Token last = toks.get(titleEnd);
        Match title = s.phraseAt(titleEnd);
        boolean afterTitle = g.titleWords.contains(last.lower) || last.is("counterpart")
                || title != null && (title.has(Kind.TITLE) || title.has(Kind.RANK));
        // ("Prime Minister Jan de Vries": a particle between the given name and the surname)
        boolean particleThenName = i + 2 < s.to && PARTICLES.contains(toks.get(i + 1).text) && plainNameWord(s, i + 2);
        return afterTitle && i + 1 < s.to && (plainNameWord(s, i + 1) || particleThenName);
    }

    /**
     * "President of Vietnam To Lam": a function word that is also a name is one after a title and before a name
     * word, capitalised in a sentence not written in title case ("President To Visit Hanoi" is a headline's verb).
     */
    private boolean functionWordAsName(Sentence s, int i) {
        if (i - 1 < s.analysisFrom || i + 1 >= s.to || !plainNameWord(s, i + 1)) {
            return false;
        }
        Token last = toks.get(i - 1);
        Match title = s.phraseAt(i - 1);
        // after a title's last word, or the country that ends it ("President of Vietnam To Lam")
        boolean afterTitle = g.titleWords.contains(last.lower)
                || title != null && (title.has(Kind.TITLE) || title.has(Kind.RANK) || title.has(Kind.COUNTRY));
        if (!afterTitle) {
            return false;
        }
        for (int k = s.analysisFrom; k < s.to; k++) {
            Token w = toks.get(k);
            if (w.isWord() && !w.capitalised() && w.text.length() > 3) {
                return true; // a lower-case word of some length: the sentence is not in title case
            }
        }
        return false;
    }

    /**
     * "Prime Minister KISHIDA Fumio", "Ms. KAMIKAWA Yoko": a family name in capitals before the given name, as
     * Japan's foreign ministry writes names; afterwards the family name alone ("Prime Minister KISHIDA") is a name too.
     * Not in a transcript's label ("SECRETARY AUSTIN:") nor in a line of capitals.
     */
    private boolean capsFamilyName(Sentence s, int i) {
        Token t = toks.get(i);
        if (s.label || !t.isWord() || t.text.length() < 2 || g.nonNames.contains(t.lower) || g.titleWords.contains(t.lower)
                || i - 1 >= s.from && toks.get(i - 1).allCaps()) {
            return false;
        }
        for (int k = 0; k < t.text.length(); k++) {
            if (!Character.isLetter(t.text.charAt(k))) {
                return false;
            }
        }
        boolean nextCaps = i + 1 < s.to && toks.get(i + 1).allCaps();
        if (t.text.length() == 2 && i + 2 < s.to && plainNameWord(s, i + 1) && plainNameWord(s, i + 2) && toks.get(i + 2).spaceBefore) {
            // "AK Abdul Momen": two letters before a given name and a family name are initials, part of the name but no
            // family name in capitals
            return true;
        }
        if (i + 1 < s.to && toks.get(i + 1).spaceBefore && !nextCaps && plainNameWord(s, i + 1) && !toks.get(i + 1).isInitial()) {
            capsFamilies.add(t.text);
            return true;
        }
        return !nextCaps && capsFamilies.contains(t.text);
    }

    /** Places and bodies written with dots like initials. */
    private static final Set<String> DOTTED_ABBREVIATIONS = Words.set("U.S.", "U.K.", "U.N.", "E.U.", "U.A.E.", "U.S.A.", "U.S.S.R.",
            "D.C.", "A.U.", "N.Z.", "P.M.", "A.M.");

    /** "JD", "TJ", "K.P.": two or three capitals and no vowel (or dotted initials), initials written together. */
    static boolean initials(Token t) {
        if (t.text.length() > 2 && KnownPeople.dottedInitials(t.text)) {
            // "K.P. Sharma Oli", "A.K. Abdul Momen" (not "U.S.", "U.N.": places and bodies written so)
            return !DOTTED_ABBREVIATIONS.contains(t.text);
        }
        if (t.text.length() > 3 || !t.allCaps() || !t.isWord()) {
            return false;
        }
        for (int k = 0; k < t.text.length(); k++) {
            if (!Character.isLetter(t.text.charAt(k)) || "AEIOUY".indexOf(t.text.charAt(k)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether the run at {@code start} is written family name first, the family name in capitals ("KISHIDA Fumio"). */
    boolean familyFirst(int start) {
        return capsFamilies.contains(toks.get(start).text);
    }

    /** A capitalised word that is no function word, month, title or gazetteer phrase. */
    private boolean plainNameWord(Sentence s, int i) {
        Token t = toks.get(i);
        return t.capitalised() && t.isWord() && !t.allCaps() && s.phraseAt(i) == null && !g.nonNames.contains(t.lower)
                && !FUNCTION.contains(t.lower) && !g.titleWords.contains(t.lower);
    }

    /**
     * "Prime Minister Luís Montenegro": a one-word place after a capitalised word is a family name when the two are an
     * office holder the gazetteer knows.
     */
    private boolean placeAsKnownFamilyName(Sentence s, int i, Match phrase) {
        if (phrase.end() != i + 1 || i - 1 < s.analysisFrom || !toks.get(i).spaceBefore
                || !(phrase.has(Kind.COUNTRY) || phrase.has(Kind.CAPITAL) || phrase.has(Kind.CITY))) {
            return false;
        }
        Token given = toks.get(i - 1);
        return given.capitalised() && given.isWord() && !given.allCaps() && s.phraseAt(i - 1) == null
                && !g.nonNames.contains(given.lower) && !g.titleWords.contains(given.lower) && !FUNCTION.contains(given.lower)
                && PeopleCountries.builtIn().find(List.of(given.text, toks.get(i).text)) != null;
    }

    /** "Germán Ávila Plazas": a one-word demonym written with accents it does not have, before a name, is a given name. */
    private boolean accentedGivenName(Sentence s, int i, Match phrase) {
        return phrase.end() == i + 1 && phrase.has(Kind.DEMONYM) && !phrase.has(Kind.COUNTRY) && !phrase.has(Kind.TITLE) && toks.get(i).text.chars().anyMatch(c -> c > 127)
                && phrase.phrase().words()[0].chars().allMatch(c -> c < 128) && i + 1 < s.to
                && toks.get(i + 1).spaceBefore && plainNameWord(s, i + 1);
    }

    /** "Milan Mojsilovic": a one-word place right before an unknown capitalised word, and not after "in", is a given name. */
    private boolean placeAsGivenName(Sentence s, int i, Match phrase) {
        if (phrase.end() != i + 1 || !(phrase.has(Kind.CITY) || phrase.has(Kind.CAPITAL)) || phrase.has(Kind.COUNTRY)
                || i + 1 >= s.to || s.phraseAt(i + 1) != null || !toks.get(i + 1).spaceBefore) {
            return false;
        }
        if (i - 1 >= s.from && toks.get(i - 1).isAny("in", "at", "to", "from", "of", "near", "visited", "-")) {
            return false;
        }
        Token next = toks.get(i + 1);
        return next.capitalised() && !next.allCaps() && !next.isInitial() && !g.nonNames.contains(next.lower)
                && !FUNCTION.contains(next.lower) && !g.titleWords.contains(next.lower);
    }

    /**
     * "Minister of People's Power for Defence", "Minister of People's Armed Forces": "People's" and the word after it are
     * an institution's words, not a name.
     */
    private boolean peoplesPortfolio(Sentence s, int i) {
        boolean people = toks.get(i).is("people") && i + 1 < s.to && toks.get(i + 1).is("'s");
        boolean owned = i - 2 >= s.analysisFrom && toks.get(i - 1).is("'s") && toks.get(i - 2).is("people");
        return people || owned;
    }

    /**
     * Words of a post's portfolio after "for": "Under Secretary for Arms Control and International Security Bonnie Jenkins",
     * "Deputy Secretary of State for Management and Resources Richard Verma", "Minister for Europe and the Americas".
     */
    static final Set<String> PORTFOLIO_WORDS = Words.set("affairs", "arms", "control", "international", "security", "management",
            "resources", "diplomacy", "political", "economic", "economics", "growth", "energy", "environment", "environmental",
            "democracy", "human", "rights", "labor", "labour", "public", "civilian", "policy", "near", "eastern", "european",
            "eurasian", "african", "africa", "western", "hemisphere", "east", "asian", "asia", "pacific", "south", "central",
            "north", "counterterrorism", "cyberspace", "digital", "global", "women's", "issues", "trade", "development",
            "defense", "defence", "intelligence", "acquisition", "sustainment", "personnel", "readiness", "research",
            "engineering", "special", "operations", "low-intensity", "conflict", "homeland", "indo-pacific", "strategy", "plans",
            "capabilities", "nuclear", "deterrence", "space", "health", "logistics", "europe", "americas", "middle", "city",
            "caribbean", "latin", "arctic", "sahel", "great", "lakes", "region", "horn", "gulf", "balkans", "baltic", "nordic",
            "mediterranean", "narcotics", "law", "enforcement", "military", "production", "engagement", "coalition", "transition",
            "state", "consular", "legislative", "multilateral", "relations", "cooperation", "industry", "investment",
            "nonproliferation", "proliferation", "counternarcotics", "migration", "refugees", "population", "oceans",
            "scientific", "science", "technology", "veterans", "armed", "forces", "procurement", "export", "commonwealth",
            "overseas", "territories", "foreign", "peace", "reconciliation", "integration", "neighbourhood", "neighborhood",
            "enlargement", "climate", "finance", "budget", "emerging", "critical", "minerals", "food", "agriculture", "change",
            "system", "inter-community", "protection", "emergency", "situations", "interior", "justice", "education", "culture",
            "sport", "sports", "youth", "tourism", "transport", "infrastructure", "communications", "information", "social",
            "welfare", "family", "national", "administration", "local", "regional", "urban", "housing", "water", "natural",
            "fisheries", "forestry", "mining", "petroleum", "employment", "diaspora", "expatriates", "community", "communities", "revenue", "credit",
            "presidential", "abroad", "ecology", "planning", "commerce", "works", "heritage", "fiscal", "treasury", "reform",
            "america", "assignments", "missions", "outreach", "negotiations",
            "innovation", "enterprises", "parliamentary", "coordination", "reconstruction", "rural", "aviation", "maritime",
            "telecommunications", "media", "religious", "endowments", "women", "children", "gender", "equality",
            "mineral", "arts", "downstreaming", "hydrocarbons", "mines", "oil", "gas", "electricity", "manpower", "livestock",
            "irrigation", "industries", "railways", "roads", "highways", "ports", "shipping", "customs", "taxation", "statistics",
            "broadcasting", "civil", "textiles", "handloom", "steel", "coal", "chemicals", "fertilizers", "fertilisers", "aquaculture",
            "external", "consumer", "home", "internal", "cabinet", "constitutional", "legal", "disaster", "renewable", "wildlife",
            "marine", "cooperatives", "work", "pensions", "humanitarian", "immigration", "citizenship");

    /**
     * A portfolio word in a run of them right after a capitalised word and "for" ("… Secretary for Political Affairs"), or
     * after a title and "of" ("Minister of the Environment and Climate Change").
     */
    boolean portfolioWord(Sentence s, int i) {
        if (!PORTFOLIO_WORDS.contains(toks.get(i).lower)) {
            return false;
        }
        for (int k = i - 1; k > s.analysisFrom && k > i - 10; k--) {
            Token t = toks.get(k);
            if (t.is("for")) {
                return toks.get(k - 1).capitalised();
            }
            if (t.is("of") && (g.titleWords.contains(toks.get(k - 1).lower) || toks.get(k - 1).is("ministry"))) {
                // "the Minister of the Environment and Climate Change, Marina Silva"
                return toks.get(k - 1).capitalised();
            }
            Match m = s.phraseAt(k);
            // ("Minister for South Asia, the United Nations and the Commonwealth": a body or a state in the list too)
            if (!(t.capitalised() && PORTFOLIO_WORDS.contains(t.lower) || t.is("and") || t.is("&") || t.is("the")
                    || t.text.equals(",") || m != null && !m.has(Kind.TITLE) && !m.has(Kind.RANK))) {
                return false;
            }
        }
        return false;
    }

    /** Honorifics that are also a middle part of a name: "Hassan Sheikh Mohamud", "Sharif Sheikh Ahmed". */
    private static final Set<String> MIDDLE_NAME_HONORIFICS = Words.set("sheikh", "shaikh", "tun");

    /** "President Hassan Sheikh Mohamud": the honorific between a given name and a family name is part of the name. */
    private boolean honorificInsideName(Sentence s, int i, Match phrase) {
        return phrase.end() == i + 1 && MIDDLE_NAME_HONORIFICS.contains(toks.get(i).lower) && i - 1 >= s.analysisFrom
                && i + 1 < s.to && plainNameWord(s, i - 1) && plainNameWord(s, i + 1);
    }

    /**
     * "Prime Minister Sheikh Hasina": an honorific that opens a name the office holders' table knows with it is the
     * name's first word ("Sheikh Tamim bin Hamad", which the table knows without it, keeps it an honorific).
     */
    private boolean honorificAsKnownGivenName(Sentence s, int i, Match phrase) {
        // (the name ends there: "Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah", "Sheikh Tamim bin Hamad" go on)
        boolean twoWords = i + 2 >= s.to || !toks.get(i + 2).capitalised() && !PARTICLES.contains(toks.get(i + 2).lower);
        if (phrase.end() != i + 1 || !MIDDLE_NAME_HONORIFICS.contains(toks.get(i).lower) || i + 1 >= s.to || !twoWords
                || !plainNameWord(s, i + 1)) {
            return false;
        }
        // the table's own name for him is these two words ("Sheikh Ahmad" is not "Sheikh Rashid Ahmad")
        KnownPeople.Person known = PeopleCountries.builtIn().find(List.of(toks.get(i).text, toks.get(i + 1).text));
        return known != null && known.name.equalsIgnoreCase(toks.get(i).text + " " + toks.get(i + 1).text);
    }

    /** Links inside Arabic names, which may be written with a capital ("Al Sabah", "Bin Zayed"). */
    private static final Set<String> CAPITAL_LINKS = Words.set("al", "bin", "bint", "ibn");

    /** The token after the run of name words that starts at {@code i} (at most six words). */
    int nameRunEnd(Sentence s, int i) {
        int j = i + 1;
        int words = 1;
        while (j < s.to && words < 6) {
            Token t = toks.get(j);
            if (words >= 2 && KnownPeople.SUFFIXES.contains(t.lower) && t.capitalised()) {
                // "Lloyd J. Austin III Opening Remarks": a generational suffix ends the name
                return j + 1;
            }
            if (nameLike(s, j) && (t.spaceBefore || toks.get(j - 1).isInitial())) {
                j++;
                // "Sabah Al Ahmad Al Jaber Al Sabah": the links of an Arabic name written in capitals count as no word
                words += CAPITAL_LINKS.contains(t.lower) ? 0 : 1;
            } else if (t.text.equals("In") && words >= 2 && toks.get(j - 1).text.length() <= 4 && t.spaceBefore
                    && (j + 1 >= s.to || !toks.get(j + 1).capitalised())) {
                // "President Moon Jae In will": a Korean given name's last syllable written apart, not a preposition
                j++;
                words++;
            } else if (t.text.equals("-") && !t.spaceBefore && j + 1 < s.to && !toks.get(j + 1).spaceBefore
                    && (nameLike(s, j + 1) || syllable(s, j + 1, words) || innerLink(s, j + 1))) {
                j += 2;
            } else if (particleRun(s, j) > j) {
                // "bin Salman", "von der Leyen", "al-Assad": particles written in lower case inside a name
                j = particleRun(s, j);
                words++;
            } else {
                break;
            }
        }
        // "Lloyd J. Austin III", "Ferdinand R. Marcos Jr.", "Joseph R. Biden, Jr.": the generational suffix is the name's
        if (j < s.to && KnownPeople.SUFFIXES.contains(toks.get(j).lower) && toks.get(j).capitalised()) {
            return j + 1;
        }
        if (j + 1 < s.to && toks.get(j).text.equals(",") && KnownPeople.SUFFIXES.contains(toks.get(j + 1).lower)
                && toks.get(j + 1).capitalised()) {
            return j + 2;
        }
        return j;
    }

    /**
     * Where a family name begins when lower-case particles stand before its first capitalised word ("together with von der
     * Leyen", "met al-Sudani"): at the first particle; else at {@code i}.
     */
    int particlesBefore(Sentence s, int i) {
        int k = i;
        while (k - 1 >= s.analysisFrom && k > i - 4) {
            Token t = toks.get(k - 1);
            if (t.text.equals("-") && !t.spaceBefore && !toks.get(k).spaceBefore && k - 2 >= s.analysisFrom) {
                t = toks.get(k - 2);
                if (!PARTICLES.contains(t.lower) || t.capitalised()) {
                    break;
                }
                k -= 2;
            } else if (PARTICLES.contains(t.lower) && !t.capitalised()) {
                k--;
            } else {
                break;
            }
        }
        return k < i && (k - 1 < s.analysisFrom || !nameLike(s, k - 1)) ? k : i;
    }

    /** The token after "von der Leyen" or "al-Assad" when a lower-case particle run at {@code j} leads to a name word, else {@code j}. */
    private int particleRun(Sentence s, int j) {
        int k = j;
        while (k < s.to && k < j + 3 && PARTICLES.contains(toks.get(k).lower) && !toks.get(k).capitalised()) {
            k++;
            if (k + 1 < s.to && toks.get(k).text.equals("-") && !toks.get(k).spaceBefore && !toks.get(k + 1).spaceBefore) {
                k++;
            }
        }
        return k > j && k < s.to && nameLike(s, k) ? k + 1 : j;
    }

    /** "Chan-o-cha", "Ould-el-Hadj": a short lower-case word with a joined part on each side, inside a name. */
    private boolean innerLink(Sentence s, int i) {
        Token t = toks.get(i);
        return t.isWord() && !t.capitalised() && t.text.length() <= 3 && !HYPHEN_WORDS.contains(t.lower)
                && i + 2 < s.to && toks.get(i + 1).text.equals("-") && !toks.get(i + 1).spaceBefore
                && !toks.get(i + 2).spaceBefore && toks.get(i + 2).isWord();
    }

    /** "Jong-sup", "Suk-yeol": a short lower-case syllable joined to a given name of a run of two words or more. */
    private boolean syllable(Sentence s, int i, int words) {
        Token t = toks.get(i);
        // "Kim Tae-young", "Ban Ki-moon", not "Joe Biden-backed"
        return words >= 2 && t.isWord() && !t.capitalised() && t.text.length() >= 2 && t.text.length() <= 6
                && !HYPHEN_WORDS.contains(t.lower) && !t.lower.endsWith("ed");
    }

    /** Name words of a run: hyphenated parts joined, particles kept, in order. */
    List<String> nameWords(int start, int end) {
        List<String> words = new ArrayList<>();
        for (int i = start; i < end; i++) {
            Token t = toks.get(i);
            if (t.text.equals(",")) {
                continue;
            }
            if (t.text.equals("-") && !words.isEmpty() && i + 1 < end) {
                words.set(words.size() - 1, words.get(words.size() - 1) + "-" + toks.get(i + 1).text);
                i++;
            } else if (t.allCaps() && !t.isInitial() && !initials(t) && !KnownPeople.SUFFIXES.contains(t.lower)) {
                // "KISHIDA" → "Kishida": the id and the later "Prime Minister Kishida" spell it so
                words.add(t.text.charAt(0) + t.text.substring(1).toLowerCase(java.util.Locale.ROOT));
            } else {
                words.add(t.text);
            }
        }
        return words;
    }
}
