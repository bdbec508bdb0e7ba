package org.diplograph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplograph.extract.GazetteerDoc.BodyDoc;
import org.diplograph.extract.GazetteerDoc.BodyPatternDoc;
import org.diplograph.extract.GazetteerDoc.TitleDoc;
import org.diplograph.extract.PhraseIndex.Kind;
import org.diplograph.extract.PhraseIndex.Match;
import org.diplograph.extract.PhraseIndex.Ref;
import org.diplograph.extract.Sentence.Mention;
import org.diplograph.extract.Sentence.MentionKind;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorId;
import org.diplograph.model.Alliance;
import org.diplograph.model.Country;
import org.diplograph.model.DatePrecision;
import org.diplograph.model.FactSet;
import org.diplograph.model.Meeting;
import org.diplograph.model.Membership;
import org.diplograph.model.Ministry;
import org.diplograph.model.Official;
import org.diplograph.model.PartialDate;
import org.diplograph.model.Partnership;
import org.diplograph.model.Provenance;
import org.diplograph.model.Representation;
import org.diplograph.model.Source;
import org.diplograph.names.NameKeys;

/**
 * The extraction of one article: a first pass finds people, titles, places, states and dates in
 * every sentence; a second pass reads meetings, partnerships and memberships, resolving surnames,
 * pronouns, counterparts and titles against the whole article.
 */
final class ArticleReader {

    /** Scope of an official whose country or alliance the article does not tell. */
    static final String UNKNOWN_SCOPE = "XXX";

    private static final Pattern HEADER = Pattern.compile("(?i)^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\b[^\\n]*(\\n|$)");
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*[A-Z][A-Za-z\\u00C0-\\u024F .'’]{1,40}(?:,[^\\n—–]{0,40}?)?\\s*(?:\\([^)\\n]{1,30}\\))?\\s+[-—–]{1,2}\\s+");

    private static final Pattern COORDINATED = Pattern.compile("\\s*(,|and|, and)\\s*");
    private static final Pattern NOMINAL_GAP = Pattern.compile("(?s)\\s*('s|’s)?\\s*(bilateral|first|official|separate|the|his|her|a)?\\s*");
    private static final Pattern SUBJECT_LIST = Pattern.compile("(?s)\\s*(,|and|, and|as well as)\\s*(the\\s*)?");
    private static final Pattern OBJECT_LIST = Pattern.compile("(?s)\\s*(,|and|, and|as well as|, as well as)\\s*(separately\\s*,?\\s*)?(with\\s*)?(the|his|her)?\\s*");
    private static final Pattern STATE_AND = Pattern.compile("\\s*and\\s*(the\\s*)?");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L};—']+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> FUNCTION = Set.of("the", "a", "an", "on", "in", "at", "during", "after", "before", "then",
            "he", "she", "it", "they", "we", "i", "his", "her", "its", "their", "this", "that", "these", "those", "both", "also",
            "however", "meanwhile", "according", "while", "later", "earlier", "today", "yesterday", "and", "but", "or", "when",
            "where", "who", "which", "with", "by", "as", "to", "from", "upon", "following", "speaking", "addressing", "there",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "jan", "feb", "aug",
            "sept", "oct", "nov", "dec", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.", "mr", "mrs", "ms");
    private static final Set<String> PARTICLES = Set.of("oglu", "ogly", "oğlu", "qizi", "gizi", "kyzy", "uulu", "bin", "ibn",
            "bint", "al", "el", "van", "von", "de", "da", "di", "del", "der", "den", "la", "le", "dos", "das", "du", "ter", "bin.");
    private static final Set<String> PATRONYMIC_MARKERS = Set.of("oglu", "ogly", "oğlu", "qizi", "gizi", "kyzy", "uulu");
    private static final Set<String> GROUP_NOUNS = Set.of("ministers", "generals", "officials", "leaders", "sides", "chiefs",
            "commanders", "men", "heads", "delegations", "counterparts", "presidents", "diplomats");
    private static final Set<String> PHONE = Set.of("phone", "telephone", "video", "videoconference", "video-conference",
            "videolink", "virtual", "virtually", "online", "call", "calls", "teleconference", "zoom");
    private static final Set<String> NOT_YET = Set.of("will", "would", "shall", "'ll", "could", "may", "might", "plans", "plan",
            "planned", "planning", "expected", "expects", "scheduled", "hope", "hopes", "hoped", "hoping", "want", "wants",
            "wish", "wishes", "intends", "intend", "going", "due", "next", "upcoming", "future", "forthcoming", "possible",
            "potential", "proposed", "invited", "agreed", "not", "never", "n't", "cancelled", "canceled", "postponed", "unable", "refused");
    private static final Set<String> PAST_MARKERS = Set.of("previously", "earlier", "before", "had", "last", "once", "past", "ago");
    private static final Set<String> KIND_ADJECTIVES = Set.of("strategic", "comprehensive", "privileged", "special",
            "enhanced", "global", "all-round", "multifaceted", "allied", "long-term", "extended", "deep", "full-fledged");
    private static final Set<String> RELATION_WORDS = Set.of("relations", "ties", "cooperation", "co-operation",
            "partnership", "relationship", "alliance", "dialogue", "friendship");
    private static final Set<String> CLAUSE_BREAKS = Set.of(";", "who", "which", "where", "while", "whereas", "said",
            "says", "stressed", "noted", "added", "—", "after", "before", "when");

    private final Gazetteer g;
    private final String text;
    private final List<Token> toks;
    private final LocalDate published;
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Person> persons = new ArrayList<>();
    private final Map<ActorId, Person> gazetteerPersons = new HashMap<>();
    private final List<Pending> meetings = new ArrayList<>();

    private record Pending(PartialDate on, String place, Provenance provenance) {
    }
    private final List<Set<Person>> meetingParticipants = new ArrayList<>();
    private final Map<String, Partnership> partnerships = new LinkedHashMap<>();
    private final Map<String, Membership> memberships = new LinkedHashMap<>();
    private final List<Representation> extraRoles = new ArrayList<>();
    private PartialDate lastMeetingDate;
    private String lastMeetingPlace;
    private PartialDate narrativeDate;
    private String defaultPlace;
    private String[] lastPair;
    private Person lastSubject;

    private ArticleReader(Gazetteer g, String text, LocalDate published) {
        this.g = g;
        this.text = text;
        this.toks = Token.tokenize(text);
        this.published = published;
    }

    /**
     * @param g         the gazetteer
     * @param article   the article text, perhaps with a {@code date YYYY-MM-DD} first line
     * @param sourceId  the source id
     * @param published the publication date, or {@code null} to read it from the first line
     * @return the facts
     */
    static FactSet read(Gazetteer g, String article, String sourceId, LocalDate published) {
        String body = article.replace("\r\n", "\n").replace('\r', '\n');
        Matcher header = HEADER.matcher(body);
        LocalDate date = published;
        if (header.find()) {
            if (date == null) {
                try {
                    date = LocalDate.parse(header.group(1));
                } catch (java.time.format.DateTimeParseException e) {
                    date = null;
                }
            }
            body = " ".repeat(header.end()) + body.substring(header.end());
        }
        Matcher dateline = DATELINE.matcher(body);
        if (dateline.find() && dateline.end() - dateline.start() < 90) {
            if (date == null) {
                for (Dates.Found f : Dates.find(dateline.group(), null)) {
                    if (f.date() != null && f.date().precision() == DatePrecision.DAY) {
                        date = f.date().first();
                    }
                }
            }
            body = " ".repeat(dateline.end()) + body.substring(dateline.end());
        }
        ArticleReader reader = new ArticleReader(g, body, date);
        return reader.run(new Source(sourceId, null, null, null, date));
    }

