package org.diplograph.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.diplograph.extract.MeetingDateAndPlace.When;
import org.diplograph.extract.MeetingTriggers.Trigger;
import org.diplograph.extract.Sentence.Mention;
import org.diplograph.extract.Sentence.MentionKind;

/**
 * The delegations of a bilateral meeting that a statement names apart from it: "The 24th Summit between the
 * European Union and Ukraine was held in Kyiv today. The European Union was represented by A and B. Ukraine was
 * represented by its President, C." and "The India-Japan 2+2 was held …; the Indian side was led by A and B, and
 * the Japanese side by C and D". The meeting is one of all the delegates, once they come from two of its parties.
 * A summit of an alliance ("India was represented by its foreign minister at the SCO summit") is no such meeting:
 * its sentence names one party, not two or three.
 */
final class Delegations {

    /** How many sentences after the meeting its delegations may be named. */
    private static final int REACH = 3;
    private static final Set<String> DELEGATION_NOUNS = Words.set("side", "delegation", "team", "one");

    /** A meeting reported without its people, and the parties its sentence names. */
    record Venue(Sentence sentence, Trigger trigger, When when, String place, Set<String> parties) {
    }

    private final List<Token> toks;
    private Venue venue;
    /** The delegates named so far for the venue, and the meeting they make once it has two parties. */
    private final Set<Person> delegates = new LinkedHashSet<>();
    private Set<Person> meeting;

    Delegations(Article article) {
        this.toks = article.toks;
    }

    /** A trigger whose sentence names no one ("The summit between the EU and Ukraine was held in Kyiv", "EU and US leaders met"). */
    void noteVenue(Sentence s, Trigger t, When when, String place) {
        Set<String> parties = new LinkedHashSet<>();
        for (Sentence.State st : s.states) {
            parties.add(st.code());
        }
        if (parties.size() >= 2 && parties.size() <= 3 && (venue == null || venue.sentence() != s)) {
            venue = new Venue(s, t, when, place, parties);
            delegates.clear();
            meeting = null;
        }
    }

    /**
     * The people the sentence names as delegates of the venue near it (every person after the first "represented by"
     * or "side … led by"), or none when it names none or no venue is near.
     */
    List<Mention> delegateMentions(Sentence s) {
        int from = venue != null && s.index - venue.sentence().index <= REACH ? delegationStart(s) : -1;
        return from < 0 ? List.of() : s.mentions.stream().filter(m -> m.start > from && m.kind == MentionKind.PERSON).toList();
    }

    /** The venue whose delegates {@link #delegateMentions} names. */
    Venue venue() {
        return venue;
    }

    /**
     * Adds delegates of the venue; returns the people of its meeting once they serve two of its parties (the same set
     * later delegates join), else null. {@code scopeOf} gives a person's country or alliance.
     */
    Set<Person> add(Set<Person> people, java.util.function.Function<Person, String> scopeOf) {
        delegates.addAll(people);
        if (meeting != null) {
            meeting.addAll(people);
            return null;
        }
        Set<String> served = new LinkedHashSet<>();
        for (Person p : delegates) {
            String scope = scopeOf.apply(p);
            if (scope != null && venue.parties().contains(scope)) {
                served.add(scope);
            }
        }
        return served.size() >= 2 ? delegates : null;
    }

    /** The meeting the delegates made: later delegates join it. */
    void made(Set<Person> participants) {
        meeting = participants;
    }

    /** Where the delegates begin: after "represented by", "the Indian side was led by", "the Japanese side by"; -1 if not. */
    private int delegationStart(Sentence s) {
        for (int i = s.analysisFrom + 1; i < s.to; i++) {
            if (!toks.get(i).is("by")) {
                continue;
            }
            Token before = toks.get(i - 1);
            if (before.is("represented")) {
                return i;
            }
            for (int k = i - 1; k >= Math.max(s.analysisFrom, i - 3); k--) {
                if (DELEGATION_NOUNS.contains(toks.get(k).lower)
                        && (before.is("led") || before.is("headed") || k == i - 1)) {
                    return i;
                }
            }
        }
        return -1;
    }
}
