package org.diplograph.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.diplograph.model.DatePrecision;
import org.diplograph.model.PartialDate;

/**
 * When and where a meeting took place: a date stated near its trigger, "the same day" as the
 * previous meeting, or the day the story last stated; a place introduced near it, the previous
 * meeting's on the same day, or the article's venue. Remembers what those need from sentence to
 * sentence.
 */
final class MeetingDateAndPlace {

    private static final Set<String> PAST_MARKERS = Set.of("previously", "earlier", "before", "had", "last", "once", "past", "ago");

    private final List<Token> toks;
    private final LocalDate published;
    /** The day the story last stated, for later undated meetings. */
    private PartialDate narrativeDate;
    /** The date and place of the last meeting not recalled in passing, for "the same day". */
    private PartialDate lastMeetingDate;
    private String lastMeetingPlace;
    /** The place of a sentence that names the venue, for meetings whose sentence names none. */
    private String defaultPlace;

    MeetingDateAndPlace(Article article) {
        this.toks = article.toks;
        this.published = article.published;
    }

    /** First pass: notes a venue the sentence names and the dates it states. */
    void read(Sentence s) {
        if (s.text.contains("venue") && !s.places.isEmpty()) {
            defaultPlace = s.places.get(0).name();
        }
        List<Dates.Found> found = Dates.find(s.text, published);
        if (!found.isEmpty()) {
            s.dates = found;
        }
    }

    /** A day stated in a sentence becomes the story's date for later undated meetings. */
    void advanceNarrative(Sentence s) {
        for (Dates.Found f : s.dates) {
            if (!f.future() && f.date() != null && f.date().precision() == DatePrecision.DAY && published != null
                    && !f.date().first().isAfter(published)) {
                narrativeDate = f.date();
            }
        }
    }

    /** The meeting's date: a date near the trigger, "the same day", or the story's date; true when stated. */
    boolean dateOf(Sentence s, Meetings.Trigger t, PartialDate[] out) {
        Dates.Found best = null;
        int triggerChar = toks.get(t.start()).start - toks.get(s.from).start;
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
        for (int k = Math.max(s.analysisFrom, t.start() - 3); k < Math.min(s.to, t.end() + 6); k++) {
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

    /** The place introduced ("in", "at", "to", "visited") nearest the trigger, or null. */
    String placeOf(Sentence s, Meetings.Trigger t) {
        Sentence.Place best = null;
        for (Sentence.Place p : s.places) {
            Token prev = p.start() > s.from ? toks.get(p.start() - 1) : null;
            boolean introduced = prev != null && (prev.is("in") || prev.is("visited") || prev.is("to") || prev.is("at"))
                    || prev != null && prev.is("the") && p.start() - 2 >= s.from && toks.get(p.start() - 2).is("in");
            if (introduced && (best == null || Math.abs(p.start() - t.start()) < Math.abs(best.start() - t.start()))) {
                best = p;
            }
        }
        if (best != null) {
            return best.name();
        }
        return null;
    }

    /** The meeting's place; when its sentence names none, the previous meeting's on "the same day", else the venue. */
    String placeOrEarlier(Sentence s, String place) {
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
        return place;
    }

    /** A meeting was recorded: unless recalled in passing ("had last met"), "the same day" now means its day and place. */
    void remember(Sentence s, Meetings.Trigger t, PartialDate on, String place) {
        boolean passing = false;
        for (int k = Math.max(s.analysisFrom, t.start() - 3); k < Math.min(s.to, t.end() + 6); k++) {
            passing |= PAST_MARKERS.contains(toks.get(k).lower);
        }
        if (!passing) {
            lastMeetingDate = on;
            lastMeetingPlace = place;
        }
    }
}
