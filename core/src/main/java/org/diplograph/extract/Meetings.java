package org.diplograph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplograph.extract.MeetingDateAndPlace.When;
import org.diplograph.extract.MeetingTriggers.Trigger;
import org.diplograph.extract.Sentence.Mention;
import org.diplograph.model.DatePrecision;
import org.diplograph.model.PartialDate;
import org.diplograph.model.Provenance;

/**
 * The meeting rules: a trigger that reports a meeting that took place, its subjects and objects resolved to
 * people; one meeting for all, or one per object when they met "separately"; people who "took part in the
 * meeting" join the one before; the speakers of a transcript met. Each meeting's rule names the trigger and,
 * when the sentence states no date, the rule that dated it ({@code meeting:met-with;date:publication-day}).
 */
final class Meetings {

    /** A meeting read but not yet given its participants' ids; {@code headline} when the headline states it. */
    record Pending(PartialDate on, String place, Provenance provenance, boolean headline, boolean another) {
    }

    /**
     * Between one person met and the next with a day or place of his own: " on Tuesday and ", " in March and ", and in a
     * longer list " in Berlin, " ("met Scholz in Berlin, Macron in Paris and Rutte in Brussels"; "were received by Zelensky
     * in Kyiv on 16 June and by Putin in St Petersburg a day later").
     */
    private static final java.util.regex.Pattern GAPPED = java.util.regex.Pattern.compile(
            "\\s*,?\\s*(on|in) [\\w ]{3,30}?(\\s+(on|in) [\\w ]{3,20}?)?(,?\\s+and\\s+|\\s*,\\s*)(with\\s+|by\\s+)?");
    private static final Set<String> ANOTHER = Words.set("also", "separately", "separate", "later", "afterwards", "earlier", "then",
            "alone", "privately", "one-on-one", "tete-a-tete", "bilateral", "bilaterally");
    private static final Pattern RELATIVE_CLOSED_THEN_AND = Pattern.compile("(?s), who [^,;]*,\\s*and\\s*");
    private static final Pattern ONE_ON_ONE = Pattern.compile("(?i)\\bone-on-one\\b|\\bt[eê]te-[aà]-t[eê]te\\b");
    /** Events that "since" may name as an earlier meeting: "since the G20 summit in Osaka", "since their talks in Geneva". */
    private static final Set<String> SINCE_EVENTS = Words.set("summit", "meeting", "talks", "visit", "encounter", "trip");
    /** Journeys that, after "since", were to meet: "since Erdogan travelled to Sochi" (not "since Austin took office"). */
    private static final Set<String> SINCE_JOURNEYS = Words.set("travelled", "traveled", "flew", "visited", "went");
    private static final String SINCE_EARLIER = "meeting:since-earlier";
    /** Date rules that count from another date or take another trip's: such a meeting is another, not the same told again. */
    private static final Set<String> COUNTED_DATES = Words.set("date:after-last-meeting", "date:before-story-day", "date:before-date-told",
            "date:before-last-told", "date:that-trip");
    private static final Set<String> TOOK_PART = Words.set("part", "participated", "participating", "joined", "attended", "hosted", "present");
    /** The talks just told, as a passive's subject: "The talks were (also) attended by …", and the words before the verb. */
    static final Set<String> TALKS = Words.set("talks", "meeting", "negotiations", "discussions", "consultations");
    private static final Set<String> BEFORE_ATTENDED = Words.set("were", "was", "also");
    /** What a delegation is said to be made of, after a meeting: its members were at it. */
    private static final Set<String> DELEGATION_VERBS = Words.set("included", "includes", "comprised", "comprises");

    private final Article article;
    private final List<Token> toks;
    private final MeetingTriggers triggers;
    private final MeetingParticipants people;
    private final MeetingReferents referents;
    private final PersonRegistry registry;
    /** Who hosted a gathering the sentence names no one at ("hosted the Second India-Nordic Summit"), and where. */
    private Set<Person> gatheringHost = Set.of();
    private int gatheringHostSentence = -2;
    /** The article's first sentence of a paragraph's length, once {@link #firstParagraph()} has looked; -1 before. */
    private int firstParagraph = -1;
    private final MeetingDateAndPlace dateAndPlace;
    private final Delegations delegations;
    /** The meetings read so far, and (at the same index) their participants. */
    final List<Pending> pending = new ArrayList<>();
    final List<Set<Person>> participants = new ArrayList<>();
    /** The sentence that told the last meeting. */
    int lastMeetingSentence = NONE_YET;
    /** Where in {@link #pending} the meetings the last meeting sentence told begin. */
    private int lastSentenceFirst;
    /** No meeting told yet: far enough before the first sentence that none is "the one before". */
    private static final int NONE_YET = Integer.MIN_VALUE / 2;
    /** Meetings told again by reference: "The first had taken place in Wuhan", "returned the visit". */
    private final MeetingsRetold retold;

    Meetings(Article article, PersonRegistry registry, MeetingDateAndPlace dateAndPlace) {
        this.article = article;
        this.toks = article.toks;
        this.triggers = new MeetingTriggers(article);
        this.people = new MeetingParticipants(article);
        this.referents = new MeetingReferents(article, registry);
        this.registry = registry;
        this.dateAndPlace = dateAndPlace;
        this.delegations = new Delegations(article);
        this.retold = new MeetingsRetold(article, this, dateAndPlace);
    }

    /** The nouns of "The meeting took place yesterday": the meeting just told. */
    private static final Set<String> THE_MEETING = Words.set("meeting", "talks", "meetings", "encounter", "summit");

    /**
     * "Pavel met Duda in Warsaw. The meeting took place yesterday.": a sentence that names no one and dates "the meeting" right
     * after one the story left undated (or dated to its publication only) gives it that date; whether it did.
     */
    private boolean datesTheOneTold(Sentence s) {
        if (pending.isEmpty() || s.index - lastMeetingSentence != 1 || s.mentions.stream().anyMatch(m -> m.kind == Sentence.MentionKind.PERSON)) {
            return false;
        }
        // ("The State Department said the meeting took place yesterday")
        int k = s.analysisFrom;
        while (k + 3 < s.to && !(toks.get(k).is("the") && THE_MEETING.contains(toks.get(k + 1).lower))) {
            k++;
        }
        if (k + 3 >= s.to) {
            return false;
        }
        int verb = k + 2;
        boolean told = toks.get(verb).is("took") && toks.get(verb + 1).is("place")
                || toks.get(verb).isAny("was", "were") && toks.get(verb + 1).is("held");
        Pending last = pending.get(pending.size() - 1);
        String rule = last.provenance().rule();
        int inferred = rule.lastIndexOf(";date:");
        if (!told || last.on() != null && !dayTakenFor(last)) {
            return false;
        }
        When when = dateAndPlace.dateOf(s, new Trigger(verb, verb + 2, "meeting:the-meeting", true, false));
        if (!when.stated() || when.on() == null) {
            return false;
        }
        String undated = inferred >= 0 ? rule.substring(0, inferred) : rule;
        pending.set(pending.size() - 1, new Pending(when.on(), last.place(), new Provenance(last.provenance().evidence() + " " + s.evidence(),
                undated + ";date:next-sentence", last.provenance().confidence()), last.headline(), last.another()));
        return true;
    }

    /**
     * "Vladimir Putin took part in a session of the CSTO Collective Security Council. Also taking part were President of
     * Armenia A, President of Belarus B and …": one meeting of the one who took part and of those who also did.
     */
    private boolean othersAtGathering(Sentence s) {
        Sentence before = s.index >= 1 && lastMeetingSentence != s.index - 1 ? article.sentences.get(s.index - 1) : null;
        if (before != null && soloAtGathering(before) < 0 && before.mentions.isEmpty() && s.index >= 2
                && lastMeetingSentence != s.index - 2) {
            // "Putin took part in a meeting of the Council. The heads of the member states first met in a narrow format. Taking
            // part were A, B and C": a sentence naming no one between them
            before = article.sentences.get(s.index - 2);
        }
        int took = before == null ? -1 : soloAtGathering(before);
        for (int i = s.analysisFrom; took >= 0 && i < s.to; i++) {
            if (!presentToo(s, i) || s.mentions.stream().anyMatch(m -> m.end <= s.analysisFrom + 1 && m.kind == Sentence.MentionKind.PERSON)) {
                continue;
            }
            int verb = i;
            // the gathering's day and place are those its own sentence tells
            Trigger t = new Trigger(took, took + 1, "meeting:took-part", false, false);
            When when = dateAndPlace.dateOf(before, t);
            Set<Person> first = new LinkedHashSet<>();
            referents.resolve(first, before, before.mentions.get(0), when.on(), null, false);
            Set<Person> others = new LinkedHashSet<>();
            s.mentions.stream().filter(m -> m.start > verb).forEach(m -> referents.resolve(others, s, m, when.on(), null, false));
            others.removeAll(first);
            Set<Person> all = new LinkedHashSet<>(first);
            all.addAll(others);
            return !first.isEmpty() && addMeeting(before, t, all, first, others, when, dateAndPlace.placeOf(before, t), 0.8, t.rule()) != null;
        }
        return false;
    }

    /**
     * Where a sentence says its first words' one person took part in or attended a gathering ("Putin took part in a
     * session of …"), the verb; or -1.
     */
    private int soloAtGathering(Sentence s) {
        for (int i = s.analysisFrom + 1; i + 3 < s.to; i++) {
            int at = toks.get(i).is("took") && toks.get(i + 1).is("part") && toks.get(i + 2).is("in") ? i + 3
                    : toks.get(i).isAny("attended", "chaired") ? i + 1 : -1;
            for (int k = at; at > 0 && k < Math.min(s.to, at + 3); k++) {
                if (SESSIONS.contains(toks.get(k).lower)) {
                    int verb = i;
                    List<Mention> before = s.mentions.stream().filter(m -> m.end <= verb).toList();
                    return before.size() == 1 && before.get(0).start == s.analysisFrom && before.get(0).kind == Sentence.MentionKind.PERSON
                            ? verb : -1;
                }
            }
        }
        return -1;
    }

    /** What one takes part in with others: "a session of the Council", "the summit", "the talks". */
    static final Set<String> SESSIONS = Words.set("session", "summit", "meeting", "conference", "sitting", "forum", "talks", "dialogue");