    private FactSet run(Source source) {
        split();
        for (Sentence s : sentences) {
            firstPass(s);
        }
        for (Sentence s : sentences) {
            meetings(s);
            partnerships(s);
            memberships(s);
            advanceNarrative(s);
            for (Mention m : s.mentions) {
                if (m.kind == MentionKind.PERSON) {
                    lastSubject = m.person;
                    break;
                }
            }
        }
        return build(source);
    }

    // ---------------------------------------------------------------- sentences

    private void split() {
        int start = 0;
        int n = toks.size();
        for (int i = 0; i < n; i++) {
            Token t = toks.get(i);
            boolean endHere = false;
            if (t.type == Token.Type.PUNCT && (t.text.equals(".") || t.text.equals("!") || t.text.equals("?"))) {
                endHere = i + 1 >= n || toks.get(i + 1).spaceBefore || toks.get(i + 1).text.equals("\"");
                if (endHere && i + 1 < n && toks.get(i + 1).text.equals("\"")) {
                    i++;
                }
            }
            if (!endHere && i + 1 < n && toks.get(i + 1).newlinesBefore > 0) {
                Token next = toks.get(i + 1);
                int lineStart = text.lastIndexOf('\n', t.start) + 1;
                endHere = next.newlinesBefore > 1 || t.type == Token.Type.PUNCT && !t.text.equals(",")
                        || t.end - lineStart < 60 || speakerLabelEnd(i + 1, n) > 0;
            }
            if (endHere || i == n - 1) {
                if (i + 1 > start) {
                    addSentence(start, i + 1);
                }
                start = i + 1;
            }
        }
    }

    private void addSentence(int from, int to) {
        String sentenceText = text.substring(toks.get(from).start, toks.get(to - 1).end);
        Sentence s = new Sentence(sentences.size(), from, to, sentenceText);
        int label = speakerLabelEnd(from, to);
        if (label > 0 && toks.get(from).newlinesBefore > 0 || label > 0 && from == 0) {
            s.analysisFrom = label;
        }
        sentences.add(s);
    }

