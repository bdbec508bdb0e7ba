package org.diplograph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplograph.extract.Sentence.Mention;
import org.diplograph.extract.Sentence.MentionKind;
import org.diplograph.model.PartialDate;
import org.diplograph.model.Provenance;

/**
 * The meeting rules: a trigger ("met", "held talks", "received", "meeting with"…) that is not a call,
 * a plan or a hope; the group of participants before it and the list after it; each participant
 * mention resolved to a person (pronouns, counterparts, titles, "the two ministers"); one meeting for
 * all, or one per object when they met "separately".
 */
final class Meetings {

    private static final Pattern NOMINAL_GAP = Pattern.compile("(?s)\\s*('s|’s)?\\s*(bilateral|first|official|separate|the|his|her|a)?\\s*");
    private static final Pattern SUBJECT_LIST = Pattern.compile("(?s)\\s*(,|and|, and|as well as)\\s*(the\\s*)?");
    private static final Pattern OBJECT_LIST = Pattern.compile("(?s)\\s*(,|and|, and|as well as|, as well as)\\s*(separately\\s*,?\\s*)?(with\\s*)?(the|his|her)?\\s*");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L};—']+");
    private static final Set<String> PHONE = Set.of("phone", "telephone", "video", "videoconference", "video-conference",
            "videolink", "virtual", "virtually", "online", "call", "calls", "teleconference", "zoom");
    private static final Set<String> NOT_YET = Set.of("will", "would", "shall", "'ll", "could", "may", "might", "plans", "plan",
            "planned", "planning", "expected", "expects", "scheduled", "hope", "hopes", "hoped", "hoping", "want", "wants",
            "wish", "wishes", "intends", "intend", "going", "due", "next", "upcoming", "future", "forthcoming", "possible",
            "potential", "proposed", "invited", "agreed", "not", "never", "n't", "cancelled", "canceled", "postponed", "unable", "refused");
    private static final Set<String> CLAUSE_BREAKS = Set.of(";", "who", "which", "where", "while", "whereas", "said",
            "says", "stressed", "noted", "added", "—", "after", "before", "when");

    /** A meeting read but not yet given its participants' ids; {@code headline} when the headline states it. */
    record Pending(PartialDate on, String place, Provenance provenance, boolean headline) {
    }

    /** A word or phrase that says a meeting took place. */
    record Trigger(int start, int end, String rule, boolean nominal, boolean present) {
    }

    private final Article article;
    private final List<Token> toks;
    private final List<Person> persons;
    private final PersonRegistry registry;
    private final MeetingDateAndPlace dateAndPlace;
    /** The meetings read so far, and (at the same index) their participants. */
    final List<Pending> pending = new ArrayList<>();
    final List<Set<Person>> participants = new ArrayList<>();
    /** The first person of the last sentence that named one: whom "he" means if no one is named before it in its sentence. */
    private Person lastSubject;

    Meetings(Article article, PersonRegistry registry, MeetingDateAndPlace dateAndPlace) {
        this.article = article;
        this.toks = article.toks;
        this.persons = article.persons;
        this.registry = registry;
        this.dateAndPlace = dateAndPlace;
    }

    /** Reads the meetings a sentence says took place. */
    void read(Sentence s) {
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
                    if (m.start >= lastObject.end && m.kind == MentionKind.PERSON && article.between(lastObject.end, m.start).contains(",")) {
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
            boolean explicitDate = dateAndPlace.dateOf(s, t, date);
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
            String place = dateAndPlace.placeOf(s, t);
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

    /** Drops a meeting the headline announces when the body reports it, with all its people (and perhaps more). */
    void dropHeadlineRepeats() {
        for (int i = pending.size() - 1; i >= 0; i--) {
            if (!pending.get(i).headline()) {
                continue;
            }
            for (int k = 0; k < pending.size(); k++) {
                if (!pending.get(k).headline() && participants.get(k).containsAll(participants.get(i))) {
                    pending.remove(i);
                    participants.remove(i);
                    break;
                }
            }
        }
    }

    /** After the second pass over a sentence: its first person is the next sentences' "he". */
    void rememberSubject(Sentence s) {
        for (Mention m : s.mentions) {
            if (m.kind == MentionKind.PERSON) {
                lastSubject = m.person;
                break;
            }
        }
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

    private List<Mention> subjectGroup(Sentence s, Trigger t, List<Mention> before) {
        List<Mention> out = new ArrayList<>();
        if (t.nominal() && t.end < s.to && toks.get(t.end).is("between")) {
            return out;
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            Mention m = before.get(i);
            String gap = article.between(m.end, out.isEmpty() ? t.start : out.get(0).start);
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
                String gap = article.between(t.end, m.start);
                int words = gap.isBlank() ? 0 : gap.trim().split("\\s+").length;
                if (gap.contains(";") || gap.contains(".") || words > 10 || containsWord(gap, CLAUSE_BREAKS)) {
                    break;
                }
                out.add(m);
            } else {
                String gap = article.between(out.get(out.size() - 1).end, m.start);
                if (OBJECT_LIST.matcher(gap).matches()) {
                    out.add(m);
                } else {
                    break;
                }
            }
        }
        return out;
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
                Person p = registry.byTitle(m.title, on);
                if (p != null) {
                    into.add(p);
                }
                return 0.15;
            }
            case GROUP -> {
                if (!participants.isEmpty()) {
                    into.addAll(participants.get(participants.size() - 1));
                }
                return 0.15;
            }
            default -> {
                return 0;
            }
        }
    }

    private void addMeeting(Sentence s, Trigger t, Set<Person> people, PartialDate on, String place, boolean explicitDate,
                            double confidence, String rule) {
        if (people.size() < 2) {
            return;
        }
        place = dateAndPlace.placeOrEarlier(s, place);
        for (int i = 0; i < participants.size(); i++) {
            if (participants.get(i).equals(people) && (!explicitDate || on == null || on.equals(pending.get(i).on()))) {
                return;
            }
        }
        for (Person p : people) {
            p.inMeeting = true;
        }
        participants.add(new LinkedHashSet<>(people));
        boolean headline = article.toks.get(s.from).start < article.header.headlineEnd;
        pending.add(new Pending(on, place, new Provenance(s.evidence(), rule, round(Math.max(0.3, confidence))), headline));
        dateAndPlace.remember(s, t, on, place);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