    /** Whether a colon stands between the sentence's first trigger and {@code t}: "… with each of his counterparts: a lunch with A". */
    private boolean colonBefore(Sentence s, Trigger first, Trigger t) {
        for (int k = first.end(); k < t.start(); k++) {
            if (toks.get(k).text.equals(":")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who speaks the quote a sentence introduces ("Speaking after his meeting with the Speaker, the Minister said:"): the
     * person named last before its speech verb, by name or by post; or null.
     */
    Person quoteSpeaker(Sentence introducer, int verb) {
        Mention last = null;
        for (Mention m : introducer.mentions) {
            if (m.end <= verb && (m.kind == Sentence.MentionKind.PERSON || m.kind == Sentence.MentionKind.TITLE_REF)) {
                last = m;
            }
        }
        if (last == null) {
            return null;
        }
        Set<Person> who = new LinkedHashSet<>();
        referents.resolve(who, introducer, last, article.published == null ? null : PartialDate.ofDay(article.published), null, false);
        return who.size() == 1 ? who.iterator().next() : null;
    }

    /** Reads the meetings a sentence says took place. */
    void read(Sentence s) {
        if (tookPart(s) || datesTheOneTold(s)) {
            return;
        }
        retold.earlierOfTheSame(s);
        Set<Person> previousSubjects = null;
        // the subjects of the sentence's first meeting told with any
        Set<Person> clauseSubjects = Set.of();
        List<Mention> previousObjects = List.of();
        String previousSubjectWord = null;
        List<Mention> taken = new ArrayList<>();
        List<Trigger> found = triggers.find(s);
        int toldFrom = Integer.MAX_VALUE;
        for (Trigger t : found) {
            if (t.start() >= toldFrom) {
                // "…, when they and Minister C held the consultations": the meeting the clause's first trigger told
                continue;
            }
            int occasions = triggers.listedOccasions(s, t);
            if (occasions < 0 && !triggers.realised(s, t) || lastMeetingSentence == s.index && triggers.appositive(s, t)
                    || lastMeetingSentence == s.index - 1 && triggers.describesTheLast(s, t)) {
                // "Xi held talks with Putin, their second meeting this year", "This was their third meeting": the one just told
                continue;
            }
            List<Mention> before = new ArrayList<>();
            List<Mention> after = new ArrayList<>();
            for (Mention m : s.mentions) {
                if (m.end <= t.start()) {
                    before.add(m);
                } else if (m.start >= t.end()) {
                    after.add(m);
                }
            }
            List<Mention> objects = people.objects(s, t, after, found);
            List<Mention> also = people.alsoPresent(s, t, objects, after);
            if (!also.isEmpty()) {
                if (article.between(t.end(), also.get(0).start).contains("when they and")) {
                    toldFrom = also.get(also.size() - 1).end;
                }
                objects = new ArrayList<>(objects);
                objects.addAll(also);
            }
            List<Mention> subjects = people.subjects(s, t, before, taken);
            Mention opener = before.isEmpty() ? openingNominal(s, t, after) : openingPossessive(s, t, before, after);
            if (opener != null) {
                // "In his meeting with Foreign Minister Cavusoglu, the Secretary underscored …": the clause after the comma
                // is the main one, and its subject the "his"
                int comma = opener.start;
                objects = objects.stream().filter(m -> m.end <= comma).toList();
                subjects = new ArrayList<>(List.of(opener));
            }
            if (subjects.isEmpty() && objects.isEmpty() && t.nominal()) {
                subjects = people.subjectsAfterOpening(s, t, after);
            }
            List<Mention> clause = new ArrayList<>();
            Mention whom = objects.isEmpty() ? people.whomObject(s, t, before, clause) : null;
            if (whom != null && !clause.isEmpty()) {
                objects = List.of(whom);
                subjects = clause;
            }
            taken.addAll(objects);
            if (subjects.isEmpty() && t.nominal() && !objects.isEmpty()) {
                Mention lastObject = objects.get(objects.size() - 1);
                for (Mention m : after) {
                    String gap = m.start >= lastObject.end && m.kind == Sentence.MentionKind.PERSON ? article.between(lastObject.end, m.start) : "";
                    if (gap.contains(",") && found.stream().anyMatch(o -> o.start() >= lastObject.end && o.end() <= m.start)) {
                        // "a working lunch with A, and separate talks with B": another meeting's object
                        break;
                    }
                    if (gap.contains(",")) {
                        // "…, said Navy Capt. Darryn James": who reports the talks was not at them; "…, since then Minister
                        // Kang visited Tokyo": the subject of another clause
                        if (!ATTRIBUTION.matcher(gap).find() && !OTHER_CLAUSE.matcher(gap).find()) {
                            subjects.add(m);
                        }
                        break;
                    }
                    if (gap.isBlank() && m.kind == Sentence.MentionKind.PRONOUN && m.start >= lastObject.end
                            && toks.get(s.analysisFrom).isAny("after", "following") && t.start() <= s.analysisFrom + 3) {
                        // "After talks with President Serzh Sargsyan he thanked Armenia": the opening's subject, no comma before him
                        subjects.add(m);
                        break;
                    }
                }
            }
            When when = dateAndPlace.dateOf(s, t);
            double confidence = when.stated() ? 0.9 : 0.8;
            Set<Person> subjectPeople = new LinkedHashSet<>();
            // "met Xi, who held talks with Putin": the relative pronoun's antecedent is the subject, not the first verb's
            // ("called on Oli, who also holds the defense portfolio, and held talks with Thapa": that clause closed, the
            // verb after ", and" is the first verb's)
            String afterSubject = subjects.isEmpty() ? "" : article.between(subjects.get(subjects.size() - 1).end, t.start());
            boolean relative = afterSubject.startsWith(", who") && !RELATIVE_CLOSED_THEN_AND.matcher(afterSubject).matches();
            boolean coordinated = previousSubjects != null && !subjects.isEmpty() && !relative
                    && previousObjects.contains(subjects.get(subjects.size() - 1));
            // "his meeting with President Pavlopoulos … and his talks with Tsipras": one "his", not the man just met
            boolean samePronoun = previousSubjects != null && !previousSubjects.isEmpty() && subjects.size() == 1
                    && subjects.get(0).kind == Sentence.MentionKind.PRONOUN && previousSubjectWord != null
                    && toks.get(subjects.get(0).start).lower.equals(previousSubjectWord);
            if (coordinated || samePronoun) {
                // "called on Prime Minister Modi and met Adviser Doval": the second verb has the first one's subject
                subjectPeople.addAll(previousSubjects);
            } else if (subjects.isEmpty() && t.nominal() && !clauseSubjects.isEmpty() && colonBefore(s, found.get(0), t)) {
                // "held bilateral meetings today with each of his counterparts: a working lunch with A, and separate talks
                // with B and with C": what follows the colon is the subject's
                subjectPeople.addAll(clauseSubjects);
            } else {
                for (Mention m : subjects) {
                    confidence -= referents.resolve(subjectPeople, s, m, when.on(), null, !objects.isEmpty());
                }
                if (subjects.size() == 1 && subjects.get(0).kind == Sentence.MentionKind.PRONOUN && subjectPeople.size() == 1) {
                    subjectPeople.addAll(companions(s, subjectPeople.iterator().next(), subjects.get(0).start));
                }
            }
            if (clauseSubjects.isEmpty()) {
                clauseSubjects = subjectPeople;
            }
            if (subjects.size() >= 2 && !objects.isEmpty()) {
                Person first = subjectPeople.isEmpty() ? null : subjectPeople.iterator().next();
                subjectPeople.stream().filter(p -> p != first && p.side == null).forEach(p -> p.side = first);
            }
            List<Set<Person>> groups = new ArrayList<>();
            Set<Person> objectPeople = new LinkedHashSet<>();
            boolean someoneMet = false;
            for (Mention m : objects) {
                Set<Person> one = new LinkedHashSet<>();
                confidence -= referents.resolve(one, s, m, when.on(), subjectPeople, true);
                someoneMet |= !one.isEmpty();
                one.removeAll(subjectPeople);
                objectPeople.addAll(one);
                groups.add(one);
            }
            if (subjectPeople.isEmpty() && t.nominal() && !objectPeople.isEmpty() && article.inHeadline(s)) {
                // "Meeting with President of Azerbaijan Ilham Aliyev" over "Dmitry Medvedev and Ilham Aliyev discussed …":
                // the page's principal, whom its first lines name first
                Person principal = firstNamedInBody(objectPeople);
                if (principal != null) {
                    subjectPeople.add(principal);
                }
            }
            if (t.rule().equals(MeetingTriggers.RETURNED_VISIT)) {
                // whom the subject met last, besides those he met with
                objectPeople.addAll(retold.lastMetBy(subjectPeople));
                objectPeople.removeAll(subjectPeople);
            }
            if (subjectPeople.isEmpty() && objectPeople.isEmpty()) {
                // "The 24th Summit between the EU and Ukraine was held in Kyiv today", "EU and US leaders met in Brussels":
                // its delegations may follow
                delegations.noteVenue(s, t, when, dateAndPlace.placeOf(s, t));
            }
            if (t.rule().equals("meeting:held-by") && gatheringHostSentence == s.index - 1) {
                // "X hosted the Summit in Copenhagen. The Summit was attended by A, B and C": the host was at it too
                gatheringHost.stream().filter(p -> !objectPeople.contains(p)).forEach(subjectPeople::add);
            }
            if ((t.rule().equals("meeting:hosted") || t.rule().equals(MeetingTriggers.CHAIRED)) && objects.isEmpty() && !subjectPeople.isEmpty()) {
                gatheringHost = Set.copyOf(subjectPeople);
                gatheringHostSentence = s.index;
            }
            if (t.rule().equals(MeetingTriggers.CHAIRED)) {
                // the chair is at the gathering its next sentence's attendees make; alone he met no one
                continue;
            }
            List<Person> eachMet = objects.isEmpty() ? eachOfThem(s, t, subjectPeople) : eachOfSeparateGroup(s, t, objects, subjectPeople, objectPeople);
            if (!someoneMet && compatriots(subjectPeople) && (!objects.isEmpty() || objectPeople.isEmpty()) && eachMet.isEmpty()
                    || objects.isEmpty() && !MeetingTriggers.withoutObject(t) && eachMet.isEmpty()
                    || subjectPeople.isEmpty() && !t.nominal()) {
                // "he and Secretary Blinken held talks with Japanese counterparts" the article never names, "welcomed the
                // growing cooperation": no meeting of the subjects alone
                continue;
            }
            String place = dateAndPlace.placeOf(s, t);
            if (!eachMet.isEmpty()) {
                // "had held separate bilateral meetings with each of his guests", "met separately with each President": one
                // meeting with each of those the meeting told last brought, the subjects' compatriots aside
                for (Person one : eachMet) {
                    Set<Person> all = new LinkedHashSet<>(subjectPeople);
                    all.add(one);
                    addMeeting(s, t, all, subjectPeople, Set.of(one), when, place, confidence, "meeting:separately");
                }
            } else if (occasions >= 0) {
                Set<Person> all = new LinkedHashSet<>(subjectPeople);
                all.addAll(objectPeople);
                addOccasions(s, t, occasions, all, subjectPeople, objectPeople, confidence);
            } else if ((separately(s, t) || apart(objects)) && !subjectPeople.isEmpty() && groups.size() > 1) {
                for (int g = 0; g < groups.size(); g++) {
                    Set<Person> all = new LinkedHashSet<>(subjectPeople);
                    all.addAll(groups.get(g));
                    // "held talks with Chinh in Beijing on Monday, and with Mottley in Tianjin on Sunday": each its own time and place
                    Mention next = g + 1 < objects.size() ? objects.get(g + 1) : null;
                    When ownDate = g > 0 && g < objects.size() ? dateAndPlace.dateAfter(s, objects.get(g), next) : null;
                    String ownPlace = g > 0 && g < objects.size() ? dateAndPlace.placeAfter(s, objects.get(g), next) : null;
                    addMeeting(s, t, all, subjectPeople, groups.get(g), ownDate != null ? ownDate : when, ownPlace != null ? ownPlace : place,
                            confidence, "meeting:separately");
                }
            } else if (bilaterals(s, t) && subjectPeople.size() + objectPeople.size() > 2) {
                // "the bilateral meetings held among the three leaders", "the three leaders held bilateral meetings": each pair
                // of them met; "A held bilateral talks with B and with C": A with each
                List<Person> each = new ArrayList<>(subjectPeople.isEmpty() ? objectPeople : subjectPeople);
                List<Person> others = subjectPeople.isEmpty() || objectPeople.isEmpty() ? each : new ArrayList<>(objectPeople);
                for (int a = 0; a < each.size(); a++) {
                    for (int b = others == each ? a + 1 : 0; b < others.size(); b++) {
                        String scope = each.get(a).scopeOn(article.published);
                        if (each.get(a) != others.get(b) && (scope == null || !scope.equals(others.get(b).scopeOn(article.published)))) {
                            addMeeting(s, t, new LinkedHashSet<>(List.of(each.get(a), others.get(b))), Set.of(each.get(a)),
                                    Set.of(others.get(b)), when, place, confidence, "meeting:bilaterals");
                        }
                    }
                }
            } else if (separately(s, t) && subjectPeople.size() > 1 && !objectPeople.isEmpty()
                    && (!compatriots(subjectPeople) || separatelyBefore(s, t))) {
                // "Prime Minister Suga and Prime Minister Morrison met the President separately": each subject on his own;
                // "the Vice President and the Minister separately called on President Sisi": compatriots too
                for (Person one : subjectPeople) {
                    Set<Person> all = new LinkedHashSet<>(objectPeople);
                    all.add(one);
                    addMeeting(s, t, all, Set.of(one), objectPeople, when, place, confidence, "meeting:separately");
                }
            } else {
                Set<Person> all = new LinkedHashSet<>(subjectPeople);
                all.addAll(objectPeople);
                addMeeting(s, t, all, subjectPeople, objectPeople, when, place, confidence, t.rule());
                addMeetingSince(s, t, all, subjectPeople, objectPeople, confidence);
                if (!objects.isEmpty() && !subjectPeople.isEmpty()) {
                    addGapped(s, t, objects.get(objects.size() - 1), subjectPeople, confidence);
                }
                addAgain(s, t, all, subjectPeople, objectPeople, when, confidence);
            }
            previousSubjects = subjectPeople;
            previousObjects = objects;
            previousSubjectWord = subjects.size() == 1 && subjects.get(0).kind == Sentence.MentionKind.PRONOUN
                    ? toks.get(subjects.get(0).start).lower : null;
        }
        journeyToTheOther(s, found);
        visitToTheSeat(s);
        readDelegations(s);
        retold.followedBy(s);
    }

    /** Between the people who came with someone: ", ", " and ", ", and ". */
    private static final Pattern COMPANION_LIST = Pattern.compile("\\s*(,|and|, and)\\s*(the\\s+)?");

    /**
     * "President Ramaphosa, accompanied by Minister A and Minister B, undertook a visit to Luanda, where he held talks with
     * …": whom the person a pronoun stands for came with, named in his sentence before the pronoun; none otherwise.
     */
    private List<Person> companions(Sentence s, Person who, int pronoun) {
        List<Person> out = new ArrayList<>();
        String scope = who.scopeOn(article.published);
        Mention last = null;
        for (Mention m : s.mentions) {
            if (m.end > pronoun) {
                break;
            }
            if (last == null && m.kind == Sentence.MentionKind.PERSON && m.person == who) {
                last = m;
            } else if (last != null && m.kind == Sentence.MentionKind.PERSON) {
                // the first after ", accompanied by", the others listed after him
                String gap = article.between(last.end, m.start);
                if (!(out.isEmpty() ? ACCOMPANIED_BY.matcher(gap).lookingAt() : COMPANION_LIST.matcher(gap).matches())) {
                    break;
                }
                out.add(m.person);
                last = m;
                if (m.person.scope == null && m.person.known == null && m.person.fixedId == null && scope != null) {
                    // the people he brought are of his country, not hosts where they went
                    m.person.scope = scope;
                }
            }
        }
        return out;
    }

    private static final Pattern ACCOMPANIED_BY = Pattern.compile("\\s*,?\\s*accompanied by\\b");

    /** "have met twice: in Prague in January 2023 and in Brno in June 2023": one meeting on each date after the colon. */
    private void addOccasions(Sentence s, Trigger t, int from, Set<Person> all, Set<Person> subjects, Set<Person> objects,
                              double confidence) {
        int origin = toks.get(s.from).start;
        for (Dates.Found f : s.dates) {
            if (f.date() == null || f.future()) {
                continue;
            }
            int at = -1;
            for (int k = from; k < s.to && at < 0; k++) {
                at = toks.get(k).start - origin >= f.start() ? k : -1;
            }
            if (at < 0 || toks.get(at).start - origin > f.end()) {
                continue;
            }
            Trigger own = new Trigger(at, at, t.rule(), t.nominal(), t.present());
            // each occasion's own place, right before its date ("in Prague in January 2023"), or none
            String place = null;
            for (Sentence.Place p : s.places) {
                place = p.start() >= from && p.end() <= at && at - p.end() <= 2 ? p.name() : place;
            }
            When when = dateAndPlace.dateOf(s, own);
            addMeeting(s, own, all, subjects, objects, inCountsYear(s, from, f, when), place, confidence, t.rule());
        }
    }

    /**
     * "met Pavel twice last year, in Prague in March and in Warsaw in October": an occasion told without its year is in the
     * year the count's own time gave.
     */
    private When inCountsYear(Sentence s, int from, Dates.Found occasion, When when) {
        int origin = toks.get(s.from).start;
        Dates.Found year = null;
        for (Dates.Found f : s.dates) {
            year = f.date() != null && !f.future() && f.date().precision() == DatePrecision.YEAR && f.end() <= toks.get(from).start - origin
                    ? f : year;
        }
        if (year == null || when.on() == null || when.on().precision() == DatePrecision.YEAR
                || MeetingDateAndPlace.WRITTEN_YEAR.matcher(s.text.substring(occasion.start(), occasion.end())).find()) {
            return when;
        }
        java.time.LocalDate day = when.on().first().withYear(year.date().first().getYear());
        return new When(new PartialDate(day, when.on().precision()), when.rule());
    }

    /**
     * "met in Vilnius in July and again in New York in September": the same people met once more, on the date after
     * "and again" — when only a place stands between the two ("and again in their telephone call on 2 April" is no
     * meeting).
     */
    private void addAgain(Sentence s, Trigger t, Set<Person> all, Set<Person> subjects, Set<Person> objects, When first,
                          double confidence) {
        int again = -1;
        for (int k = t.end() + 1; k < s.to - 1 && again < 0; k++) {
            if (toks.get(k).is(";") || toks.get(k).is(":") || toks.get(k).is("but")) {
                return;
            }
            again = toks.get(k).is("again") && toks.get(k - 1).is("and") ? k
                    // "The two had met in Vilnius in July, at the inaugural meeting of the Council, and in Kyiv in April":
                    // the place said again for a second meeting of the subjects
                    : toks.get(k).is("and") && k + 2 < s.to && (toks.get(k + 1).is("in") || toks.get(k + 1).is("at"))
                    && toks.get(k + 2).capitalised() && !t.nominal() && objects.isEmpty() && placedRightAfter(s, t) ? k : -1;
        }
        if (again < 0) {
            return;
        }
        int origin = toks.get(s.from).start;
        for (int k = again + 1; k < Math.min(s.to, again + 8); k++) {
            int at = k;
            boolean dated = s.dates.stream().anyMatch(f -> !f.future() && f.start() == toks.get(at).start - origin);
            if (dated) {
                Trigger own = new Trigger(k, k, t.rule(), t.nominal(), t.present());
                When when = dateAndPlace.dateOf(s, own);
                if (when.on() != null && !when.on().equals(first.on())) {
                    String place = null;
                    for (Sentence.Place p : s.places) {
                        place = p.start() > again && p.end() <= k ? p.name() : place;
                    }
                    addMeeting(s, own, all, subjects, objects, when, place, confidence, t.rule());
                }
                return;
            }
            Token w = toks.get(k);
            boolean placeWord = w.is("in") || w.is("at") || w.is("on") || w.is("the") || w.is(",")
                    || Character.isUpperCase(w.text.charAt(0));
            if (!placeWord) {
                return;
            }
        }
    }

    /** Whether the trigger's own place follows it: "met in Vilnius", "held talks in Riga". */
    private boolean placedRightAfter(Sentence s, Trigger t) {
        return t.end() + 1 < s.to && (toks.get(t.end()).is("in") || toks.get(t.end()).is("at")) && s.places.stream()
                .anyMatch(p -> p.start() == t.end() + 1 || p.start() == t.end());
    }

    /**
     * "met Pavel on Tuesday and Pellegrini on Wednesday", "met Scholz in Berlin, Macron in Paris and Rutte in Brussels":
     * each further person met, after the day or place of the one before, with a day or place of his own, is another
     * meeting of the same subjects.
     */
    private void addGapped(Sentence s, Trigger t, Mention lastObject, Set<Person> subjects, double confidence) {
        Mention last = lastObject;
        for (Mention m : s.mentions) {
            if (m.start < last.end) {
                continue;
            }
            if (m.kind != Sentence.MentionKind.PERSON || !GAPPED.matcher(article.between(last.end, m.start)).matches()
                    || m.end + 1 >= s.to || !(toks.get(m.end).is("on") || toks.get(m.end).is("in") || followingDay(s, m.end))) {
                return;
            }
            Trigger own = new Trigger(m.end, m.end, t.rule(), t.nominal(), t.present());
            When when = dateAndPlace.dateOf(s, own);
            if (when.on() == null) {
                return;
            }
            Set<Person> all = new LinkedHashSet<>(subjects);
            all.add(m.person);
            addMeeting(s, own, all, subjects, Set.of(m.person), when, dateAndPlace.placeOf(s, own), confidence, t.rule());
            last = m;
        }
    }

    /** "… and Vice President Han Zheng the following day": a day of its own, told from the one before. */
    private boolean followingDay(Sentence s, int k) {
        return k + 2 < s.to && toks.get(k).is("the") && toks.get(k + 1).isAny("following", "next") && toks.get(k + 2).is("day");
    }

    /** "The European Union was represented by A and B", "the Japanese side by C": the delegates of the venue before. */
    private void readDelegations(Sentence s) {
        List<Mention> delegates = delegations.delegateMentions(s);
        if (delegates.isEmpty()) {
            return;
        }
        Delegations.Venue venue = delegations.venue();
        Set<Person> named = new LinkedHashSet<>();
        for (Mention m : delegates) {
            referents.resolve(named, s, m, venue.when().on(), null, false);
        }
        Set<Person> all = delegations.add(named, p -> p.scopeOn(article.published));
        if (all != null) {
            Set<Person> made = addMeeting(venue.sentence(), venue.trigger(), all, Set.of(), Set.of(), venue.when(), venue.place(), 0.75,
                    "meeting:delegations");
            if (made != null) {
                delegations.made(made);
            }
        }
    }

    /** Whether the people all serve one country or alliance, as far as is known yet. */
    private boolean compatriots(Set<Person> group) {
        Set<String> scopes = new LinkedHashSet<>();
        for (Person p : group) {
            scopes.add(String.valueOf(p.scopeOn(article.published)));
        }
        return scopes.size() <= 1;
    }

    /** Verbs of a journey to a place: "went to Cairo", "flew to Pyongyang". */
    private static final Set<String> JOURNEY_VERBS = Words.set("went", "travelled", "traveled", "flew", "came", "returned", "journeyed");
    /** "In February Erdogan went to Cairo", in a story about him and Sisi: the journey's host met him. */
    private static final String JOURNEY_TO_HOST = "meeting:journey-to-host";

    /**
     * "In February Erdogan went to Cairo", "In June 2019 Xi visited Pyongyang": in a story about two leaders, one's dated
     * journey to the other's country is a meeting of the two (not a journey told as planned, nor one with no date).
     */
    private void journeyToTheOther(Sentence s, List<Trigger> found) {
        Set<Person> pair = referents.storyPair();
        if (pair == null || pair.size() != 2) {
            return;
        }
        for (int i = s.analysisFrom + 1; i + 1 < s.to; i++) {
            int place = toks.get(i).is("visited") ? i + 1
                    : JOURNEY_VERBS.contains(toks.get(i).lower) && toks.get(i + 1).is("to") ? i + 2 : -1;
            String state = place > 0 && place < s.to ? StatesAndPlaces.placeCountry(s.phraseAt(place)) : null;
            if (state == null) {
                continue;
            }
            Person traveller = null;
            for (Mention m : s.mentions) {
                if (m.end <= i && m.kind == Sentence.MentionKind.PERSON && !article.between(m.end, i).contains(";")) {
                    traveller = m.person;
                }
            }
            if (traveller == null || !pair.contains(traveller) || state.equals(traveller.scopeOn(article.published))) {
                continue;
            }
            Person going = traveller;
            Person host = pair.stream().filter(p -> p != going).findFirst().orElseThrow();
            if (!state.equals(host.scopeOn(article.published)) || metSomeoneElse(s, found, i, going, host)) {
                continue;
            }
            Trigger t = new Trigger(i, i + 1, JOURNEY_TO_HOST, false, false);
            When when = dateAndPlace.dateOf(s, t);
            if (!when.stated() || !triggers.realised(s, t) || thisVisit(when)) {
                continue;
            }
            addMeeting(s, t, new LinkedHashSet<>(List.of(traveller, host)), Set.of(traveller), Set.of(host), when,
                    dateAndPlace.placeOf(s, t), 0.7, JOURNEY_TO_HOST);
        }
    }

    /** A visit to a seat of government, which stands for its head: "Essebsi's visit to the White House in May". */
    private static final String SEAT_VISIT = "meeting:visit-to-seat";
    /** The words of a visit's noun between "'s" and "to": "Essebsi's first official visit to". */
    private static final Set<String> VISIT_NOUNS = Words.set("visit", "trip", "journey");
    /** Between a visitor and "visited", "was at" or "came to" the seat: "had", "was", "also". */
    private static final Set<String> SEAT_VERB_GAP = Words.set("was", "were", "had", "has", "have", "been", "also", "then", "first",
            "last", "later", "once", "already");
    /** Seats that stand for a prime minister (the others for a president): Downing Street, La Moncloa, the Kantei. */
    private static final Set<String> PRIME_MINISTERS_SEATS = Words.set("downing street", "number 10 downing street", "la moncloa",
            "moncloa palace", "kantei");
    private static final Pattern APPOSITION = Pattern.compile(",[^,;]*,");

    /**
     * "President Obama noted the progress made since President Essebsi's visit to the White House in May", "Duque was at
     * the White House in 2019": a dated visit to a seat of government (the gazetteer's seats) is a meeting with the
     * head it stands for on that day, the article's own holder of that title or the gazetteer's; not a visit of the
     * seat's own country's officials, nor one planned.
     */
    private void visitToTheSeat(Sentence s) {
        for (int k = s.analysisFrom + 2; k < s.to; k++) {
            PhraseIndex.Match seat = s.phraseAt(k);
            if (seat == null || seat.start() != k || !seat.has(PhraseIndex.Kind.SEAT)) {
                continue;
            }
            int verb = toks.get(k - 1).is("the") ? k - 2 : k - 1;
            int visitorEnd = -1;
            if (verb - 1 >= s.analysisFrom && toks.get(verb).is("to") && VISIT_NOUNS.contains(toks.get(verb - 1).lower)) {
                // "Essebsi's (first official) visit to": the possessive names the visitor
                for (int j = verb - 2; j >= Math.max(s.analysisFrom, verb - 5) && visitorEnd < 0; j--) {
                    if (toks.get(j).is("'s") || toks.get(j).is("’s")) {
                        visitorEnd = j;
                    }
                }
                verb = verb - 1;
                int seatEnd = toks.get(seat.end() - 1).start - toks.get(s.from).start;
                if (s.dates.stream().noneMatch(f -> f.start() > seatEnd && f.start() < seatEnd + 60)) {
                    // "tried on Thursday to salvage a reset from Ramaphosa's visit to the White House": the date of the visit
                    // follows its noun; one before is the main verb's
                    continue;
                }
            } else if (toks.get(verb).is("visited") || toks.get(verb).is("at") && verb - 1 >= s.analysisFrom
                    && (toks.get(verb - 1).is("was") || toks.get(verb - 1).is("were"))
                    || toks.get(verb).is("to") && verb - 1 >= s.analysisFrom && JOURNEY_VERBS.contains(toks.get(verb - 1).lower)) {
                visitorEnd = toks.get(verb).is("visited") ? verb : verb - 1;
            }
            Person visitor = visitorEnd < 0 ? null : personEndingBefore(s, visitorEnd);
            String country = seat.ref(PhraseIndex.Kind.SEAT).key();
            if (visitor == null || country.equals(visitor.scopeOn(article.published))) {
                continue;
            }
            Trigger t = new Trigger(verb, verb + 1, SEAT_VISIT, false, false);
            When when = dateAndPlace.dateOf(s, t);
            if (!when.stated() || !triggers.realised(s, t)) {
                continue;
            }
            String seatName = String.valueOf(seat.ref(PhraseIndex.Kind.SEAT).data()).toLowerCase(java.util.Locale.ROOT);
            Person host = seatHolder(country, PRIME_MINISTERS_SEATS.contains(seatName) ? "prime minister" : "president", visitor, when.on());
            if (host == null) {
                continue;
            }
            addMeeting(s, t, new LinkedHashSet<>(List.of(visitor, host)), Set.of(visitor), Set.of(host), when,
                    dateAndPlace.placeOf(s, t), 0.7, SEAT_VISIT);
        }
    }

    /**
     * The article's one holder of the seat's title ("President Obama" in a White House readout): a person with that title
     * placed in the seat's country, or placed nowhere yet in a release of that country or known to serve it; null when
     * none or several. (Scopes are settled after the meetings are read, so an unplaced title is judged here.)
     */
    private Person seatHolder(String country, String titleKey, Person visitor, PartialDate on) {
        java.time.LocalDate day = on.first();
        Person found = null;
        for (Person p : article.persons) {
            KnownPeople.Role known = p.known == null ? null : p.known.roleOn(day);
            boolean heldThen = known != null && known.title() != null && titleKey.equals(org.diplograph.names.NameKeys.fold(known.title()))
                    && country.equals(known.scope());
            if (p == visitor || p.known != null && !heldThen
                    || !heldThen && p.roles.stream().noneMatch(r -> titleKey.equals(r.title().key))) {
                // (a president the gazetteer knows held it on other days only was not the host: Biden in 2025)
                continue;
            }
            String scope = p.scopeOn(article.published);
            boolean there = heldThen || (scope != null ? scope.equals(country) : country.equals(article.header.publisherScope));
            if (there) {
                if (found != null) {
                    return null;
                }
                found = p;
            }
        }
        return found;
    }

    /** The person named right before token {@code end}, but for an apposition and words like "was" or "had"; or null. */
    private Person personEndingBefore(Sentence s, int end) {
        for (Mention m : s.mentions) {
            if (m.kind == Sentence.MentionKind.PERSON && m.end <= end && m.person != null) {
                String gap = APPOSITION.matcher(article.between(m.end, end)).replaceAll(" ").strip();
                boolean near = gap.isEmpty() || java.util.Arrays.stream(Words.spaceSplit(gap)).allMatch(SEAT_VERB_GAP::contains);
                if (near) {
                    return m.person;
                }
            }
        }
        return null;
    }

    /**
     * "Lord Cameron last visited Bulgaria in December 2015, as Prime Minister, when he held talks with President
     * Plevneliev": the journey's talks, told after it, name whom he met there, and it is not the story's other man.
     */
    private boolean metSomeoneElse(Sentence s, List<Trigger> found, int journey, Person going, Person host) {
        for (Trigger t : found) {
            String between = t.start() <= journey ? "" : article.between(journey, t.start());
            if (!(between.contains(", when ") || between.contains(", where ")) || between.contains(", and ")) {
                // ("came to Sochi in August 2022, and in July 2022 the two met in Tehran with Raisi": another meeting)
                continue;
            }
            for (Mention m : s.mentions) {
                if (m.start >= t.end() && m.kind == Sentence.MentionKind.PERSON && m.person != going && m.person != null) {
                    return m.person != host;
                }
            }
        }
        return false;
    }

    /**
     * "Qin flew to Islamabad on Friday": a journey in the story's own week is the visit the story tells, whose talks are
     * told on their own day (the arrival is not their date).
     */
    private boolean thisVisit(When when) {
        return when.on() != null && when.on().precision() == DatePrecision.DAY && article.published != null
                && !when.on().first().isBefore(article.published.minusDays(7));
    }

    /** "the bilateral meetings held among the three leaders", "held bilateral meetings": meetings of two at a time. */
    private boolean bilaterals(Sentence s, Trigger t) {
        for (int k = Math.max(s.analysisFrom, t.start() - 3); k < Math.min(s.to, t.end() + 1); k++) {
            if (toks.get(k).is("bilateral") && k + 1 < s.to && (toks.get(k + 1).is("meetings") || toks.get(k + 1).is("talks"))
                    || toks.get(k).is("bilaterals")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "held separate talks with the presidents of Kyrgyzstan and Tajikistan", "received the two leaders separately": the
     * people of one group object met one by one, the subjects' compatriots aside; none otherwise.
     */
    private List<Person> eachOfSeparateGroup(Sentence s, Trigger t, List<Mention> objects, Set<Person> subjectPeople,
                                             Set<Person> objectPeople) {
        if (subjectPeople.isEmpty() || objects.size() != 1 || objectPeople.size() < 2) {
            return List.of();
        }
        Mention group = objects.get(0);
        boolean separate = group.kind == Sentence.MentionKind.STATES && separateBefore(s, t.start() - 1, group.start)
                || group.kind == Sentence.MentionKind.GROUP && separateBefore(s, group.end, group.end + 2);
        if (!separate) {
            return List.of();
        }
        Set<String> own = new HashSet<>();
        subjectPeople.forEach(p -> own.add(p.scopeOn(article.published)));
        return objectPeople.stream().filter(p -> !own.contains(p.scopeOn(article.published))).toList();
    }

    /** Whether "separate" or "separately" stands from {@code from} to {@code to}: "held separate talks with the presidents of …". */
    private boolean separateBefore(Sentence s, int from, int to) {
        for (int k = Math.max(s.analysisFrom, from); k < Math.min(to, s.to); k++) {
            if (toks.get(k).isAny("separate", "separately")) {
                return true;
            }
        }
        return false;
    }

    /** "also met separately", "later held talks": a meeting other than the one told before, even with the same people. */
    private boolean another(Sentence s, Trigger t) {
        int from = Math.max(s.analysisFrom, t.start() - 3);
        int to = Math.min(s.to, t.end() + 3);
        for (int k = from; k < to; k++) {
            if (ANOTHER.contains(toks.get(k).lower)) {
                return true;
            }
        }
        if (to > from && ONE_ON_ONE.matcher(article.text.substring(toks.get(from).start, toks.get(to - 1).end)).find()) {
            // "held one-on-one talks with him": the words split at their hyphens
            return true;
        }
        for (int k = t.start() - 1; k > s.analysisFrom; k--) {
            if (toks.get(k).isAny(";", ":")) {
                // "…, and I took part in those discussions; afterwards the Secretary and I continued our talks": the clause
                // opens with a time after the one before
                return k + 1 < t.start() && toks.get(k + 1).isAny("afterwards", "afterward", "later", "then", "subsequently");
            }
        }
        // "Later in the day Austin and Blinken held a trilateral meeting": the clause opens with another time of the day
        return s.analysisFrom + 2 < s.to && (toks.get(s.analysisFrom).is("later") || toks.get(s.analysisFrom).is("earlier"))
                && (toks.get(s.analysisFrom + 1).is("that") || toks.get(s.analysisFrom + 1).is("in"));
    }

    /** The first person the body's first sentence naming anyone names, other than {@code others}; null when none. */
    private Person firstNamedInBody(Set<Person> others) {
        for (Sentence b : article.sentences) {
            if (article.inHeadline(b)) {
                continue;
            }
            for (Mention m : b.mentions) {
                if (m.kind == Sentence.MentionKind.PERSON && m.person != null && !others.contains(m.person)) {
                    return m.person;
                }
            }
            if (b.mentions.stream().anyMatch(m -> m.kind == Sentence.MentionKind.PERSON)) {
                return null;
            }
        }
        return null;
    }

    /**
     * "In his meeting with A, the Secretary …", "During her talks with A, Blinken …": a sentence opened by a preposition and
     * a possessive before a meeting noun; the first person named after the phrase's comma (whom the possessive means), or
     * null when the sentence is not so.
     */
    private Mention openingPossessive(Sentence s, Trigger t, List<Mention> before, List<Mention> after) {
        // ("Speaking after his talks with A, B said …")
        int at = s.analysisFrom + (toks.get(s.analysisFrom).is("speaking") ? 1 : 0);
        if (!t.nominal() || before.size() != 1 || before.get(0).kind != Sentence.MentionKind.PRONOUN || at + 1 >= s.to
                || !OPENING_PREPOSITIONS.contains(toks.get(at).lower) || before.get(0).start != at + 1
                || !(toks.get(at + 1).is("his") || toks.get(at + 1).is("her"))) {
            return null;
        }
        int comma = commaAfter(s, t);
        return comma < 0 ? null : personRightAfter(comma, after, true, false);
    }

    /**
     * "In separate meetings with A and B, Deputy Secretary Biegun discussed …": a sentence opened by a preposition, at most
     * two lower-case words and a meeting noun; the first person named right after the phrase's comma, or null.
     */
    private Mention openingNominal(Sentence s, Trigger t, List<Mention> after) {
        int at = s.analysisFrom;
        if (!t.nominal() || t.start() > at + 3 || !OPENING_PREPOSITIONS.contains(toks.get(at).lower)) {
            return null;
        }
        for (int k = at + 1; k < t.start(); k++) {
            if (!toks.get(k).isWord() || toks.get(k).capitalised()) {
                return null;
            }
        }
        int comma = commaAfter(s, t);
        boolean with = false;
        for (int k = t.start(); k < comma && !with; k++) {
            with = toks.get(k).is("with");
        }
        // ("In a separate meeting, Mr Cleverly and Dr Al Attiyah reviewed …": its people are after the comma)
        return with ? personRightAfter(comma, after, true, true) : null;
    }

    /** The comma that ends the opening phrase holding the trigger, before any semicolon; -1 when there is none. */
    private int commaAfter(Sentence s, Trigger t) {
        int comma = t.end();
        while (comma < s.to && !toks.get(comma).is(",") && !toks.get(comma).is(";")) {
            comma++;
        }
        return comma < s.to && toks.get(comma).is(",") ? comma : -1;
    }

    /**
     * The first person (or, with {@code titles}, title: "…, the Deputy Secretary underscored"; with {@code pronouns}, pronoun)
     * named within three tokens after the comma; null when none.
     */
    private static Mention personRightAfter(int comma, List<Mention> after, boolean titles, boolean pronouns) {
        for (Mention m : after) {
            if (m.start > comma && m.start <= comma + 3 && (m.kind == Sentence.MentionKind.PERSON
                    || titles && m.kind == Sentence.MentionKind.TITLE_REF || pronouns && m.kind == Sentence.MentionKind.PRONOUN)) {
                return m;
            }
        }
        return null;
    }

    /** "each of his guests", "each President", "each of them": right after the trigger's preposition. */
    private static final Pattern EACH_OF_THEM = Pattern.compile(
            "(?i)\\s*(separately\\s+)?(with\\s+)?each\\s+(of\\s+(his|her|their|the)\\s+(guests|visitors|counterparts|leaders|presidents)|of\\s+them|"
            + "(president|leader|guest|visitor|minister|prime\\s+minister))\\b.*");

    /** Whom "each of his guests" means: a meeting's people told before who are neither the subjects nor of their countries. */
    private List<Person> eachOfThem(Sentence s, Trigger t, Set<Person> subjects) {
        if (subjects.isEmpty() || t.end() + 1 >= s.to
                || !EACH_OF_THEM.matcher(article.text.substring(toks.get(t.end()).start,
                        toks.get(Math.min(s.to, t.end() + 8) - 1).end)).matches()) {
            return List.of();
        }
        for (int k = Math.max(s.analysisFrom, t.start() - 4); k < t.start(); k++) {
            if (toks.get(k).is(",") && (toks.get(k + 1).is("his") || toks.get(k + 1).is("her") || toks.get(k + 1).is("their"))) {
                // "had separate meetings with A and B, his first meetings with each of them": those just told, again
                return List.of();
            }
        }
        Set<String> theirs = new java.util.HashSet<>();
        subjects.forEach(p -> theirs.add(p.scopeOn(article.published)));
        // (the meeting told last, else the story's first: "Clinton met separately with each President", after the bilaterals)
        for (Set<Person> told : List.of(referents.lastMeetingPeople(), referents.firstMeetingPeople())) {
            List<Person> out = new ArrayList<>();
            for (Person p : told) {
                if (!subjects.contains(p) && !theirs.contains(p.scopeOn(article.published))) {
                    out.add(p);
                }
            }
            if (out.size() >= 2) {
                return out;
            }
        }
        return List.of();
    }

    /** A word that opens a clause of its own after a comma: "…, since then Minister Kang visited Tokyo". */
    private static final Pattern OTHER_CLAUSE = Pattern.compile(",\\s*(since|when|after|before|until|while|whereas)\\b");
    /** Words that name who reports what the sentence says: "…, said Navy Capt. Darryn James". */
    private static final Pattern ATTRIBUTION = Pattern.compile("\\b(said|says|told|according to)\\b");

    /** Prepositions that open a sentence before "his meeting with": "In", "During", "At". */
    private static final Set<String> OPENING_PREPOSITIONS = Words.set("in", "during", "at", "with", "after", "following", "before");

    /**
     * Whether the sentence states a day, in the week before, for the meeting the sentence before told and dated only by
     * the publication day.
     */
    private boolean datesTheLast(Sentence s, Pending last, When when) {
        PartialDate on = when.on();
        // ("… said Wednesday, after he held talks with his Chinese counterpart. Marles met Wei yesterday …": a story's day too)
        return when.stated() && lastMeetingSentence == s.index - 1 && dayTakenFor(last)
                && on.precision() == DatePrecision.DAY && !on.first().isAfter(last.on().first())
                && on.first().isAfter(last.on().first().minusDays(7));
    }

    private boolean apart(List<Mention> objects) {
        if (objects.size() > 1) {
            // "met Jaishankar and Qin Gang, separately, on the sidelines"
            int end = objects.get(objects.size() - 1).end;
            for (int k = end; k < Math.min(toks.size(), end + 2); k++) {
                if (toks.get(k).is("separately")) {
                    return true;
                }
            }
        }
        // (only when the first was "by" too: "hosted a dinner with A, B, and C, joined by D and by E" is one dinner)
        int first = objects.isEmpty() ? 0 : objects.get(0).start;
        boolean firstBy = first - 2 >= 0 && (toks.get(first - 1).is("by") || toks.get(first - 1).is("the") && toks.get(first - 2).is("by"));
        // ("met then Minister Hayashi and then Minister Hamada": "then" of their former posts, not of a time after)
        boolean thenPosts = first - 1 >= 0 && toks.get(first - 1).is("then");
        for (int i = 1; i < objects.size(); i++) {
            String gap = article.between(objects.get(i - 1).end, objects.get(i).start);
            // ("received by Prime Minister A and by the Chairman of the Parliament, B": a preposition said again, a meeting again)
            // ("met A and, in a separate meeting, B")
            // ("met Erdogan, who …, and then Iranian President Pezeshkian": one after the other)
            if (gap.contains("separate") || WITH_AGAIN.matcher(gap.strip()).lookingAt() || WITH_AGAIN_AFTER.matcher(gap).find()
                    || THEN_NEXT.matcher(gap).find() && !thenPosts
                    || firstBy && BY_AGAIN.matcher(gap).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * ", and then", "and later (on)" between two people met: one after the other (not after a first "then" of a post held at
     * the time: "met then Minister A and then Minister B").
     */
    private static final Pattern THEN_NEXT = Pattern.compile("(,?\\s*and\\s+then|\\band\\s+(later|afterwards))\\s*,?\\s*((on|with)\\s+)?(the\\s*)?$");
    private static final Pattern WITH_AGAIN = Pattern.compile(",?\\s*and\\s+(?:also\\s+|later\\s+|then\\s+)?with\\b");
    private static final Pattern BY_AGAIN = Pattern.compile("(?s),?\\s*and\\s+by\\s+(the\\s+)?.*");
    /** "held talks with Chinh in Beijing on Monday, and with Mottley on Sunday": the second "with" after the first one's place or time. */
    private static final Pattern WITH_AGAIN_AFTER = Pattern.compile("^\\s+(in|on|at|during)\\s[^,;]{1,40},\\s*and\\s+(?:also\\s+|later\\s+|then\\s+)?with\\s*$");

    /**
     * "A and B met Xi and, separately, held the Summit meeting with Li": "separately" between two verbs of the same subjects
     * makes two meetings of them, not one of each.
     */
    private boolean joinsClauses(Sentence s, int k) {
        return k - 2 >= s.analysisFrom && k + 2 < s.to && toks.get(k - 1).is(",") && toks.get(k - 2).is("and") && toks.get(k + 1).is(",")
                && toks.get(k + 2).isWord() && !toks.get(k + 2).capitalised();
    }

    /**
     * Objects listed apart: "received Xi Jinping and, separately, Narendra Modi", "met with A, and separately with B", "met A
     * and B, separately"; "met with A, and with the Minister, B": the preposition said again for each meeting.
     */
    private boolean separately(Sentence s, Trigger t) {
        for (int k = Math.max(s.analysisFrom, t.start() - 2); k < Math.min(s.to, t.end() + 6); k++) {
            if ((toks.get(k).is("separately") && !joinsClauses(s, k)) || toks.get(k).is("separate") || toks.get(k).is("individually")
                    || toks.get(k).is("meetings") && k < t.end() + 1) {
                return true;
            }
        }
        if (inSeparateMeetings(s, t)) {
            return true;
        }
        // "Yoon held back-to-back summits with the leaders of 10 nations. In the morning he met A, B and C. In the afternoon
        // he received D and E": one at a time
        // "Sisi met eight leaders in turn: A, B, C", "met them one by one"
        if (s.text.contains(" in turn") || s.text.contains("one by one") || s.text.contains("in succession")) {
            return true;
        }
        return backToBack(s) || s.index > 0 && backToBack(article.sentences.get(s.index - 1))
                || s.index > 1 && backToBack(article.sentences.get(s.index - 2));
    }

    /**
     * "In separate meetings he saw A and B", "and, in separate meetings, held talks with A and B", "received A and B at the
     * Palace, in separate meetings": the phrase opening the sentence, just before the verb, or after its objects before the
     * clause ends.
     */
    private boolean inSeparateMeetings(Sentence s, Trigger t) {
        int at = s.analysisFrom;
        if (at + 2 < t.start() && toks.get(at).is("in") && toks.get(at + 1).is("separate") && SEPARATE_NOUNS.contains(toks.get(at + 2).lower)
                && !clauseBetween(at + 3, t.start())) {
            // the sentence's opening phrase: "In separate meetings on Tuesday, the Secretary met A and B" (not "…, and he
            // called on C" after it)
            return true;
        }
        for (int k = Math.max(s.analysisFrom, t.start() - 6); k + 2 < s.to; k++) {
            if (k >= t.start() - 2 && k < t.end()) {
                k = t.end();
                continue;
            }
            if (toks.get(k).is(";") || k > t.end() && clauseBetween(k, k + 2)) {
                // (another verb's clause: "received A, and met B in separate talks" is not the first verb's)
                return false;
            }
            if (toks.get(k).is("in") && toks.get(k + 1).is("separate") && SEPARATE_NOUNS.contains(toks.get(k + 2).lower)) {
                return true;
            }
        }
        return false;
    }

    /** Whether another clause opens between two tokens: "and" before a pronoun or a lower-case verb. */
    private boolean clauseBetween(int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            Token next = toks.get(k + 1);
            if (toks.get(k).is("and") && next.isWord() && !next.capitalised()
                    && (next.isAny("he", "she", "they", "we") || next.lower.endsWith("ed") || NEXT_VERBS.contains(next.lower))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SEPARATE_NOUNS = Words.set("meetings", "talks", "sessions", "audiences", "conversations");
    private static final Set<String> NEXT_VERBS = Words.set("met", "saw", "held", "had", "took", "made", "gave");

    /** "A and B separately called on C": "separately" right before the verb, which only the subjects can share. */
    private boolean separatelyBefore(Sentence s, Trigger t) {
        return t.start() - 1 > s.analysisFrom && toks.get(t.start() - 1).is("separately");
    }

    private boolean backToBack(Sentence s) {
        return s.text.contains("back-to-back") || s.text.contains("one after another") || s.text.contains("one after the other");
    }

    /**
     * Where "the" (or "that": the meeting just told) stands before a noun of talks, with at most one lower-case modifier
     * between them ("the talks", "the expanded-format talks", "that meeting"); -1 when it does not.
     */
    private int theBefore(Sentence s, int noun) {
        if (toks.get(noun - 1).is("the") || toks.get(noun - 1).is("that")) {
            return noun - 1;
        }
        int k = noun - 1;
        if (k - 2 > s.from && toks.get(k - 1).is("-") && toks.get(k - 2).isWord() && !toks.get(k - 2).capitalised()) {
            k -= 2; // "expanded-format"
        }
        return k - 1 > s.from && toks.get(k).isWord() && !toks.get(k).capitalised() && toks.get(k - 1).is("the") ? k - 1 : -1;
    }

    /** What one joins someone "for": "joined the president for the session", "for the meeting". */
    private static final Set<String> JOINED_FOR = Words.set("session", "meeting", "talks", "discussion", "discussions", "meetings");

    /**
     * "Foreign Minister A, acting Minister of Defense B and Adviser C joined the Prime Minister.", right after his meeting:
     * one of its people, and the sentence ends there.
     */
    private boolean joinedOneOf(Sentence s, int joined) {
        int end = s.to - (toks.get(s.to - 1).type == Token.Type.PUNCT ? 1 : 0);
        return participantObject(s, joined + 1) && (s.mentions.stream().anyMatch(m -> m.start == joined + 1 && m.end == end)
                || toks.get(joined + 1).is("the") && joined + 4 >= end);
    }

    /** Whether "for the session" (or meeting, talks) follows "joined" and its object, within the clause. */
    private boolean joinedFor(Sentence s, int joined) {
        for (int k = joined + 2; k + 2 < Math.min(s.to, joined + 9); k++) {
            if (toks.get(k).is("for") && toks.get(k + 1).is("the") && JOINED_FOR.contains(toks.get(k + 2).lower)) {
                return true;
            }
            if (toks.get(k).type == Token.Type.PUNCT && !toks.get(k).is(",")) {
                return false;
            }
        }
        return false;
    }

    /** Whether "in each of these meetings", "in all of them" or "at each meeting" follows the verb at {@code verb}. */
    private boolean inEachOfThem(Sentence s, int verb) {
        for (int k = verb + 1; k + 2 < s.to; k++) {
            if (toks.get(k).isAny("in", "at") && toks.get(k + 1).isAny("each", "all", "every")
                    && (toks.get(k + 2).is("of") || TALKS.contains(toks.get(k + 2).lower))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Minister of Defence Sergei Shoigu took part in the meeting", "… also joined the talks": the people named
     * before it join the last meeting, when it was reported no more than three sentences before.
     */
    private boolean tookPart(Sentence s) {
        if (othersAtGathering(s)) {
            return true;
        }
        if (pending.isEmpty() || bodySentencesSince(lastMeetingSentence, s.index) > 3) {
            return false;
        }
        List<Mention> flanking = flanking(s);
        if (!flanking.isEmpty()) {
            return joinLastMeeting(s, flanking);
        }
        int opening = atTheTalks(s);
        for (int i = opening + 1; opening > 0 && i < s.to && s.index - lastMeetingSentence <= 1; i++) {
            if (toks.get(i).isAny("signed", "exchanged", "initialled", "initialed")) {
                // "During the meeting, Foreign Secretary Manalo and Ambassador Koshikawa signed …": at the meeting just told
                int verb = i;
                return joinLastMeeting(s, s.mentions.stream().filter(m -> m.start > opening && m.end <= verb
                        && m.kind == Sentence.MentionKind.PERSON).toList());
            }
        }
        for (int i = s.analysisFrom; i < s.to && s.index - lastMeetingSentence <= 1; i++) {
            if (presentToo(s, i) && !toldHere(s, i) && !(gatheringBeside(article.sentences.get(lastMeetingSentence)) && !gatheringHosted())) {
                // "Foreign Ministers A and B also attended.", "A was also present.": those named before; "Also present were A and
                // B", "Joining the talks were A and B": those named after
                int verb = i;
                boolean inverted = s.mentions.stream().noneMatch(m -> m.end <= verb && m.kind == Sentence.MentionKind.PERSON);
                return joinLastMeeting(s, s.mentions.stream().filter(m -> inverted ? m.start > verb : m.end <= verb).toList());
            }
        }
        // the sentence's own triggers, found once when a word of taking part asks for them
        List<Trigger> own = null;
        for (int i = s.analysisFrom; i + 2 < s.to; i++) {
            if (i > s.analysisFrom && toks.get(i - 1).is("delegation") && DELEGATION_VERBS.contains(toks.get(i).lower)
                    || representedBy(s, i)) {
                // "The Turkish delegation included Minister of Foreign Affairs Mevlut Cavusoglu and …", "The Russian side was
                // also represented by …": at the talks just told
                int verb = i;
                return joinLastMeeting(s, s.mentions.stream().filter(m -> m.start > verb).toList());
            }
            // ("The three were later joined by Galvez": a later meeting of four, told as one of its own)
            int be = i - 1 > s.analysisFrom && (toks.get(i - 1).is("then") || toks.get(i - 1).is("also")) ? i - 2 : i - 1;
            if (toks.get(i).is("joined") && toks.get(i + 1).is("by") && be > s.analysisFrom
                    && (toks.get(be).is("was") || toks.get(be).is("were")) && s.index - lastMeetingSentence <= 1) {
                // "Mattis welcomed Minister Jeong to the Pentagon today. Secretary Mattis was joined by General Dunford and
                // General Brooks": his side at the meeting just told; "They were then joined by …": both sides'
                int verb = i;
                Set<Person> last = participants.get(participants.size() - 1);
                int beAt = be;
                // ("The two met again in Lima, when they were joined by Biden": a meeting of the sentence's own)
                boolean ofIt = s.mentions.stream().anyMatch(m -> m.end < verb && m.kind == Sentence.MentionKind.PERSON
                        && m.person != null && last.contains(m.person)
                        || m.kind == Sentence.MentionKind.GROUP && m.start == s.analysisFrom && m.end == beAt
                        || subjectAtLastMeeting(s, m, beAt, last))
                        || be - 1 == s.analysisFrom && toks.get(be - 1).is("they");
                if (ofIt) {
                    return joinLastMeeting(s, s.mentions.stream().filter(m -> m.start > verb + 1).toList());
                }
            }
            if (toks.get(i).is("attended") && toks.get(i + 1).is("by") && i - 3 >= s.analysisFrom && toks.get(s.analysisFrom).is("the")
                    && TALKS.contains(toks.get(s.analysisFrom + 1).lower) && s.analysisFrom + 2 <= i - 1 && BEFORE_ATTENDED.contains(toks.get(i - 1).lower)) {
                // "The talks were attended by Minister of Foreign Affairs of Russia Sergei Lavrov and …": at the talks just told
                int verb = i;
                return joinLastMeeting(s, s.mentions.stream().filter(m -> m.start > verb).toList());
            }
            if (toks.get(i).is("accompanied") && !PARTICIPANT_PRONOUNS.contains(toks.get(i + 1).lower) && participantObject(s, i + 1)
                    && s.index - lastMeetingSentence <= 1 && i > s.analysisFrom) {
                // "U.S. Ambassador to Qatar Dana Shell Smith accompanied the secretary": at the meeting just told, with the
                // one they accompanied
                int verb = i;
                List<Mention> companions = s.mentions.stream().filter(m -> m.end <= verb && m.kind == Sentence.MentionKind.PERSON).toList();
                if (!companions.isEmpty()) {
                    return joinLastMeeting(s, companions);
                }
            }
            if (toks.get(i).is("joined") && s.index - lastMeetingSentence <= 1 && inEachOfThem(s, i)
                    && lastSentenceFirst < pending.size() - 1) {
                // "U.S. Ambassador Dorothy Shea joined the Under Secretary in each of these meetings": at every meeting just told
                int verb = i;
                List<Mention> joining = s.mentions.stream().filter(m -> m.end <= verb).toList();
                boolean joined = false;
                for (int k = lastSentenceFirst; k < pending.size(); k++) {
                    joined |= !addTo(k, s, joining).isEmpty();
                }
                return joined;
            }
            if (toks.get(i).is("joined") && s.index - lastMeetingSentence <= 1 && (joinedFor(s, i) || joinedOneOf(s, i))) {
                // "Botero and Holmes Trujillo joined the president for the session": his side at the meeting just told
                int verb = i;
                return joinLastMeeting(s, s.mentions.stream().filter(m -> m.end <= verb).toList());
            }
            // "Gen. Chauhan and Giridhar Aramane sat in on the talks"
            boolean satIn = toks.get(i).is("sat") && toks.get(i + 1).is("in") && toks.get(i + 2).is("on");
            if (!satIn && (!TOOK_PART.contains(toks.get(i).lower) || toks.get(i).is("part") && !(i > s.from && toks.get(i - 1).lower.startsWith("t")))) {
                continue;
            }
            own = own == null ? triggers.find(s) : own;
            int verbAt = i;
            if (own.stream().anyMatch(t -> !t.nominal() && t.end() <= verbAt)) {
                // "Sharif also met Ghani, with his adviser Aziz taking part in the talks": the talks this sentence tells
                return false;
            }
            int window = i + (satIn ? 5 : 4);
            for (int k = i + 1; k < Math.min(s.to, window + 3); k++) {
                String w = toks.get(k).lower;
                int the = w.equals("meeting") || w.equals("talks") || w.equals("discussion") ? theBefore(s, k) : -1;
                if (the > i && the < window - 1) {
                    // "Shoigu took part in the meeting", "Cavusoglu, who hosted the meeting"; "Taking part in the meeting were …"
                    int phrase = phraseStart(s, i);
                    boolean inverted = s.mentions.stream().noneMatch(m -> m.end <= phrase);
                    int verb = i;
                    int noun = k;
                    // "Dunford and Lee attended the talks, as did Army Gen. Vincent K. Brooks"
                    int asDid = -1;
                    for (int d = noun + 1; d + 1 < s.to && asDid < 0; d++) {
                        asDid = toks.get(d).is("as") && toks.get(d + 1).is("did") && toks.get(d - 1).is(",") ? d + 2 : -1;
                    }
                    int also = asDid;
                    return joinMeeting(s, s.mentions.stream().filter(m -> inverted ? m.start > noun
                            : m.end <= verb || also > 0 && m.start >= also).toList(), toks.get(the).is("that"));
                }
            }
        }
        return false;
    }

    /** Words that open a sentence set at the talks just told: "During the meeting,", "At the end of the talks,". */
    private static final Set<String> AT_THE_TALKS = Words.set("during", "at", "after", "following", "in");

    /**
     * The comma closing a sentence's opening "During the meeting", "At the end of the talks", "After the talks" (the talks
     * just told), or -1.
     */
    private int atTheTalks(Sentence s) {
        if (!AT_THE_TALKS.contains(toks.get(s.analysisFrom).lower)) {
            return -1;
        }
        for (int k = s.analysisFrom + 1; k < Math.min(s.to, s.analysisFrom + 8); k++) {
            if (toks.get(k).is(",")) {
                return k - 2 >= s.analysisFrom && toks.get(k - 2).is("the") && TALKS.contains(toks.get(k - 1).lower) ? k : -1;
            }
        }
        return -1;
    }

    /** Gatherings a sentence may name beside its meeting, which an object-less "also attended" may mean: "before the summit began". */
    private static final Set<String> GATHERINGS = Words.set("summit", "conference", "forum", "ceremony", "session", "plenary",
            "reception", "dinner", "parade");

    /**
     * Whether the last meeting is a gathering its host held ("the Quad Leaders' Summit, hosted by President Biden"), so that
     * "A and B also took part" puts them at it, not at some other part of it.
     */
    private boolean gatheringHosted() {
        String rule = pending.isEmpty() ? "" : pending.get(pending.size() - 1).provenance().rule();
        return rule.startsWith("meeting:hosted") || rule.startsWith("meeting:co-hosted") || rule.startsWith("meeting:chaired")
                || rule.startsWith("meeting:co-chaired");
    }

    private boolean gatheringBeside(Sentence s) {
        for (int k = s.analysisFrom; k < s.to; k++) {
            if (GATHERINGS.contains(toks.get(k).lower)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence tells a meeting of its own before {@code i}: "had an audience with the King, at which the Crown Prince was also present". */
    private boolean toldHere(Sentence s, int i) {
        return triggers.find(s).stream().anyMatch(t -> t.end() <= i);
    }

    /** Whether the sentence opens with "On the Ukrainian side," or "From the Russian side,": the delegates of a meeting told. */
    private boolean onTheSide(Sentence s) {
        int k = s.analysisFrom;
        return k + 3 < s.to && toks.get(k).isAny("on", "from") && toks.get(k + 1).is("the") && toks.get(k + 3).is("side");
    }

    /**
     * Whether the word at {@code i} says that people were at the meeting just told, with no meeting of its own: "also attended"
     * or "also took part" closing the sentence (or "took part" after "On the Ukrainian side,"), "was also present", "Also
     * present were", "Joining the talks were".
     */
    private boolean presentToo(Sentence s, int i) {
        Token t = toks.get(i);
        boolean closes = i + 1 < s.to && toks.get(i + 1).isAny(".", "as");
        if (t.isAny("attended", "participated") && i - 1 > s.analysisFrom && toks.get(i - 1).is("also") && closes
                || t.is("part") && i - 2 > s.analysisFrom && toks.get(i - 1).is("took") && closes
                    && (toks.get(i - 2).is("also") || onTheSide(s))) {
            return true;
        }
        if (t.is("present")) {
            int be = i - 1 > s.analysisFrom && toks.get(i - 1).is("also") ? i - 2 : i - 1;
            // "A was also present"; "Also present were A and B"
            return be >= s.analysisFrom && toks.get(be).isAny("was", "were") && closes
                    || i - 1 == s.analysisFrom && toks.get(i - 1).is("also") && i + 1 < s.to && toks.get(i + 1).isAny("were", "was");
        }
        if (t.is("also") && i == s.analysisFrom && i + 4 < s.to && toks.get(i + 1).is("at") && toks.get(i + 2).is("the")
                && TALKS.contains(toks.get(i + 3).lower) && toks.get(i + 4).isAny("was", "were")) {
            // "Also at the meeting was A"
            return true;
        }
        if (t.is("part") && i - 1 > s.analysisFrom && toks.get(i - 1).isAny("was", "were") && i + 2 < s.to && toks.get(i + 1).is("of")) {
            // "A was part of the Polish delegation"
            for (int k = i + 2; k < Math.min(s.to, i + 6); k++) {
                if (toks.get(k).isAny("delegation", "delegations")) {
                    return true;
                }
            }
        }
        if (t.isAny("also", "taking", "attending", "participating") && i == s.analysisFrom) {
            // "Also attending were A and B", "Also taking part in the talks was A", "Also in attendance were A and B", and after
            // a gathering one took part in, "Taking part were A, B and C"
            int k = t.is("also") ? i + 1 : i;
            if (k + 1 < s.to && toks.get(k).is("in") && toks.get(k + 1).is("attendance")) {
                k += 2;
            } else if (k < s.to && toks.get(k).isAny("attending", "participating", "taking")) {
                k += toks.get(k).is("taking") && k + 1 < s.to && toks.get(k + 1).is("part") ? 2 : 1;
                k += k < s.to && toks.get(k).is("in") ? 1 : 0;
                k += k + 1 < s.to && toks.get(k).is("the") && TALKS.contains(toks.get(k + 1).lower) ? 2 : 0;
            } else {
                return false;
            }
            return k < s.to && toks.get(k).isAny("were", "was");
        }
        // "Joining the talks were A and B", "Joining them was A", "Joining the Secretary for the meeting were A and B"
        return t.is("joining") && i == s.analysisFrom && joinersFollow(s, i + 1);
    }

    /** Words between "Joining" and its verb when the joiners follow: "Joining the Secretary for the meeting were …". */
    private static final Set<String> JOINED_WORDS = Words.set("them", "him", "her", "the", "secretary", "minister", "president",
            "for", "at", "in", "on");

    /** Whether "were" or "was" follows within a few words that name only whom they joined, and for what. */
    private boolean joinersFollow(Sentence s, int from) {
        for (int k = from; k < Math.min(s.to, from + 8); k++) {
            Token w = toks.get(k);
            if (w.isAny("were", "was")) {
                return k > from;
            }
            int at = k;
            boolean named = s.mentions.stream().anyMatch(m -> m.kind == Sentence.MentionKind.PERSON && m.start <= at && at < m.end);
            if (!named && !JOINED_WORDS.contains(w.lower) && !TALKS.contains(w.lower)) {
                return false;
            }
        }
        return false;
    }

    /** "The Russian side was (also) represented by": {@code i} at "represented", right after a side or delegation. */
    private boolean representedBy(Sentence s, int i) {
        int be = i - 1 > s.analysisFrom && toks.get(i - 1).is("also") ? i - 2 : i - 1;
        return toks.get(i).is("represented") && toks.get(i + 1).is("by") && be - 1 >= s.analysisFrom && toks.get(be).is("was")
                && (toks.get(be - 1).is("side") || toks.get(be - 1).is("delegation"));
    }

    /**
     * How many sentences after {@code from} up to {@code to} tell something: a page's date and place lines ("August 19, 2024",
     * "Baku") between a meeting and "Taking part in the talks were …" do not count.
     */
    private int bodySentencesSince(int from, int to) {
        if (from < 0 || to - from > 12) {
            return to - from;
        }
        int n = 0;
        for (int k = from + 1; k <= to; k++) {
            Sentence between = article.sentences.get(k);
            n += between.to - between.from > 5 ? 1 : 0;
        }
        return n;
    }

    /**
     * "Trump was flanked by Rubio and Witkoff; Putin brought Lavrov and Ushakov": after a meeting, those a participant had at
     * his side, clause by clause; none when the one they flank was not at the last meeting.
     */
    private List<Mention> flanking(Sentence s) {
        List<Mention> out = new ArrayList<>();
        Set<Person> at = participants.get(participants.size() - 1);
        for (int i = s.analysisFrom + 1; i + 1 < s.to; i++) {
            // ("President Prabowo was accompanied in the talks by A, B and C")
            boolean by = (toks.get(i).is("flanked") || toks.get(i).is("accompanied")) && (toks.get(i + 1).is("by")
                    || i + 4 < s.to && (toks.get(i + 1).is("in") || toks.get(i + 1).is("at")) && toks.get(i + 2).is("the")
                    && TALKS.contains(toks.get(i + 3).lower) && toks.get(i + 4).is("by"));
            if (!by && !toks.get(i).is("brought")) {
                continue;
            }
            int verb = i;
            Mention flanked = null;
            for (Mention m : s.mentions) {
                if (m.end <= verb && m.kind == Sentence.MentionKind.PERSON && !article.between(m.end, verb).contains(";")) {
                    flanked = m;
                }
            }
            if (flanked == null || !at.contains(flanked.person)) {
                continue;
            }
            for (Mention m : s.mentions) {
                if (m.start > verb && (m.kind == Sentence.MentionKind.PERSON || m.kind == Sentence.MentionKind.TITLE_REF)
                        && !article.between(verb, m.start).contains(";")) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /**
     * "U.S. Department of Defense / News Release / January 24, 2014 / Readout of Secretary Hagel's Meeting with Finnish
     * Minister of Defence Carl Haglund": a release's title under its office and date lines, a line of its own with no full
     * stop before the first paragraph, told as the headline is.
     */
    private boolean releaseTitle(Sentence s) {
        Token last = toks.get(s.to - 1);
        boolean wholeLine = (s.from == 0 || toks.get(s.from).newlinesBefore > 0) && (s.to >= toks.size() || toks.get(s.to).newlinesBefore > 1);
        return wholeLine && !last.is(".") && !s.label && s.index <= firstParagraph();
    }

    /** The index of the article's first sentence of a paragraph's length (150 characters), found once; past the end if none. */
    private int firstParagraph() {
        if (firstParagraph < 0) {
            firstParagraph = article.sentences.size();
            for (Sentence each : article.sentences) {
                if (toks.get(each.to - 1).end - toks.get(each.from).start >= 150) {
                    firstParagraph = each.index;
                    break;
                }
            }
        }
        return firstParagraph;
    }

    /** Adds the people of {@code mentions} to the story's last meeting; whether anyone joined it. */
    private boolean joinLastMeeting(Sentence s, List<Mention> mentions) {
        return joinMeeting(s, mentions, false);
    }

    /**
     * Adds the people of {@code mentions} to the last meeting read, or, unless {@code justTold} ("took part in that
     * meeting": the one the last sentence told, recalled or not), to the story's own; whether anyone joined it.
     */
    private boolean joinMeeting(Sentence s, List<Mention> mentions, boolean justTold) {
        int last = pending.size() - 1;
        PartialDate current = justTold ? null : dateAndPlace.lastMeetingDate();
        for (int i = last; i >= 0 && current != null && !current.equals(pending.get(last).on()); i--) {
            // "Esper first met Singh in Singapore in June. Gen. Milley joined the talks at the Pentagon": the talks the
            // story goes on from, not the one recalled in passing
            if (current.equals(pending.get(i).on())) {
                last = i;
                break;
            }
        }
        PartialDate recalled = pending.get(last).on();
        // (a meeting of months before, when sentences have passed since it was told: "… when he held talks with Putin in the
        // Kremlin on November 22, 2022. … Also present at the meeting was Rodríguez")
        boolean longAgo = recalled != null && article.published != null && (recalled.last().isBefore(article.published.minusYears(1))
                || recalled.last().isBefore(article.published.minusDays(31)) && s.index - lastMeetingSentence > 1);
        for (int i = last - 1; i >= 0 && !justTold && longAgo; i--) {
            // "Esper met Tebboune today. It was the first visit since February 2006, when Rumsfeld held talks there with
            // Bouteflika. Gen. Chanegriha took part in the meeting": the story's own meeting, not one recalled from years before
            PartialDate on = pending.get(i).on();
            if (on != null && !on.first().isBefore(article.published.minusDays(7))) {
                last = i;
                break;
            }
        }
        Set<Person> joining = addTo(last, s, mentions);
        if (!joining.isEmpty()) {
            // the story is still about that meeting: who else was there may follow
            lastMeetingSentence = s.index;
        }
        return !joining.isEmpty();
    }

    /** Adds the people {@code mentions} mean, on the day of meeting {@code k}, to that meeting; the people added. */
    private Set<Person> addTo(int k, Sentence s, List<Mention> mentions) {
        Set<Person> joining = new LinkedHashSet<>();
        for (Mention m : mentions) {
            referents.resolve(joining, s, m, pending.get(k).on(), null, false);
        }
        participants.get(k).addAll(joining);
        joining.forEach(p -> p.inMeeting = true);
        if (!joining.isEmpty() && k == pending.size() - 1) {
            referents.rememberJoined(s, participants.get(k));
        }
        return joining;
    }

    /**
     * "He was joined by …", "The Minister was joined by …": the subject, a pronoun or a title standing alone before "was",
     * for someone at the last meeting.
     */
    private boolean subjectAtLastMeeting(Sentence s, Mention m, int be, Set<Person> last) {
        if (m.start != s.analysisFrom || m.end != be
                || m.kind != Sentence.MentionKind.PRONOUN && m.kind != Sentence.MentionKind.TITLE_REF) {
            return false;
        }
        Set<Person> meant = new LinkedHashSet<>();
        referents.resolve(meant, s, m, pending.get(pending.size() - 1).on(), null, false);
        return meant.size() == 1 && last.containsAll(meant);
    }

    /** Pronouns, which may stand for someone at another meeting ("accompanied him to that meeting"). */
    private static final Set<String> PARTICIPANT_PRONOUNS = Words.set("him", "her", "them");

    /** Whether the words at {@code at} name someone at the last meeting: "the secretary", or one of its people. */
    private boolean participantObject(Sentence s, int at) {
        if (at >= s.to) {
            return false;
        }
        Set<Person> last = participants.get(participants.size() - 1);
        int end = at + 1;
        while (toks.get(at).is("the") && end < Math.min(s.to, at + 4) && toks.get(end).isWord()
                && (toks.get(end).capitalised() || article.g.titleWords.contains(toks.get(end).lower))) {
            end++;
        }
        while (end > at + 1 && !article.g.titleWords.contains(toks.get(end - 1).lower)) {
            end--;
        }
        if (end > at + 1 && (end >= s.to || !toks.get(end).capitalised())) {
            // "accompanied the secretary", "joined the Prime Minister": a title one of the meeting's people bears
            List<String> words = new ArrayList<>();
            for (int k = at + 1; k < end; k++) {
                words.add(toks.get(k).lower);
            }
            return last.stream().anyMatch(p -> p.roles.stream().anyMatch(r -> r.title().key != null
                    && java.util.Arrays.asList(r.title().key.split(" ")).containsAll(words)));
        }
        return s.mentions.stream().anyMatch(m -> m.start == at && m.kind == Sentence.MentionKind.PERSON && last.contains(m.person));
    }

    /** Where the phrase "took part" begins: the verb, or "took" before "part". */
    private int phraseStart(Sentence s, int i) {
        return toks.get(i).is("part") && i > s.from ? i - 1 : i;
    }

    /** The speakers of a transcript of two countries or more met on its day: one meeting of all of them. */
    void addJointRemarks(Set<Person> speakers, Sentence evidence) {
        When when = article.header.pageDate != null ? new When(PartialDate.ofDay(article.header.pageDate), "date:page-line")
                : article.published != null ? new When(PartialDate.ofDay(article.published), "date:publication-day") : When.NONE;
        Provenance provenance = new Provenance(evidence.evidence(), "meeting:joint-remarks" + (when.rule() == null ? "" : ";" + when.rule()), 0.75);
        speakers.forEach(p -> p.inMeeting = true);
        pending.add(new Pending(when.on(), null, provenance, false, false));
        participants.add(new LinkedHashSet<>(speakers));
    }

    /** After the second pass over a sentence. */
    void rememberSentence(Sentence s) {
        referents.rememberSentence(s);
    }

    /**
     * "the first face-to-face meeting between the two presidents since the G20 summit in Osaka in June 2019": the
     * same people met at the event after "since", on its date. Only an event, not a time ("their second meeting
     * since January") nor a clause ("since the war began").
     */
    private void addMeetingSince(Sentence s, Trigger t, Set<Person> all, Set<Person> subjects, Set<Person> objects, double confidence) {
        for (int k = t.end(); k < s.to; k++) {
            if (!toks.get(k).is("since")) {
                continue;
            }
            int sinceChar = toks.get(k).start - toks.get(s.from).start;
            boolean event = false;
            for (int e = k + 1; e < Math.min(s.to, k + 5); e++) {
                // "since the Osaka summit in 2019", "since Erdogan travelled to Sochi last September", "since Putin visited Ankara"
                event |= SINCE_EVENTS.contains(toks.get(e).lower) || SINCE_JOURNEYS.contains(toks.get(e).lower);
            }
            for (Dates.Found f : s.dates) {
                if (event && f.start() > sinceChar && f.date() != null && !f.future() && f.start() - sinceChar < 60) {
                    addMeeting(s, t, all, subjects, objects, new When(f.date(), null), dateAndPlace.placeOf(s, t), confidence - 0.1,
                            SINCE_EARLIER);
                    return;
                }
            }
            return;
        }
    }

    /** Records a meeting unless it repeats one; returns its participants (which later joiners extend), or null. */
    Set<Person> addMeeting(Sentence s, Trigger t, Set<Person> all, Set<Person> subjects, Set<Person> objects, When when,
                                   String place, double confidence, String rule) {
        if (all.size() < 2) {
            return null;
        }
        place = dateAndPlace.placeOrEarlier(s, place, when);
        PartialDate on = when.on();
        boolean headline = article.inHeadline(s) || releaseTitle(s);
        // an inferred date is the same meeting told again, except one counted from another ("two days later", "a year earlier")
        boolean countedOn = when.rule() != null && COUNTED_DATES.contains(when.rule());
        for (int i = 0; i < participants.size(); i++) {
            // ("Tinubu, Macron hold talks in Paris" over "Tinubu yesterday held talks with Macron": the headline's day was
            // only the publication's, the body's is told)
            // (a day of the story's week: "first met in Riyadh in May last year" is another meeting)
            boolean headlineUndated = pending.get(i).headline() && !headline && pending.get(i).provenance().rule().endsWith(PUBLICATION_DAY)
                    && when.stated() && on != null && on.precision() == DatePrecision.DAY && article.published != null
                    && !on.first().isBefore(article.published.minusDays(6));
            // ("was received by Maduro the same day", of February 2020, after their talks of this week: another meeting)
            PartialDate before = pending.get(i).on();
            boolean farApart = "date:same-day".equals(when.rule()) && on != null && before != null
                    && Math.abs(on.first().toEpochDay() - before.first().toEpochDay()) > 31;
            if (participants.get(i).equals(all) && (!when.stated() && !countedOn && !farApart || on == null || on.equals(before)
                    || headlineUndated)) {
                if (!pending.get(i).headline() || headline || on == null && pending.get(i).on() != null) {
                    // "We last met just a few weeks ago", undated, is no better evidence of the meeting the headline dates
                    Pending told = pending.get(i);
                    if (!told.another() && another(s, t)) {
                        // "met Tebboune at the airport and held one-on-one talks with him": told as a meeting of its own
                        pending.set(i, new Pending(told.on(), told.place(), told.provenance(), told.headline(), true));
                    }
                    return null;
                }
                // the body tells the meeting the headline announced: its sentence is the better evidence
                pending.remove(i);
                participants.remove(i);
                break;
            }
            if (participants.get(i).equals(all) && i == pending.size() - 1 && datesTheLast(s, pending.get(i), when)) {
                // "officials said Thursday, after A held talks with B. A and B met yesterday in New York": the lede's talks,
                // undated, are the ones the next sentence dates
                pending.remove(i);
                participants.remove(i);
                break;
            }
        }
        for (Person p : all) {
            p.inMeeting = true;
        }
        Set<Person> added = new LinkedHashSet<>(all);
        participants.add(added);
        String fullRule = when.rule() == null ? rule : rule + ";" + when.rule();
        if (lastMeetingSentence != s.index) {
            lastSentenceFirst = pending.size();
        }
        pending.add(new Pending(on, place, new Provenance(s.evidence(), fullRule, round(Math.max(0.3, confidence))), headline,
                another(s, t)));
        if (!rule.equals(SINCE_EARLIER)) {
            // "their first talks since Erdogan travelled to Sochi last September": a step back; the story goes on from the talks
            dateAndPlace.remember(s, t, on, place);
        }
        referents.rememberMeeting(s, subjects, objects, all);
        lastMeetingSentence = s.index;
        return added;
    }

    /**
     * Drops what repeats another meeting: one the headline announces when the body reports it, and one whose
     * people all took part in a larger meeting of the same day (the same meeting told more fully).
     */
    void consolidate() {
        for (int i = pending.size() - 1; i >= 0; i--) {
            if (pending.get(i).headline() && coveredByBody(i)) {
                // "Erdogan meets Zelenskiy, Putin": the body tells each meeting apart
                pending.remove(i);
                participants.remove(i);
                continue;
            }
            for (int k = 0; k < pending.size(); k++) {
                if (k != i && repeats(i, k)) {
                    pending.remove(i);
                    participants.remove(i);
                    break;
                }
            }
        }
    }

    /** The rule's end of a date taken to be the publication day. */
    private static final String PUBLICATION_DAY = ";date:publication-day";

    /** Whether a meeting's day was taken for it, the publication's or the story's, its sentence stating none. */
    private static boolean dayTakenFor(Pending meeting) {
        String rule = meeting.provenance().rule();
        return rule.endsWith(PUBLICATION_DAY) || rule.endsWith(";date:story-day");
    }
    private boolean coveredByBody(int i) {
        Set<Person> seen = new LinkedHashSet<>();
        for (int k = 0; k < pending.size(); k++) {
            // ("Joint Press Availability With Foreign Minister Rodriguez" over "since we first sat down together in
            // Panama City in April": meetings months before are other meetings)
            // ("pays visit to former leader Mujica" over "on January 1, when he attended the inauguration with Mujica": days
            // apart, another meeting)
            if (!pending.get(k).headline() && !monthsApart(pending.get(i).on(), pending.get(k).on())
                    && !daysApart(pending.get(i).on(), pending.get(k).on())) {
                seen.addAll(participants.get(k));
            }
        }
        return seen.containsAll(participants.get(i));
    }

    private boolean repeats(int i, int k) {
        Pending a = pending.get(i);
        Pending b = pending.get(k);
        if (!participants.get(k).containsAll(participants.get(i))) {
            return false;
        }
        if (a.on() == null && b.on() != null && participants.get(k).size() == participants.get(i).size()) {
            // "This was their first meeting": the meeting told before, undated here
            return true;
        }
        boolean sameDay = a.on() != null && a.on().equals(b.on()) && a.on().precision() == DatePrecision.DAY;
        boolean sameSize = participants.get(k).size() == participants.get(i).size();
        if (a.headline() && !b.headline() && (sameDay || sameSize && b.on() != null && !monthsApart(a.on(), b.on()))) {
            return true;
        }
        boolean larger = participants.get(k).size() > participants.get(i).size();
        // "Putin also met Tokayev alone": a smaller meeting told as another is not part of the larger one; nor is one the body
        // tells part of a headline's ("Austin Meets Brazilian, Chilean, Ecuadorian Counterparts": the body tells each)
        return sameDay && (larger ? !b.another() && !a.another() && (a.headline() || !b.headline()) : k < i)
                && (a.place() == null || b.place() == null || a.place().equals(b.place()));
    }

    /** Whether two days are more than two days apart: no headline and body meeting, however near in the month. */
    private static boolean daysApart(PartialDate a, PartialDate b) {
        return a != null && b != null && a.precision() == DatePrecision.DAY && b.precision() == DatePrecision.DAY
                && Math.abs(a.first().toEpochDay() - b.first().toEpochDay()) > 2;
    }

    /** Whether two dates cannot be one meeting: "Talks with President el-Sisi" today and "our last meeting" in 2019. */
    private static boolean monthsApart(PartialDate a, PartialDate b) {
        return a != null && b != null && (b.last().isBefore(a.first().minusDays(31)) || b.first().isAfter(a.last().plusDays(31)));
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