    /** A transcript label ("LAVROV:", "Q:", "Secretary Blinken:"): the token after the colon, or -1. */
    private int speakerLabelEnd(int from, int to) {
        for (int i = from; i < Math.min(to, from + 5); i++) {
            Token t = toks.get(i);
            if (t.text.equals(":")) {
                return i > from && i + 1 < to ? i + 1 : -1;
            }
            if (!t.isWord() || !t.capitalised()) {
                return -1;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- first pass

    private void firstPass(Sentence s) {
        for (int i = s.analysisFrom; i < s.to; ) {
            Match m = g.index.match(toks, i, s.to);
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
        int lastPersonEnd = s.analysisFrom;
        for (int i = s.analysisFrom; i < s.to; ) {
            if (nameLike(s, i)) {
                int end = nameRunEnd(s, i);
                Mention mention = person(s, i, end, lastPersonEnd);
                if (mention != null) {
                    s.mentions.add(mention);
                    s.cover(mention.start, mention.end);
                    lastPersonEnd = mention.end;
                    i = mention.end;
                    continue;
                }
                i = end;
            } else {
                i++;
            }
        }
        references(s);
        s.mentions.sort((a, b) -> Integer.compare(a.start, b.start));
        statesAndPlaces(s);
        List<Dates.Found> found = Dates.find(s.text, published);
        if (!found.isEmpty()) {
            s.dates = found;
        }
    }

    /** A day stated in a sentence becomes the story's date for later undated meetings. */
    private void advanceNarrative(Sentence s) {
        for (Dates.Found f : s.dates) {
            if (!f.future() && f.date() != null && f.date().precision() == DatePrecision.DAY && published != null
                    && !f.date().first().isAfter(published)) {
                narrativeDate = f.date();
            }
        }
    }

    private boolean nameLike(Sentence s, int i) {
        if (i < s.analysisFrom || i >= s.to) {
            return false;
        }
        Match phrase = s.phraseAt(i);
        if (phrase != null) {
            return placeAsGivenName(s, i, phrase);
        }
        Token t = toks.get(i);
        if (!t.capitalised()) {
            return false;
        }
        if (t.isInitial()) {
            return true;
        }
        return !t.allCaps() && !g.nonNames.contains(t.lower) && !FUNCTION.contains(t.lower)
                && !g.titleWords.contains(t.lower) && t.text.indexOf('.') < 0;
    }

    /** "Milan Mojsilovic": a one-word place right before an unknown capitalised word, and not after "in", is a given name. */
    private boolean placeAsGivenName(Sentence s, int i, Match phrase) {
        if (phrase.end() != i + 1 || !(phrase.has(Kind.CITY) || phrase.has(Kind.CAPITAL)) || phrase.has(Kind.COUNTRY)
                || i + 1 >= s.to || s.phraseAt(i + 1) != null || !toks.get(i + 1).spaceBefore) {
            return false;
        }
        if (i - 1 >= s.from && Set.of("in", "at", "to", "from", "of", "near", "visited", "-").contains(toks.get(i - 1).lower)) {
            return false;
        }
        Token next = toks.get(i + 1);
        return next.capitalised() && !next.allCaps() && !next.isInitial() && !g.nonNames.contains(next.lower)
                && !FUNCTION.contains(next.lower) && !g.titleWords.contains(next.lower);
    }

    private int nameRunEnd(Sentence s, int i) {
        int j = i + 1;
        int words = 1;
        while (j < s.to && words < 6) {
            Token t = toks.get(j);
            if (nameLike(s, j) && (t.spaceBefore || toks.get(j - 1).isInitial())) {
                j++;
                words++;
            } else if (t.text.equals("-") && !t.spaceBefore && j + 1 < s.to && !toks.get(j + 1).spaceBefore && nameLike(s, j + 1)) {
                j += 2;
            } else if (PARTICLES.contains(t.lower) && !t.capitalised() && j + 1 < s.to && nameLike(s, j + 1)) {
                j += 2;
                words++;
            } else if (PARTICLES.contains(t.lower) && !t.capitalised() && PATRONYMIC_MARKERS.contains(t.lower)
                    && j + 1 < s.to && nameLike(s, j + 1)) {
                j += 2;
            } else {
                break;
            }
        }
        return j;
    }

    /** Name words of a run: hyphenated parts joined, particles kept, in order. */
    private List<String> nameWords(int start, int end) {
        List<String> words = new ArrayList<>();
        for (int i = start; i < end; i++) {
            Token t = toks.get(i);
            if (t.text.equals("-") && !words.isEmpty() && i + 1 < end) {
                words.set(words.size() - 1, words.get(words.size() - 1) + "-" + toks.get(i + 1).text);
                i++;
            } else {
                words.add(t.text);
            }
        }
        return words;
    }

    private Mention person(Sentence s, int start, int end, int limit) {
        List<String> words = nameWords(start, end);
        int real = 0;
        for (String w : words) {
            if (w.length() >= 2 && !(w.length() == 2 && w.endsWith(".")) && Character.isUpperCase(w.charAt(0))) {
                real++;
            }
        }
        if (real == 0) {
            return null;
        }
        int chainEnd = start;
        String rank = null;
        Match before = s.phraseAt(start - 1);
        if (before != null && before.end() == start && before.has(Kind.RANK)) {
            rank = text.substring(toks.get(before.start()).start, toks.get(before.end() - 1).end);
            chainEnd = before.start();
        }
        List<TitleInfo> titles = new ArrayList<>();
        int spanStart = chainLeft(s, chainEnd, limit, titles);
        if (titles.isEmpty() && rank == null) {
            spanStart = start;
        } else if (titles.isEmpty()) {
            spanStart = chainEnd;
        }
        int[] appEnd = {end};
        TitleInfo apposed = appositive(s, end, appEnd);
        String ofScope = null;
        if (end + 1 < s.to && (toks.get(end).is("of") || toks.get(end).is("from"))) {
            Match m = s.phraseAt(end + 1);
            if (m != null && m.start() == end + 1 && (m.has(Kind.COUNTRY) || m.has(Kind.ALLIANCE))) {
                ofScope = (m.has(Kind.COUNTRY) ? m.ref(Kind.COUNTRY) : m.ref(Kind.ALLIANCE)).key();
                appEnd[0] = Math.max(appEnd[0], m.end());
            }
        }
        boolean titled = rank != null || !titles.isEmpty() || apposed != null;
        Person known = titled ? null : lookup(words, false);
        if (!titled && known == null) {
            if (real < 2 || badContext(s, start, end)) {
                return null;
            }
        }
        Person p = resolve(words, titled);
        if (p == null) {
            return null;
        }
        p.lastSeen = s.index * 1000 + start;
        if (rank != null && p.rank == null) {
            p.rank = normaliseRank(rank);
        }
        String chainScope = null;
        for (TitleInfo t : titles) {
            if (t.scope != null) {
                chainScope = t.scope;
                break;
            }
        }
        if (chainScope == null) {
            chainScope = ofScope;
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
            addRole(p, apposed, s, "role:appositive", 0.8);
        }
        if (p.scope == null && ofScope != null) {
            p.scope = ofScope;
        }
        Mention mention = new Mention(MentionKind.PERSON, spanStart, appEnd[0]);
        mention.person = p;
        if (p.scope == null && p.fallbackScope == null && !s.mentions.isEmpty()) {
            Mention prev = s.mentions.get(s.mentions.size() - 1);
            if (prev.kind == MentionKind.PERSON && prev.person.scope != null
                    && COORDINATED.matcher(between(prev.end, spanStart)).matches()) {
                p.fallbackScope = prev.person.scope;
            }
        }
        return mention;
    }

    private static String normaliseRank(String rank) {
        return switch (rank.replace(" ", "").toLowerCase(java.util.Locale.ROOT)) {
            case "gen." -> "General";
            case "lt.gen.", "ltgen" -> "Lieutenant General";
            case "maj.gen.", "majgen" -> "Major General";
            case "brig.gen.", "briggen" -> "Brigadier General";
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
            return;
        }
        if (p.scope == null) {
            p.scope = t.fixedBody != null && t.fixedBody.contains("/") ? t.fixedBody.substring(0, t.fixedBody.indexOf('/'))
                    : t.scope != null ? t.scope : t.fixedBody;
        }
        for (Person.Role r : p.roles) {
            if (r.title().text.equalsIgnoreCase(t.text)) {
                return;
            }
        }
        p.roles.add(new Person.Role(t, evidence(s), rule, confidence));
    }

    private boolean badContext(Sentence s, int start, int end) {
        if (start - 1 >= s.analysisFrom) {
            Token prev = toks.get(start - 1);
            if (Set.of("the", "a", "an", "in", "at", "near", "from", "into", "of", "-").contains(prev.lower)) {
                return true;
            }
        }
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

    /** Reads title segments leftwards from {@code end}; returns where the first one starts. */
    private int chainLeft(Sentence s, int end, int limit, List<TitleInfo> out) {
        int pos = end;
        int spanStart = end;
        while (true) {
            int k = pos - 1;
            if (k >= limit && toks.get(k).text.equals(",")) {
                k--;
            } else if (!out.isEmpty() || k < limit) {
                if (out.isEmpty() && k < limit) {
                    return spanStart;
                }
                if (!out.isEmpty()) {
                    return spanStart;
                }
            }
            int st = k + 1;
            while (st - 1 >= limit && titleish(s, st - 1)) {
                st--;
            }
            int trimmed = st;
            while (trimmed < k + 1 && Set.of("the", "his", "her", "its", "and", "of", "for", "-").contains(toks.get(trimmed).lower)) {
                trimmed++;
            }
            if (trimmed >= k + 1 || !hasTitleHead(s, trimmed, k + 1)) {
                return spanStart;
            }
            out.add(0, titleInfo(s, trimmed, k + 1));
            spanStart = trimmed;
            if (st - 1 < limit || !toks.get(st - 1).text.equals(",")) {
                return spanStart;
            }
            pos = st;
        }
    }

    private boolean titleish(Sentence s, int i) {
        if (i < s.analysisFrom || s.covered(i)) {
            return false;
        }
        Token t = toks.get(i);
        Match m = s.phraseAt(i);
        if (m != null) {
            return !m.has(Kind.CAPITAL) && !m.has(Kind.CITY) || m.has(Kind.COUNTRY);
        }
        if (t.lower.equals("'s") || t.lower.equals("of") || t.lower.equals("the") || t.lower.equals("for") || t.text.equals("-")
                || t.lower.equals("to") && i > s.from && toks.get(i - 1).isWord() && toks.get(i - 1).capitalised()) {
            return true;
        }
        if (g.titleWords.contains(t.lower) || g.titleModifiers.contains(t.lower) || isCounterpartWord(t.lower)) {
            return true;
        }
        return t.capitalised() && !FUNCTION.contains(t.lower) && !nameLike(s, i);
    }

    private static boolean isCounterpartWord(String w) {
        return w.equals("counterpart") || w.equals("counterparts") || w.equals("colleague") || w.equals("colleagues");
    }

    private boolean hasTitleHead(Sentence s, int start, int end) {
        for (int i = start; i < end; i++) {
            Match m = s.phraseAt(i);
            if (m != null && m.has(Kind.TITLE)) {
                return true;
            }
            String w = toks.get(i).lower;
            if (g.titleWords.contains(w) || isCounterpartWord(w)) {
                return true;
            }
        }
        return false;
    }

    /** What a title segment says: its text, body and scope. */
    private TitleInfo titleInfo(Sentence s, int start, int end) {
        TitleInfo t = new TitleInfo();
        String scope = null;
        Ref body = null;
        Ref title = null;
        Ref pattern = null;
        int textStart = start;
        for (int i = start; i < end; i++) {
            Match m = s.phraseAt(i);
            if (m == null) {
                if (isCounterpartWord(toks.get(i).lower)) {
                    t.counterpart = true;
                }
                continue;
            }
            if (scope == null) {
                Ref state = stateRef(m);
                if (state != null && !m.has(Kind.CAPITAL)) {
                    scope = state.key();
                    if (i == textStart) {
                        textStart = m.end() < end && toks.get(m.end()).lower.equals("'s") ? m.end() + 1 : m.end();
                    }
                }
            }
            if (body == null && m.has(Kind.BODY)) {
                body = m.ref(Kind.BODY);
            }
            if (title == null && m.has(Kind.TITLE)) {
                title = m.ref(Kind.TITLE);
                t.key = NameKeys.fold(text.substring(toks.get(m.start()).start, toks.get(m.end() - 1).end));
            }
            if (pattern == null && m.has(Kind.BODY_PATTERN)) {
                pattern = m.ref(Kind.BODY_PATTERN);
            }
            i = m.end() - 1;
        }
        while (textStart < end && Set.of("the", "'s", "-").contains(toks.get(textStart).lower)) {
            textStart++;
        }
        int textEnd = end;
        // "minister of national defense for Turkey": the country is the scope, not part of the title
        if (end - 2 > textStart && (toks.get(end - 2).is("of") || toks.get(end - 2).is("for"))) {
            Match last = s.phraseAt(end - 1);
            if (last != null && last.has(Kind.COUNTRY) && last.start() == end - 1) {
                textEnd = end - 2;
            }
        }
        if (textStart >= textEnd) {
            textStart = start;
        }
        t.text = SPACES.matcher(text.substring(toks.get(textStart).start, toks.get(textEnd - 1).end)).replaceAll(" ");
        t.scope = scope;
        if (body != null) {
            t.fixedBody = body.key();
        } else if (title != null && ((TitleDoc) title.data()).body() != null) {
            t.fixedBody = ((TitleDoc) title.data()).body();
        } else if (title != null && ((TitleDoc) title.data()).bodySlug() != null) {
            t.bodySlug = ((TitleDoc) title.data()).bodySlug();
            BodyPatternDoc doc = g.bodyPatterns.get(t.bodySlug);
            t.bodyName = doc != null ? doc.name() : titleCase(t.bodySlug.replace('-', ' '));
        } else if (pattern != null) {
            t.bodySlug = pattern.key();
            t.bodyName = ((BodyPatternDoc) pattern.data()).name();
        } else {
            genericMinistry(start, end, t);
        }
        if (t.scope == null && t.fixedBody != null && (g.isAlliance(t.fixedBody) || g.isCountry(t.fixedBody))) {
            t.scope = t.fixedBody;
            t.fixedBody = null;
        }
        return t;
    }

    /** "Minister of Economy", "Economy Minister": a ministry named by its field. */
    private void genericMinistry(int start, int end, TitleInfo t) {
        for (int i = start; i < end; i++) {
            if (!toks.get(i).is("minister")) {
                continue;
            }
            List<String> field = new ArrayList<>();
            if (i + 1 < end && (toks.get(i + 1).is("of") || toks.get(i + 1).is("for"))) {
                for (int j = i + 2; j < end && !toks.get(j).is("of") && !toks.get(j).is("for"); j++) {
                    if (!toks.get(j).is("the")) {
                        field.add(toks.get(j).text);
                    }
                }
            } else if (i - 1 >= start && toks.get(i - 1).capitalised() && !g.titleModifiers.contains(toks.get(i - 1).lower)) {
                field.add(toks.get(i - 1).text);
            }
            if (!field.isEmpty() && !field.get(0).equalsIgnoreCase("prime")) {
                String name = "Ministry of " + titleCase(String.join(" ", field));
                t.bodySlug = NameKeys.slug(name);
                t.bodyName = name;
            }
            return;
        }
    }

    private static String titleCase(String words) {
        StringBuilder out = new StringBuilder();
        for (String w : words.split(" ")) {
            if (w.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(Set.of("of", "and", "for", "the").contains(w.toLowerCase(java.util.Locale.ROOT)) ? w.toLowerCase(java.util.Locale.ROOT)
                    : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return out.toString();
    }

    /** ", minister of national defense for Turkey," after a name. */
    private TitleInfo appositive(Sentence s, int end, int[] appEnd) {
        if (end >= s.to || !toks.get(end).text.equals(",")) {
            return null;
        }
        int i = end + 1;
        if (i < s.to && (toks.get(i).is("and") || toks.get(i).is("or"))) {
            return null;
        }
        int stop = i;
        while (stop < s.to && stop - i < 14) {
            Token t = toks.get(stop);
            Match m = s.phraseAt(stop);
            if (m != null) {
                if (m.has(Kind.CAPITAL) && !m.has(Kind.COUNTRY)) {
                    break;
                }
                stop = m.end();
                continue;
            }
            if (nameLike(s, stop) || t.type == Token.Type.PUNCT && !Set.of("-", "'s").contains(t.text)) {
                break;
            }
            if (FUNCTION.contains(t.lower) && !Set.of("the", "a", "an", "and").contains(t.lower)) {
                break;
            }
            stop++;
        }
        // end the title at its last title word, body or "of <country>"
        int last = -1;
        for (int k = i; k < stop; k++) {
            Match m = s.phraseAt(k);
            if (g.titleWords.contains(toks.get(k).lower) || m != null && (m.has(Kind.TITLE) || m.has(Kind.BODY)
                    || m.has(Kind.BODY_PATTERN) || (m.has(Kind.COUNTRY) || m.has(Kind.ALLIANCE)) && k > i
                    && (toks.get(k - 1).is("of") || toks.get(k - 1).is("for") || toks.get(k - 1).is("the")))) {
                last = m != null ? m.end() - 1 : k;
                k = last;
            }
        }
        if (last < 0) {
            return null;
        }
        stop = last + 1;
        if (stop < s.to && !Set.of(",", ".", ";", ")").contains(toks.get(stop).text)
                && (toks.get(stop).capitalised() || toks.get(stop).type != Token.Type.WORD)) {
            return null;
        }
        Token head = toks.get(i);
        if (FUNCTION.contains(head.lower) && !Set.of("the", "a", "an").contains(head.lower)) {
            return null;
        }
        int first = i;
        while (first < stop && Set.of("the", "a", "an").contains(toks.get(first).lower)) {
            first++;
        }
        if (first >= stop || !hasTitleHead(s, first, stop)) {
            return null;
        }
        // the head must come early: "Akar, minister of …", "Akar, Turkey's defense minister"
        boolean earlyHead = false;
        for (int k = first; k < Math.min(stop, first + 5); k++) {
            Match m = s.phraseAt(k);
            if (g.titleWords.contains(toks.get(k).lower) || g.titleModifiers.contains(toks.get(k).lower)
                    || m != null && m.has(Kind.TITLE)) {
                earlyHead = true;
                break;
            }
        }
        if (!earlyHead) {
            return null;
        }
        appEnd[0] = stop;
        return titleInfo(s, first, stop);
    }

    // ---------------------------------------------------------------- people

    /** Finds the article's person for a spelling, or the gazetteer's, or makes a new one. */
    private Person resolve(List<String> words, boolean confirmed) {
        Person found = lookup(words, true);
        String spelling = String.join(" ", words);
        NameParts parts = parts(words);
        if (found == null) {
            Gazetteer.KnownPerson known = parts.given != null && !parts.givenInitial
                    ? g.personsByKey.get(parts.given + " " + parts.family) : null;
            if (known == null) {
                List<Gazetteer.KnownPerson> family = g.personsByFamily.get(parts.family);
                if (family != null && family.size() == 1 && (parts.given == null || parts.givenInitial)) {
                    known = family.get(0);
                }
            }
            if (known != null) {
                found = fromGazetteer(known.id(), known.name(), known.spellings());
                if (known.rank() != null) {
                    found.rank = known.rank();
                }
            }
        }
        if (found == null) {
            found = new Person(persons.size());
            found.name = spelling;
            found.given = parts.given;
            found.givenIsInitial = parts.givenInitial;
            found.family = parts.family;
            persons.add(found);
        } else if (!found.hasFullName() && parts.given != null && !parts.givenInitial) {
            found.name = spelling;
            found.given = parts.given;
            found.givenIsInitial = false;
        } else if (found.given == null && parts.given != null) {
            found.given = parts.given;
            found.givenIsInitial = parts.givenInitial;
        }
        found.spellings.add(spelling);
        found.confirmed |= confirmed;
        return found;
    }

    private Person fromGazetteer(ActorId id, String name, List<String> spellings) {
        Person p = gazetteerPersons.get(id);
        if (p != null) {
            return p;
        }
        p = new Person(persons.size());
        p.fixedId = id;
        p.name = name;
        NameParts parts = parts(List.of(name.split("\\s+")));
        p.given = parts.given;
        p.givenIsInitial = parts.givenInitial;
        p.family = parts.family;
        p.scope = id.scope().orElse(null);
        p.spellings.addAll(spellings);
        p.confirmed = true;
        persons.add(p);
        gazetteerPersons.put(id, p);
        return p;
    }

    private record NameParts(String given, boolean givenInitial, String family) {
    }

    private static NameParts parts(List<String> words) {
        List<String> core = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String lower = w.toLowerCase(java.util.Locale.ROOT);
            if (PATRONYMIC_MARKERS.contains(lower)) {
                if (!core.isEmpty() && core.size() > 1) {
                    core.remove(core.size() - 1);
                }
                continue;
            }
            if (PARTICLES.contains(lower) && !Character.isUpperCase(w.charAt(0))) {
                continue;
            }
            core.add(w);
        }
        if (core.isEmpty()) {
            core.add(words.get(words.size() - 1));
        }
        String family = NameKeys.fold(core.get(core.size() - 1));
        if (core.size() == 1) {
            return new NameParts(null, false, family);
        }
        String first = core.get(0);
        boolean initial = first.length() == 2 && first.endsWith(".");
        return new NameParts(NameKeys.fold(first), initial, family);
    }

    /** The article person this spelling refers to, most recently seen first; null if none. */
    private Person lookup(List<String> words, boolean any) {
        NameParts parts = parts(words);
        Person best = null;
        boolean exactGiven = false;
        for (Person p : persons) {
            if (p.family == null || !p.family.equals(parts.family)) {
                continue;
            }
            boolean fits;
            boolean exact = false;
            if (parts.given == null || p.given == null) {
                fits = true;
            } else if (parts.givenInitial || p.givenIsInitial) {
                fits = parts.given.charAt(0) == p.given.charAt(0);
            } else {
                fits = parts.given.equals(p.given);
                exact = fits;
            }
            if (!fits) {
                continue;
            }
            if (best == null || exact && !exactGiven || exact == exactGiven && p.lastSeen > best.lastSeen) {
                best = p;
                exactGiven = exact;
            }
        }
        if (best == null && !any) {
            List<Gazetteer.KnownPerson> family = g.personsByFamily.get(parts.family);
            if (family != null && family.size() == 1) {
                return fromGazetteer(family.get(0).id(), family.get(0).name(), family.get(0).spellings());
            }
        }
        return best;
    }

    // ---------------------------------------------------------------- references

    private void references(Sentence s) {
        for (int i = s.analysisFrom; i < s.to; i++) {
            if (s.covered(i)) {
                continue;
            }
            Token t = toks.get(i);
            Match m = s.phraseAt(i);
            if (m != null && m.has(Kind.TITLE)) {
                int start = i;
                while (start - 1 >= s.analysisFrom && !s.covered(start - 1) && titleish(s, start - 1)
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
                TitleInfo info = titleInfo(s, start, end);
                if (info.fixedBody != null || info.scope != null || info.bodySlug != null && info.scope != null) {
                    Mention mention = new Mention(MentionKind.TITLE_REF, start, end);
                    mention.title = info;
                    s.mentions.add(mention);
                    s.cover(start, end);
                }
                i = end - 1;
                continue;
            }
            if (isCounterpartWord(t.lower)) {
                String scope = null;
                for (int k = Math.max(s.analysisFrom, i - 2); k < i; k++) {
                    Ref r = stateRef(s.phraseAt(k));
                    if (r != null) {
                        scope = r.key();
                    }
                }
                int end = i + 1;
                if (scope == null && i + 2 < s.to && (toks.get(i + 1).is("from") || toks.get(i + 1).is("of"))) {
                    Ref r = stateRef(s.phraseAt(i + 2));
                    if (r != null) {
                        scope = r.key();
                        end = s.phraseAt(i + 2).end();
                    }
                }
                int start = i;
                while (start - 1 >= s.analysisFrom && !s.covered(start - 1)
                        && (stateRef(s.phraseAt(start - 1)) != null || Set.of("his", "her", "their", "the").contains(toks.get(start - 1).lower))) {
                    start--;
                }
                Mention mention = new Mention(MentionKind.COUNTERPART, start, end);
                mention.scope = scope;
                s.mentions.add(mention);
                s.cover(start, end);
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

    private Ref stateRef(Match m) {
        if (m == null) {
            return null;
        }
        if (m.has(Kind.COUNTRY)) {
            return m.ref(Kind.COUNTRY);
        }
        if (m.has(Kind.ALLIANCE)) {
            return m.ref(Kind.ALLIANCE);
        }
        if (m.has(Kind.DEMONYM)) {
            return m.ref(Kind.DEMONYM);
        }
        if (m.has(Kind.CAPITAL)) {
            return m.ref(Kind.CAPITAL);
        }
        return null;
    }

    private void statesAndPlaces(Sentence s) {
        for (Match m : s.phrases) {
            int start = m.start();
            int end = m.end();
            boolean hyphenBefore = start - 1 >= s.from && toks.get(start - 1).text.equals("-") && !toks.get(start - 1).spaceBefore;
            boolean hyphenAfter = end < s.to && toks.get(end).text.equals("-") && !toks.get(end).spaceBefore;
            boolean possessive = end < s.to && toks.get(end).lower.equals("'s");
            boolean relationAfter = end < s.to && (RELATION_WORDS.contains(toks.get(end).lower)
                    || toks.get(end).is("side") || KIND_ADJECTIVES.contains(toks.get(end).lower));
            if (m.has(Kind.COUNTRY)) {
                s.states.add(new Sentence.State(start, end, m.ref(Kind.COUNTRY).key(), false));
            } else if (m.has(Kind.ALLIANCE)) {
                String code = m.ref(Kind.ALLIANCE).key();
                s.states.add(new Sentence.State(start, end, code, true));
            } else if (m.has(Kind.DEMONYM) && (hyphenBefore || hyphenAfter || relationAfter)) {
                s.states.add(new Sentence.State(start, end, m.ref(Kind.DEMONYM).key(), false));
            } else if (m.has(Kind.CAPITAL) && (hyphenBefore || hyphenAfter || possessive)) {
                s.states.add(new Sentence.State(start, end, m.ref(Kind.CAPITAL).key(), false));
            }
            if (m.has(Kind.CAPITAL) || m.has(Kind.CITY)) {
                Ref r = m.has(Kind.CAPITAL) ? m.ref(Kind.CAPITAL) : m.ref(Kind.CITY);
                s.places.add(new Sentence.Place(start, end, (String) r.data()));
            } else if (m.has(Kind.COUNTRY) && start > s.from && toks.get(start - 1).is("in")) {
                s.places.add(new Sentence.Place(start, end, text.substring(toks.get(start).start, toks.get(end - 1).end)));
            } else if (m.has(Kind.DEMONYM) && end < s.to && toks.get(end).is("capital") && start - 2 >= s.from
                    && toks.get(start - 1).is("the") && toks.get(start - 2).is("in")) {
                var country = g.countries.get(m.ref(Kind.DEMONYM).key());
                if (country.capitals() != null && !country.capitals().isEmpty()) {
                    s.places.add(new Sentence.Place(start, end + 1, country.capitals().get(0)));
                }
            }
        }
        if (s.text.contains("venue") && !s.places.isEmpty()) {
            defaultPlace = s.places.get(0).name();
        }
    }

    // ---------------------------------------------------------------- meetings

    private record Trigger(int start, int end, String rule, boolean nominal, boolean present) {
    }

    private List<Trigger> triggers(Sentence s) {
        List<Trigger> out = new ArrayList<>(2);
        for (int i = s.analysisFrom; i < s.to; i++) {
            String w = toks.get(i).lower;
            switch (w) {
                case "met" -> out.add(new Trigger(i, i + 1, "meeting:met-with", false, false));
                case "meets" -> out.add(new Trigger(i, i + 1, "meeting:met-with", false, true));
                case "received", "receives" -> out.add(new Trigger(i, i + 1, "meeting:received", false, w.endsWith("s")));
                case "hosted", "hosts" -> out.add(new Trigger(i, i + 1, "meeting:hosted", false, w.endsWith("s")));
                case "welcomed", "welcomes", "greeted" -> out.add(new Trigger(i, i + 1, "meeting:welcomed", false, w.endsWith("s")));
                case "held", "holds", "had", "has" -> {
                    for (int k = i + 1; k < Math.min(s.to, i + 5); k++) {
                        String x = toks.get(k).lower;
                        if (x.equals("talks") || x.equals("meeting") || x.equals("consultations") || x.equals("negotiations")) {
                            if (w.equals("has") && !toks.get(i + 1).lower.equals("held")) {
                                break;
                            }
                            out.add(new Trigger(i, k + 1, "meeting:held-talks", false, w.equals("holds")));
                            i = k;
                            break;
                        }
                        if (x.equals(".") || x.equals(",") || x.equals("call") || x.equals("conversation")) {
                            break;
                        }
                    }
                }
                case "meeting", "talks", "meetings" -> {
                    if (i + 1 < s.to && (toks.get(i + 1).is("with") || toks.get(i + 1).is("between"))) {
                        out.add(new Trigger(i, i + 1, toks.get(i + 1).is("with") ? "meeting:meeting-with" : "meeting:meeting-between", true, false));
                    }
                }
                default -> {
                }
            }
        }
        return out;
    }

    private boolean notRealised(Sentence s, Trigger t) {
        for (int k = Math.max(s.analysisFrom, t.start - 8); k < Math.min(s.to, t.end + 12); k++) {
            if (PHONE.contains(toks.get(k).lower)) {
                return true;
            }
        }
        for (int k = Math.max(s.analysisFrom, t.start - 4); k < t.start; k++) {
            String w = toks.get(k).lower;
            if (NOT_YET.contains(w) && !(toks.get(k).capitalised() && w.equals("may"))) {
                return true;
            }
            if (w.equals("to") && k == t.start - 1) {
                return true;
            }
        }
        if (t.nominal()) {
            for (int k = Math.max(s.analysisFrom, t.start - 6); k < Math.min(s.to, t.end + 8); k++) {
                String w = toks.get(k).lower;
                if (w.equals("hope") || w.equals("hoped") || w.equals("hopes") || w.equals("next") || w.equals("upcoming")
                        || w.equals("planned") || w.equals("future") || w.equals("proposed") || w.equals("possible")) {
                    return true;
                }
            }
        }
        return false;
    }

    private void meetings(Sentence s) {
        List<Trigger> triggers = triggers(s);
        for (Trigger t : triggers) {
            if (notRealised(s, t)) {
                continue;
            }
            List<Mention> before = new ArrayList<>();
            List<Mention> after = new ArrayList<>();
            for (Mention m : s.mentions) {
                if (m.end <= t.start) {
                    before.add(m);
                } else if (m.start >= t.end) {
                    after.add(m);
                }
            }
            List<Mention> objects = objectGroup(s, t, after);
            List<Mention> subjects = subjectGroup(s, t, before);
            if (subjects.isEmpty() && t.nominal() && !objects.isEmpty()) {
                Mention lastObject = objects.get(objects.size() - 1);
                for (Mention m : after) {
                    if (m.start >= lastObject.end && m.kind == MentionKind.PERSON && between(lastObject.end, m.start).contains(",")) {
                        subjects.add(m);
                        break;
                    }
                }
            }
            boolean separately = false;
            for (int k = Math.max(s.analysisFrom, t.start - 2); k < Math.min(s.to, t.end + 4); k++) {
                if (toks.get(k).is("separately") || toks.get(k).is("separate") || toks.get(k).is("individually")) {
                    separately = true;
                }
            }
            double confidence = 0.9;
            PartialDate[] date = {null};
            boolean explicitDate = dateOf(s, t, date);
            if (!explicitDate) {
                confidence -= 0.1;
            }
            Set<Person> subjectPeople = new LinkedHashSet<>();
            for (Mention m : subjects) {
                confidence -= addResolved(subjectPeople, s, m, date[0], true);
            }
            List<Set<Person>> groups = new ArrayList<>();
            Set<Person> objectPeople = new LinkedHashSet<>();
            for (Mention m : objects) {
                Set<Person> one = new LinkedHashSet<>();
                confidence -= addResolved(one, s, m, date[0], false);
                objectPeople.addAll(one);
                groups.add(one);
            }
            String place = placeOf(s, t);
            if (separately && !subjectPeople.isEmpty() && groups.size() > 1) {
                for (Set<Person> one : groups) {
                    Set<Person> all = new LinkedHashSet<>(subjectPeople);
                    all.addAll(one);
                    addMeeting(s, t, all, date[0], place, explicitDate, confidence, "meeting:separately");
                }
            } else {
                Set<Person> all = new LinkedHashSet<>(subjectPeople);
                all.addAll(objectPeople);
                addMeeting(s, t, all, date[0], place, explicitDate, confidence, t.rule());
            }
        }
    }

    private List<Mention> subjectGroup(Sentence s, Trigger t, List<Mention> before) {
        List<Mention> out = new ArrayList<>();
        if (t.nominal() && t.end < s.to && toks.get(t.end).is("between")) {
            return out;
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            Mention m = before.get(i);
            String gap = between(m.end, out.isEmpty() ? t.start : out.get(0).start);
            if (out.isEmpty()) {
                if (gap.contains(";") || containsWord(gap, CLAUSE_BREAKS) && !gap.startsWith(", who") || t.nominal() && !gap.isBlank()
                        && !NOMINAL_GAP.matcher(gap).matches()) {
                    break;
                }
                out.add(0, m);
            } else if (SUBJECT_LIST.matcher(gap).matches()) {
                out.add(0, m);
            } else {
                break;
            }
        }
        return out;
    }

    private List<Mention> objectGroup(Sentence s, Trigger t, List<Mention> after) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : after) {
            if (out.isEmpty()) {
                String gap = between(t.end, m.start);
                int words = gap.isBlank() ? 0 : gap.trim().split("\\s+").length;
                if (gap.contains(";") || gap.contains(".") || words > 10 || containsWord(gap, CLAUSE_BREAKS)) {
                    break;
                }
                out.add(m);
            } else {
                String gap = between(out.get(out.size() - 1).end, m.start);
                if (OBJECT_LIST.matcher(gap).matches()) {
                    out.add(m);
                } else {
                    break;
                }
            }
        }
        return out;
    }

    private String between(int fromToken, int toToken) {
        if (toToken <= fromToken) {
            return "";
        }
        return text.substring(toks.get(fromToken - 1).end, toks.get(toToken).start);
    }

    private static boolean containsWord(String gap, Set<String> words) {
        for (String w : NOT_LETTERS.split(gap.toLowerCase(java.util.Locale.ROOT))) {
            if (words.contains(w)) {
                return true;
            }
        }
        return gap.contains(";") || gap.contains("—") && words.contains("—");
    }

    /** Resolves a participant mention; returns how much confidence the resolution costs. */
    private double addResolved(Set<Person> into, Sentence s, Mention m, PartialDate on, boolean subject) {
        switch (m.kind) {
            case PERSON -> {
                into.add(m.person);
                return m.person.confirmed ? 0 : 0.1;
            }
            case PRONOUN -> {
                Person p = null;
                for (Mention other : s.mentions) {
                    if (other.end <= m.start && other.kind == MentionKind.PERSON) {
                        p = other.person;
                    }
                }
                if (p == null) {
                    p = lastSubject;
                }
                if (p != null) {
                    into.add(p);
                }
                return 0.1;
            }
            case COUNTERPART -> {
                if (m.scope != null) {
                    for (Person p : persons) {
                        if (m.scope.equals(p.scope) && p.confirmed) {
                            into.add(p);
                            return 0.15;
                        }
                    }
                }
                return 0;
            }
            case TITLE_REF -> {
                Person p = byTitle(m.title, on);
                if (p != null) {
                    into.add(p);
                }
                return 0.15;
            }
            case GROUP -> {
                if (!meetingParticipants.isEmpty()) {
                    into.addAll(meetingParticipants.get(meetingParticipants.size() - 1));
                }
                return 0.15;
            }
            default -> {
                return 0;
            }
        }
    }

    /** "the Russian Defense Minister", "SACEUR": the article's holder of that title, or the gazetteer's on that day. */
    private Person byTitle(TitleInfo t, PartialDate on) {
        String body = bodyId(t, t.scope);
        for (Person p : persons) {
            for (Person.Role r : p.roles) {
                String other = bodyId(r.title(), r.title().scope != null ? r.title().scope : p.scope);
                if (body != null && body.equals(other) && (t.key == null || r.title().key == null || t.key.equals(r.title().key)
                        || !bodyIsScopeItself(r.title()))) {
                    return p;
                }
            }
        }
        LocalDate day = on != null ? on.first() : published;
        for (Gazetteer.Holder h : g.holders) {
            boolean same = t.key != null && h.titleKey().equals(t.key) || body != null && h.body().value().equals(body)
                    && (t.key == null || g.titlesByAlias.get(t.key) == g.titlesByAlias.get(h.titleKey()));
            if (same && (day == null || (h.from() == null || !h.from().first().isAfter(day)) && (h.to() == null || !h.to().last().isBefore(day)))) {
                Person p = fromGazetteer(h.holder(), h.name(), List.of(h.name()));
                ActorId bodyId = h.body();
                extraRoles.add(new Representation(h.holder(), bodyId, h.title(), h.from(), h.to(),
                        new Provenance(null, "role:gazetteer-holder", 1.0)));
                p.lastSeen = Integer.MAX_VALUE / 2;
                return p;
            }
        }
        return null;
    }

    private static boolean bodyIsScopeItself(TitleInfo t) {
        return t.fixedBody == null && t.bodySlug == null;
    }

    private String bodyId(TitleInfo t, String scope) {
        if (t.fixedBody != null) {
            return t.fixedBody;
        }
        if (scope == null) {
            return null;
        }
        return t.bodySlug != null ? scope + "/" + t.bodySlug : scope;
    }

    /** The meeting's date: a date near the trigger, "the same day", or the story's date; true when stated. */
    private boolean dateOf(Sentence s, Trigger t, PartialDate[] out) {
        Dates.Found best = null;
        int triggerChar = toks.get(t.start).start - toks.get(s.from).start;
        for (Dates.Found f : s.dates) {
            if (f.future() || f.date() == null && f.afterPrevious() == null && published != null) {
                continue;
            }
            if (best == null || Math.abs(f.start() - triggerChar) < Math.abs(best.start() - triggerChar)) {
                best = f;
            }
        }
        if (best != null) {
            if (best.afterPrevious() != null) {
                PartialDate base = lastMeetingDate != null ? lastMeetingDate : narrativeDate;
                out[0] = base == null || best.afterPrevious() == 0 ? base
                        : base.precision() == DatePrecision.DAY ? PartialDate.ofDay(base.first().plusDays(best.afterPrevious())) : null;
                return out[0] != null;
            }
            out[0] = best.date();
            if (best.date() != null && best.date().precision() == DatePrecision.DAY && published != null
                    && !best.date().first().isAfter(published)) {
                narrativeDate = best.date();
            }
            return true;
        }
        for (int k = Math.max(s.analysisFrom, t.start - 3); k < Math.min(s.to, t.end + 6); k++) {
            if (PAST_MARKERS.contains(toks.get(k).lower)) {
                return false;
            }
        }
        if (narrativeDate != null) {
            out[0] = narrativeDate;
            return false;
        }
        if (t.present() && published != null) {
            out[0] = PartialDate.ofDay(published);
        }
        return false;
    }

    private String placeOf(Sentence s, Trigger t) {
        Sentence.Place best = null;
        for (Sentence.Place p : s.places) {
            Token prev = p.start() > s.from ? toks.get(p.start() - 1) : null;
            boolean introduced = prev != null && (prev.is("in") || prev.is("visited") || prev.is("to") || prev.is("at"))
                    || prev != null && prev.is("the") && p.start() - 2 >= s.from && toks.get(p.start() - 2).is("in");
            if (introduced && (best == null || Math.abs(p.start() - t.start) < Math.abs(best.start() - t.start))) {
                best = p;
            }
        }
        if (best != null) {
            return best.name();
        }
        return null;
    }

    private void addMeeting(Sentence s, Trigger t, Set<Person> people, PartialDate on, String place, boolean explicitDate,
                            double confidence, String rule) {
        if (people.size() < 2) {
            return;
        }
        boolean sameDayRef = false;
        for (Dates.Found f : s.dates) {
            sameDayRef |= f.afterPrevious() != null && f.afterPrevious() == 0;
        }
        if (place == null && sameDayRef) {
            place = lastMeetingPlace;
        }
        if (place == null && defaultPlace != null) {
            place = defaultPlace;
        }
        for (int i = 0; i < meetingParticipants.size(); i++) {
            if (meetingParticipants.get(i).equals(people) && (!explicitDate || on == null || on.equals(meetings.get(i).on()))) {
                return;
            }
        }
        for (Person p : people) {
            p.inMeeting = true;
        }
        meetingParticipants.add(new LinkedHashSet<>(people));
        meetings.add(new Pending(on, place, new Provenance(evidence(s), rule, round(Math.max(0.3, confidence)))));
        boolean passing = false;
        for (int k = Math.max(s.analysisFrom, t.start - 3); k < Math.min(s.to, t.end + 6); k++) {
            passing |= PAST_MARKERS.contains(toks.get(k).lower);
        }
        if (!passing) {
            lastMeetingDate = on;
            lastMeetingPlace = place;
        }
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private String evidence(Sentence s) {
        if (s.evidence == null) {
            String e = SPACES.matcher(s.text).replaceAll(" ").strip();
            s.evidence = e.length() > 5000 ? e.substring(0, 5000) : e;
        }
        return s.evidence;
    }

    // ---------------------------------------------------------------- partnerships and memberships

    private void partnerships(Sentence s) {
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
                    new Provenance(evidence(s), confidence < 0.8 ? "partnership:earlier-pair" : "partnership:stated", confidence)));
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
                String gap = between(trigger + 1, st.start()).toLowerCase(java.util.Locale.ROOT);
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
            if (y == left && !x.code().equals(y.code()) && STATE_AND.matcher(between(x.end(), y.start())).matches()) {
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

    private void memberships(Sentence s) {
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
                    String gap = st.start() > i ? between(i + 1, st.start()) : between(st.end(), i);
                    if (gap.contains(";") || gap.contains("partner")) {
                        continue;
                    }
                    memberships.putIfAbsent(st.code() + "|" + alliance, new Membership(ActorId.of(st.code()), ActorId.of(alliance),
                            null, null, new Provenance(evidence(s), "membership:stated", 0.75)));
                }
            }
        }
    }

    // ---------------------------------------------------------------- the FactSet

    private FactSet build(Source source) {
        Map<ActorId, Actor> actors = new LinkedHashMap<>();
        Set<String> usedIds = new HashSet<>();
        for (Person p : persons) {
            if (!p.confirmed && !p.inMeeting) {
                continue;
            }
            if (p.scope == null) {
                for (Person other : persons) {
                    if (other != p && other.scope != null && p.family != null && p.family.equals(other.family)) {
                        p.scope = other.scope;
                        break;
                    }
                }
            }
            if (p.scope == null) {
                p.scope = p.fallbackScope;
            }
            if (p.scope == null) {
                for (Person.Role r : p.roles) {
                    if (r.title().fixedBody != null && r.title().fixedBody.contains("/")) {
                        p.scope = r.title().fixedBody.substring(0, r.title().fixedBody.indexOf('/'));
                        break;
                    }
                }
            }
            if (p.fixedId != null) {
                p.id = p.fixedId;
            } else {
                String base = (p.scope != null ? p.scope : UNKNOWN_SCOPE) + "/" + NameKeys.slug(p.name);
                String id = base;
                for (int n = 2; usedIds.contains(id); n++) {
                    id = base + "-" + n;
                }
                p.id = ActorId.of(id);
            }
            usedIds.add(p.id.value());
            List<String> aliases = new ArrayList<>(p.spellings);
            aliases.remove(p.name);
            actors.put(p.id, new Official(p.id, p.name, aliases, p.rank));
        }
        List<Representation> roles = new ArrayList<>();
        Set<String> roleKeys = new HashSet<>();
        for (Person p : persons) {
            if (p.id == null) {
                continue;
            }
            for (Person.Role r : p.roles) {
                TitleInfo t = r.title();
                String scope = t.scope != null ? t.scope : p.scope;
                String body = bodyId(t, scope);
                if (body == null || body.equals(p.id.value())) {
                    continue;
                }
                ActorId bodyId = declareBody(actors, body, t, scope, roles, roleKeys, r.evidence());
                if (bodyId == null) {
                    continue;
                }
                if (roleKeys.add(p.id + "|" + bodyId + "|" + t.text)) {
                    roles.add(new Representation(p.id, bodyId, t.text, null, null, new Provenance(r.evidence(), r.rule(), r.confidence())));
                }
            }
        }
        for (Representation r : extraRoles) {
            if (actors.containsKey(r.who()) && declareBody(actors, r.body().value(), null, null, roles, roleKeys, null) != null
                    && roleKeys.add(r.who() + "|" + r.body() + "|" + r.title())) {
                roles.add(r);
            }
        }
        List<Meeting> finalMeetings = new ArrayList<>();
        for (int i = 0; i < meetings.size(); i++) {
            Pending m = meetings.get(i);
            List<ActorId> ids = new ArrayList<>();
            for (Person p : meetingParticipants.get(i)) {
                ids.add(p.id);
            }
            if (ids.stream().distinct().count() >= 2) {
                finalMeetings.add(new Meeting(ids, m.on(), m.place(), m.provenance()));
            }
        }
        List<Partnership> finalPartnerships = new ArrayList<>();
        for (Partnership p : partnerships.values()) {
            declareState(actors, p.between().get(0).value());
            declareState(actors, p.between().get(1).value());
            finalPartnerships.add(p);
        }
        List<Membership> finalMemberships = new ArrayList<>();
        for (Membership m : memberships.values()) {
            declareState(actors, m.member().value());
            declareState(actors, m.alliance().value());
            finalMemberships.add(m);
        }
        return new FactSet(source, new ArrayList<>(actors.values()), roles, finalMeetings, finalPartnerships, finalMemberships);
    }

    private void declareState(Map<ActorId, Actor> actors, String code) {
        ActorId id = ActorId.of(code);
        if (actors.containsKey(id)) {
            return;
        }
        if (g.isAlliance(code)) {
            actors.put(id, new Alliance(id, g.nameOf(code), List.of()));
        } else if (g.isCountry(code)) {
            actors.put(id, new Country(id, g.nameOf(code), List.of()));
        } else if (ActorId.of(code).value().length() == 3) {
            actors.put(id, new Country(id, code, List.of()));
        } else {
            actors.put(id, new Alliance(id, code, List.of()));
        }
    }

    /** Declares a body (and the ministry's tie to its country or alliance); returns its id. */
    private ActorId declareBody(Map<ActorId, Actor> actors, String body, TitleInfo t, String scope, List<Representation> roles,
                                Set<String> roleKeys, String evidence) {
        if (!body.contains("/")) {
            if (body.equals(UNKNOWN_SCOPE)) {
                return null;
            }
            declareState(actors, body);
            return ActorId.of(body);
        }
        ActorId id = ActorId.of(body);
        String bodyScope = body.substring(0, body.indexOf('/'));
        if (!actors.containsKey(id)) {
            BodyDoc doc = g.bodies.get(body);
            String name = doc != null ? doc.name()
                    : (t != null && t.bodyName != null ? t.bodyName : titleCase(body.substring(body.indexOf('/') + 1).replace('-', ' ')))
                    + " of " + g.nameOf(bodyScope);
            actors.put(id, new Ministry(id, name, List.of()));
        }
        if (actors.get(id).kind() != org.diplograph.model.ActorKind.MINISTRY) {
            return null;
        }
        if (g.isCountry(bodyScope) || g.isAlliance(bodyScope)) {
            declareState(actors, bodyScope);
            if (roleKeys.add(body + "|" + bodyScope + "|")) {
                roles.add(new Representation(id, ActorId.of(bodyScope), null, null, null,
                        new Provenance(evidence, "body:part-of", 0.95)));
            }
        }
        return id;
    }
}
