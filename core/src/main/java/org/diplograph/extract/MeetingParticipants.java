package org.diplograph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplograph.extract.MeetingTriggers.Trigger;
import org.diplograph.extract.Sentence.Mention;
import org.diplograph.extract.Sentence.MentionKind;
import org.diplograph.model.PartialDate;

/**
 * Who took part in a meeting a trigger reports: the group before it (its subjects) and the list after it (its
 * objects), and whom each mention means — a pronoun, "the Secretary", "his Turkish counterpart", "they", "the two
 * leaders", "the EU leaders", a transcript's "I".
 */
final class MeetingParticipants {

    /** Words that may stand between a noun trigger and its subject: "Biden's first bilateral meeting", "Stoltenberg told a joint press conference". */
    private static final Set<String> NOMINAL_GAP = Set.of("'s", "’s", "s", "bilateral", "first", "official", "separate", "the", "his",
            "her", "a", "an", "formal", "informal", "in-person", "in", "person", "face-to-face", "face", "to", "strategic", "joint", "press",
            "news", "told", "gave", "addressed", "at", "during", "speaking", "their", "its", "last", "second", "third",
            "trilateral", "one-on-one", "working", "private", "closed-door", "lengthy", "long", "brief", "annual", "held", "had");
    /** "President Biden, Jr. of the United States, Prime Minister Kishida of Japan and …": what may follow a name in a list. */
    private static final String OF_STATE = "(?:,?\\s*(?:Jr|Sr)\\.?)?(?:\\s*of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.'-]*(?:\\s+(?:of\\s+)?(?:the\\s+)?\\p{Lu}[\\p{L}.'-]*){0,3})?";
    private static final Pattern SUBJECT_LIST = Pattern.compile(
            "(?s)" + OF_STATE + "\\s*(,|and|, and|as well as|,?\\s*(accompanied by|together with|along with|joined by))\\s*(the\\s*|his\\s*|her\\s*)?"
            + "((then|former|acting)\\s*-?\\s*)?");
    private static final Pattern OBJECT_LIST = Pattern.compile(
            "(?s)" + OF_STATE + "\\s*(,|and|, and|as well as|, as well as)\\s*(,?\\s*separately\\s*,?\\s*)?(with\\s*)?(the|his|her)?\\s*"
            // "then-Foreign Minister Hayashi and then-Defense Minister Hamada"
            + "((then|former|acting)\\s*-?\\s*)?");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L};—']+");
    private static final Set<String> CLAUSE_BREAKS = Set.of(";", "who", "which", "where", "while", "whereas", "said",
            "says", "stressed", "noted", "added", "—", "after", "before", "when");
    /** Plural nouns after "the two" that any official is: they single out no title. */
    private static final Set<String> GENERIC_TITLES = Set.of("leader", "official", "head", "chief", "representative", "delegate");
    /** How many words may stand between a verb and its first object ("met in Moscow on Friday with"). */
    private static final int OBJECT_REACH = 10;

    private final Article article;
    private final List<Token> toks;
    private final List<Person> persons;
    private final PersonRegistry registry;
    /** The first person of the last sentence that named one: whom "he" means if no one is named before it in its sentence. */
    private Person lastSubject;
    private int subjectSentence = -1;
    /** The people of the last sentence that named two or more in one breath, and where: "they" before any meeting. */
    private List<Person> lastPair = List.of();
    private int lastPairSentence = -1;
    /** The last meeting's people, its subjects and its objects, and its sentence: "they", "the two". */
    private Set<Person> lastAll = Set.of();
    private Set<Person> lastSubjects = Set.of();
    private Set<Person> lastObjects = Set.of();
    private int lastMeetingSentence = -1;
    /** The story's first meeting of two: "the two leaders" after a larger meeting. */
    private Set<Person> firstTwo;

    MeetingParticipants(Article article, PersonRegistry registry) {
        this.article = article;
        this.toks = article.toks;
        this.persons = article.persons;
        this.registry = registry;
    }

    /** The mentions before the trigger that make its subject: "A and B met", "Wallace, accompanied by Radakin, sat down". */
    List<Mention> subjects(Sentence s, Trigger t, List<Mention> before, List<Mention> taken) {
        List<Mention> out = new ArrayList<>();
        if (t.nominal() && t.end() < s.to && toks.get(t.end()).is("between")) {
            return out;
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            Mention m = before.get(i);
            String gap = article.between(m.end, out.isEmpty() ? t.start() : out.get(0).start);
            if (out.isEmpty()) {
                if (gap.contains(";") || containsWord(gap, CLAUSE_BREAKS) && !gap.startsWith(", who") || t.nominal() && !gap.isBlank()
                        && !onlyWords(gap, NOMINAL_GAP)) {
                    break;
                }
                Mention relative = beforeRelativeClause(s, before, m, t);
                if (relative != null) {
                    // "Xi, who had an informal dinner with Putin on Monday, held formal talks with him": Xi
                    out.add(0, relative);
                    break;
                }
                out.add(0, m);
            } else if ((SUBJECT_LIST.matcher(gap).matches() || titlesThenAnd(gap)) && !taken.contains(m)) {
                out.add(0, m);
            } else {
                break;
            }
        }
        boolean coordinated = !t.nominal() && t.start() > s.analysisFrom && toks.get(t.start() - 1).is("and");
        if (out.isEmpty() && (t.nominal() || coordinated) && !before.isEmpty()) {
            // "Emmanuel Macron left Moscow … after more than five hours of talks with Vladimir Putin": the sentence's subject
            // "Biden and Xi agreed … after four hours of talks": the group that opens the sentence
            // "Rutte travelled to Kyiv on Thursday, two days after taking office, and held talks with Zelenskyy": the same
            // "…, when President Erdogan and President Xi came together for a bilateral meeting": the group opening its clause
            int clause = clauseStart(s, t);
            int firstIndex = -1;
            for (int i = 0; i < before.size() && firstIndex < 0; i++) {
                firstIndex = before.get(i).start >= clause ? i : -1;
            }
            Mention first = firstIndex < 0 ? null : before.get(firstIndex);
            if (first != null && first.kind == MentionKind.PERSON && first.start <= clause + 1
                    && !article.between(first.end, t.start()).contains(";")) {
                out.add(first);
                for (int i = firstIndex + 1; i < before.size()
                        && SUBJECT_LIST.matcher(article.between(before.get(i - 1).end, before.get(i).start)).matches(); i++) {
                    out.add(before.get(i));
                }
            }
        }
        return out;
    }

    /** Where the clause holding a nominal trigger begins: after the last ", when" or ", where" before it, else the sentence. */
    private int clauseStart(Sentence s, Trigger t) {
        int start = s.analysisFrom;
        for (int k = s.analysisFrom + 1; k < t.start(); k++) {
            if ((toks.get(k).is("when") || toks.get(k).is("where")) && toks.get(k - 1).text.equals(",")) {
                start = k + 1;
            }
        }
        return start;
    }

    /**
     * The mentions after the trigger that make its objects: "met A, B and C", "hosted A and B"; the list ends
     * before a mention that opens a clause of its own ("held talks with A, and Premier B met with him").
     */
    List<Mention> objects(Sentence s, Trigger t, List<Mention> after, List<Trigger> all) {
        List<Mention> out = new ArrayList<>();
        int from = t.end();
        for (Mention m : after) {
            if (m.end < s.to && toks.get(m.end).lower.equals("'s")) {
                // "hosted Ishiba's predecessor, Fumio Kishida": the possessor is not met
                if (out.isEmpty()) {
                    from = m.end + 1;
                }
                continue;
            }
            if (out.isEmpty()) {
                String gap = article.between(from, m.start);
                int words = gap.isBlank() ? 0 : gap.trim().split("\\s+").length;
                boolean verb = !t.nominal() && !t.rule().equals("meeting:met-with") && !t.rule().equals("meeting:held-talks");
                boolean appositive = from > t.end() && words <= 2;
                if (gap.contains(";") || gap.contains(".") || words > OBJECT_REACH || containsWord(gap, CLAUSE_BREAKS)
                        || verb && !appositive && (gap.contains(",") || words > 6)) {
                    break;
                }
                out.add(m);
            } else {
                String gap = article.between(out.get(out.size() - 1).end, m.start);
                if (OBJECT_LIST.matcher(gap).matches() && !opensClause(m, all)) {
                    out.add(m);
                } else {
                    break;
                }
            }
        }
        return out;
    }

    /**
     * "Zelenskyy, whom Biden met in Kyiv in February": the mention before "whom" is the object of the trigger the
     * relative clause holds, and the clause's own mentions its subjects; null when there is no such clause.
     */
    Mention whomObject(Sentence s, Trigger t, List<Mention> before, List<Mention> subjectsOut) {
        for (int k = t.start() - 1; k >= Math.max(s.analysisFrom, t.start() - 8); k--) {
            if (!toks.get(k).is("whom")) {
                continue;
            }
            Mention object = null;
            for (Mention m : before) {
                if (m.end <= k) {
                    object = m;
                } else {
                    subjectsOut.add(m);
                }
            }
            return object != null && article.between(object.end, k).strip().equals(",") ? object : null;
        }
        return null;
    }

    /**
     * "Al-Aiban, Minister of State, Member of the Council of Ministers and National Security Advisor of the Kingdom,
     * and Admiral Shamkhani": a list of titles in apposition, then ", and" before the next person.
     */
    private static boolean titlesThenAnd(String gap) {
        String g = gap.strip();
        if (!g.endsWith(", and") || g.length() > 200) {
            return false;
        }
        for (String w : g.substring(0, g.length() - 5).split("[\\s,]+")) {
            if (!w.isEmpty() && !Character.isUpperCase(w.charAt(0)) && !Set.of("of", "the", "and", "for").contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean opensClause(Mention m, List<Trigger> all) {
        for (Trigger other : all) {
            if (other.start() >= m.end && other.start() <= m.end + 1) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlyWords(String gap, Set<String> words) {
        for (String w : gap.toLowerCase(Locale.ROOT).split("[\\s,]+")) {
            if (!w.isEmpty() && !words.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * When the mention right before a trigger closes a relative clause (", who … with Putin on Monday, held"),
     * the mention before the clause, which is the trigger's subject; else null.
     */
    private Mention beforeRelativeClause(Sentence s, List<Mention> before, Mention m, Trigger t) {
        if (!article.between(m.end, t.start()).strip().equals(",")) {
            return null;
        }
        for (int i = before.indexOf(m) - 1; i >= 0; i--) {
            String gap = article.between(before.get(i).end, before.get(i + 1).start);
            if (gap.startsWith(", who ") || gap.startsWith(", which ")) {
                return before.get(i);
            }
        }
        return null;
    }

    private static boolean containsWord(String gap, Set<String> words) {
        for (String w : NOT_LETTERS.split(gap.toLowerCase(Locale.ROOT))) {
            if (words.contains(w)) {
                return true;
            }
        }
        return gap.contains(";") || gap.contains("—") && words.contains("—");
    }

    /**
     * Adds the people a mention means.
     *
     * @param into     where to add them
     * @param s        the sentence
     * @param m        the mention
     * @param on       the meeting's date, for title holders
     * @param subjects the meeting's subjects so far (whom "him" cannot mean), or null for a subject
     * @param withObjects whether the meeting names objects (then "they" are the last meeting's subjects)
     * @return how much confidence the reading costs
     */
    double resolve(Set<Person> into, Sentence s, Mention m, PartialDate on, Set<Person> subjects, boolean withObjects) {
        int at = s.index * 1000 + m.start;
        switch (m.kind) {
            case PERSON -> {
                into.add(m.person);
                return m.person.confirmed ? 0 : 0.1;
            }
            case PRONOUN -> {
                boolean object = subjects != null && (toks.get(m.start).is("him") || toks.get(m.start).is("her"));
                Person p = object ? lastNamedBesides(at, subjects) : subjectPronoun(s, m);
                if (p != null) {
                    into.add(p);
                }
                return 0.1;
            }
            case SPEAKER -> {
                if (toks.get(m.start).is("our") || toks.get(m.start).is("we")) {
                    into.addAll(article.speakers);
                } else if (toks.get(m.start).is("you") || toks.get(m.start).is("your")) {
                    // "you have had a discussion with Mr Lavrov today": whom the speaker addresses, the transcript's others
                    for (Person p : article.speakers) {
                        if (s.speaker != null && p != s.speaker) {
                            into.add(p);
                        }
                    }
                } else if (s.speaker != null) {
                    into.add(s.speaker);
                }
                return 0.1;
            }
            case COUNTERPART -> {
                for (String scope : m.scopes) {
                    for (Person p : persons) {
                        if (scope.equals(p.scopeOn(article.published)) && p.confirmed) {
                            into.add(p);
                            break;
                        }
                    }
                }
                return m.scopes.isEmpty() ? 0 : 0.15;
            }
            case TITLE_REF -> {
                Person p = m.anaphoric ? lastTitled(at, m.title) : registry.byTitle(m.title, on);
                if (p != null) {
                    into.add(p);
                }
                return 0.15;
            }
            case GROUP -> {
                into.addAll(group(s, m, subjects == null && withObjects));
                return 0.15;
            }
            case STATES -> {
                into.addAll(ofStates(at, m.scopes));
                return 0.15;
            }
            default -> {
                return 0;
            }
        }
    }

    /** He, his: the last person named (or titled: "the Secretary's stops") before it in its sentence, else the last subject. */
    private Person subjectPronoun(Sentence s, Mention m) {
        Person p = null;
        for (Mention other : s.mentions) {
            if (other.end <= m.start && other.kind == MentionKind.PERSON) {
                p = other.person;
            } else if (other.end <= m.start && other.kind == MentionKind.TITLE_REF) {
                Set<Person> titled = new LinkedHashSet<>();
                resolve(titled, s, other, null, null, false);
                p = titled.isEmpty() ? p : titled.iterator().next();
            }
        }
        return p != null ? p : lastSubject;
    }

    /** Him: the person named last before it who is not the meeting's subject. */
    private Person lastNamedBesides(int at, Set<Person> subjects) {
        Person best = null;
        int bestAt = -1;
        for (Person p : persons) {
            int seen = p.seenBefore(at);
            if (seen > bestAt && !subjects.contains(p)) {
                best = p;
                bestAt = seen;
            }
        }
        return best;
    }

    /**
     * "the Secretary", "the Crown Prince": of the people named before it with a title of those words, the one
     * named most often (the readout's Secretary, not a secretary named once), the last named on a tie.
     */
    private Person lastTitled(int at, TitleInfo title) {
        Set<String> words = words(title.text);
        words.remove("the");
        Person best = null;
        int bestCount = 0;
        int bestAt = -1;
        for (Person p : persons) {
            int seen = p.seenBefore(at);
            if (seen < 0 || !holdsTitle(p, words)) {
                continue;
            }
            int count = p.timesSeenBefore(at);
            if (count > bestCount || count == bestCount && seen > bestAt) {
                best = p;
                bestCount = count;
                bestAt = seen;
            }
        }
        return best;
    }

    private boolean holdsTitle(Person p, Set<String> words) {
        for (Person.Role r : p.roles) {
            if (r.title().text != null && words(r.title().text).containsAll(words)) {
                return true;
            }
        }
        KnownPeople.Role known = p.known == null ? null : p.known.roleOn(article.published);
        return known != null && known.title() != null && words(known.title()).containsAll(words);
    }

    private static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /**
     * They, the two ministers: the last meeting's people (its subjects, when "they" meet others), unless a
     * sentence since named two people in one breath; "the two" prefers the two of the last meeting's people
     * that were met.
     */
    private Set<Person> group(Sentence s, Mention m, boolean subjectsOnly) {
        boolean two = toks.get(m.start).is("the") && m.end - m.start >= 2 && toks.get(m.start + 1).is("two") || toks.get(m.start).is("two");
        Set<Person> titled = two ? holdersOfPluralTitle(s, m) : Set.of();
        if (!titled.isEmpty()) {
            // "the two presidents": the two presidents the story names most
            return titled;
        }
        Set<Person> earlier = new LinkedHashSet<>();
        for (Mention other : s.mentions) {
            if (other.end <= m.start && (other.kind == MentionKind.PERSON || other.kind == MentionKind.TITLE_REF)) {
                resolve(earlier, s, other, null, null, false);
            }
        }
        if (lastMeetingSentence != s.index && earlier.size() >= 2 && (!two || earlier.size() == 2)) {
            // "Lammy and Blinken travelled to Kyiv, where they met President Zelenskyy"
            return earlier;
        }
        if (two && lastAll.size() != 2 && firstTwo != null) {
            // "the two leaders" after a larger meeting: the story's first two that met alone
            return firstTwo;
        }
        if (lastPairSentence > lastMeetingSentence && !lastPair.isEmpty() && (!two || lastPair.size() == 2)) {
            return new LinkedHashSet<>(lastPair);
        }
        if (subjectsOnly && !two && lastSubjects.size() >= 2 && lastSubjects.size() < lastAll.size()) {
            return lastSubjects;
        }
        if (two && lastAll.size() > 2 && lastObjects.size() == 2) {
            return lastObjects;
        }
        if (!lastAll.isEmpty()) {
            return lastAll;
        }
        return new LinkedHashSet<>(lastPair);
    }

    /**
     * "the two Secretaries", "the two presidents": the two people named before the mention most often who hold a title
     * of the word after "two" (in the singular), when a third holder is named less often; none for words that name no
     * title ("the two leaders", "the two men") or a tie, and none of the people the sentence names after it.
     */
    private Set<Person> holdersOfPluralTitle(Sentence s, Mention m) {
        // "the two presidents" is one mention; "the two Secretaries" is "the two" before a noun
        int noun = toks.get(m.end - 1).is("two") ? m.end : m.end - 1;
        if (noun >= s.to || !toks.get(noun).isWord() || !toks.get(noun).lower.endsWith("s")) {
            return Set.of();
        }
        String title = singular(toks.get(noun).lower);
        if (!article.g.titleWords.contains(title) || GENERIC_TITLES.contains(title)) {
            return Set.of();
        }
        int at = s.index * 1000 + m.start;
        Set<Person> laterHere = new LinkedHashSet<>();
        for (Mention other : s.mentions) {
            if (other.start >= m.end && other.kind == MentionKind.PERSON) {
                laterHere.add(other.person);
            }
        }
        List<Person> holders = new ArrayList<>();
        for (Person p : persons) {
            if (p.seenBefore(at) >= 0 && holdsTitle(p, Set.of(title)) && !laterHere.contains(p)) {
                holders.add(p);
            }
        }
        holders.sort((a, b) -> Integer.compare(b.timesSeenBefore(at), a.timesSeenBefore(at)));
        if (holders.size() < 2 || holders.size() > 2 && holders.get(2).timesSeenBefore(at) >= holders.get(1).timesSeenBefore(at)) {
            return Set.of();
        }
        return new LinkedHashSet<>(holders.subList(0, 2));
    }

    private static String singular(String w) {
        return w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y" : w.substring(0, w.length() - 1);
    }

    /** "the EU leaders": the people of those states named before it; none named yet, the first of each. */
    private Set<Person> ofStates(int at, List<String> scopes) {
        Set<Person> out = new LinkedHashSet<>();
        for (String scope : scopes) {
            Person first = null;
            boolean before = false;
            for (Person p : persons) {
                if (!p.confirmed || !scope.equals(p.scopeOn(article.published))) {
                    continue;
                }
                if (p.seenBefore(at) >= 0) {
                    out.add(p);
                    before = true;
                } else if (first == null) {
                    first = p;
                }
            }
            if (!before && first != null) {
                out.add(first);
            }
        }
        return out;
    }

    /** A meeting was recorded: "they" and "the two" now mean its people. */
    void rememberMeeting(Sentence s, Set<Person> subjects, Set<Person> objects, Set<Person> all) {
        if (!subjects.isEmpty()) {
            lastSubject = subjects.iterator().next();
            subjectSentence = s.index;
        }
        if (all.size() == 2 && firstTwo == null) {
            firstTwo = all;
        }
        lastAll = all;
        lastSubjects = subjects;
        lastObjects = objects;
        lastMeetingSentence = s.index;
    }

    /** After the second pass over a sentence: its first person is the next sentences' "he"; two named together are "they". */
    void rememberSentence(Sentence s) {
        List<Person> named = new ArrayList<>(2);
        for (Mention m : s.mentions) {
            if (m.kind == MentionKind.PERSON && !named.contains(m.person)) {
                if (named.isEmpty() && subjectSentence != s.index) {
                    lastSubject = m.person;
                }
                named.add(m.person);
            } else if (m.kind == MentionKind.TITLE_REF && m.anaphoric) {
                // "The Secretary thanked the Minister": the two of them
                Set<Person> titled = new LinkedHashSet<>();
                resolve(titled, s, m, null, null, false);
                titled.stream().filter(p -> !named.contains(p)).forEach(named::add);
            }
        }
        if (named.size() >= 2) {
            lastPair = named.subList(0, 2);
            lastPairSentence = s.index;
        }
    }
}
