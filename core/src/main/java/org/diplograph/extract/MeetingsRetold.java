package org.diplograph.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.diplograph.extract.MeetingDateAndPlace.When;
import org.diplograph.extract.MeetingTriggers.Trigger;

/**
 * Meetings told again by reference to one told before: "The first had taken place in Wuhan in April 2018", "followed
 * by a second one in Mamallapuram", "returned the visit". Each is of the people of a meeting {@link Meetings} has read.
 */
final class MeetingsRetold {

    /** "The first had taken place in Wuhan": ordinals that stand for a meeting told just before. */
    private static final Set<String> ORDINALS = Words.set("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "previous", "last");
    /** The nouns such an ordinal may take: "The previous meeting was held in Moscow". */
    private static final Set<String> EARLIER_NOUNS = Words.set("one", "meeting", "summit", "round", "dialogue", "session");

    private final List<Token> toks;
    private final Meetings meetings;
    private final MeetingDateAndPlace dateAndPlace;

    MeetingsRetold(Article article, Meetings meetings, MeetingDateAndPlace dateAndPlace) {
        this.toks = article.toks;
        this.meetings = meetings;
        this.dateAndPlace = dateAndPlace;
    }

    /**
     * "… when Modi hosted Xi for their second informal summit. The first had taken place in Wuhan in April 2018.": a
     * sentence that opens with an ordinal ("The first", "The previous meeting") and names no one tells an earlier
     * meeting of the last meeting's people, on the date it states (without one it says nothing).
     */
    void earlierOfTheSame(Sentence s) {
        int k = s.analysisFrom;
        // a sentence that names people tells its own meeting: "The third round took place in April, when A received B"
        if (meetings.participants.isEmpty() || s.index - meetings.lastMeetingSentence > 2 || k + 3 >= s.to || !toks.get(k).is("the")
                || s.mentions.stream().anyMatch(m -> m.kind == Sentence.MentionKind.PERSON)
                || !ORDINALS.contains(toks.get(k + 1).lower)) {
            return;
        }
        int verb = k + 2;
        // "The sixth Dialogue took place in Beijing", "The previous meeting was held in Moscow"
        verb += EARLIER_NOUNS.contains(toks.get(verb).lower) ? 1 : 0;
        verb += verb < s.to && (toks.get(verb).is("had") || toks.get(verb).is("has")) ? 1 : 0;
        if (verb + 1 >= s.to) {
            return;
        }
        boolean place = toks.get(verb).is("took") || toks.get(verb).is("taken");
        if (!(place && verb + 1 < s.to && toks.get(verb + 1).is("place") || toks.get(verb).is("was") && verb + 1 < s.to && toks.get(verb + 1).is("held"))) {
            return;
        }
        Trigger t = new Trigger(verb, verb + 2, "meeting:earlier-of-the-same", true, false);
        When when = dateAndPlace.dateOf(s, t);
        if (!when.stated()) {
            return;
        }
        Set<Person> same = new LinkedHashSet<>(meetings.participants.get(meetings.participants.size() - 1));
        meetings.addMeeting(s, t, same, Set.of(), same, when, dateAndPlace.placeOf(s, t), 0.7, t.rule());
    }

    /**
     * "… held an informal summit in Wuhan in April 2018, followed by a second one in Mamallapuram in October 2019": the
     * same people met again, on the date stated after "followed by".
     */
    void followedBy(Sentence s) {
        if (meetings.lastMeetingSentence != s.index) {
            return;
        }
        for (int k = s.analysisFrom; k + 3 < s.to; k++) {
            if (!toks.get(k).is("followed") || !toks.get(k + 1).is("by") || !(toks.get(k + 2).is("a") || toks.get(k + 2).is("another"))) {
                continue;
            }
            int noun = k + 3 + (ORDINALS.contains(toks.get(k + 3).lower) ? 1 : 0);
            if (noun >= s.to || !EARLIER_NOUNS.contains(toks.get(noun).lower)) {
                return;
            }
            int from = toks.get(noun).start - toks.get(s.from).start;
            for (Dates.Found f : s.dates) {
                if (f.start() > from && f.date() != null && !f.future()) {
                    Trigger t = new Trigger(k, noun + 1, "meeting:followed-by", true, false);
                    Set<Person> same = new LinkedHashSet<>(meetings.participants.get(meetings.participants.size() - 1));
                    meetings.addMeeting(s, t, same, Set.of(), same, new When(f.date(), null), dateAndPlace.placeOf(s, t), 0.7, t.rule());
                    return;
                }
            }
            return;
        }
    }

    /** The people of the last meeting any of {@code people} took part in, or none. */
    Set<Person> lastMetBy(Set<Person> people) {
        for (int i = meetings.participants.size() - 1; i >= 0; i--) {
            for (Person p : people) {
                if (meetings.participants.get(i).contains(p)) {
                    return meetings.participants.get(i);
                }
            }
        }
        return Set.of();
    }
}
