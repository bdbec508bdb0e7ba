package org.diplograph.cypher;

import static org.diplograph.cypher.QueryResults.date;
import static org.diplograph.cypher.QueryResults.partialDate;
import static org.diplograph.cypher.QueryResults.precision;
import static org.diplograph.cypher.QueryResults.sentences;
import static org.diplograph.cypher.QueryResults.strings;
import static org.diplograph.cypher.QueryResults.text;

import java.time.LocalDate;
import java.util.List;
import org.diplograph.explorer.ActorRef;
import org.diplograph.explorer.TimelineEvent;
import org.diplograph.model.ActorKind;
import org.diplograph.model.DatePrecision;
import org.diplograph.model.PartialDate;
import org.diplograph.model.Period;
import org.neo4j.driver.Record;

/** Turns the rows of {@code query/timeline} into events, filtering role, partnership and membership dates by the period. */
final class TimelineEvents {

    private TimelineEvents() {
    }

    static void events(Record r, Period period, List<TimelineEvent> out) {
        String event = r.get("event").asString();
        List<ActorRef> actors = r.get("actors").asList(QueryResults::ref);
        List<String> sources = strings(r.get("sources"));
        List<String> evidence = sentences(r.get("evidence"));
        String place = text(r.get("place"));
        String title = text(r.get("title"));
        String subject = actors.get(0).name();
        String other = actors.get(1).name();
        switch (event) {
            case "meeting" -> {
                out.add(new TimelineEvent(partialDate(r.get("on"), r.get("precision")), TimelineEvent.Kind.MEETING,
                        subject + " met " + other + (place == null ? "" : " in " + place) + ".", actors, place, sources,
                        evidence));
            }
            case "role" -> {
                String as = title == null ? "a role in " + other : title + " (" + other + ")";
                add(out, period, date(r.get("on")), precision(r.get("precision")), false, TimelineEvent.Kind.ROLE_BEGINS,
                        subject + " became " + as + ".", actors, sources, evidence);
                add(out, period, date(r.get("endOn")), precision(r.get("endPrecision")), false, TimelineEvent.Kind.ROLE_ENDS,
                        subject + " ceased to be " + as + ".", actors, sources, evidence);
            }
            case "partnership" -> add(out, period, date(r.get("on")), precision(r.get("precision")), true,
                    TimelineEvent.Kind.PARTNERSHIP, subject + " and " + other + ": " + title + ".", actors, sources, evidence);
            default -> {
                add(out, period, date(r.get("on")), precision(r.get("precision")), false,
                        TimelineEvent.Kind.MEMBERSHIP_BEGINS, membership(actors) + " began.", actors, sources, evidence);
                add(out, period, date(r.get("endOn")), precision(r.get("endPrecision")), false,
                        TimelineEvent.Kind.MEMBERSHIP_ENDS, membership(actors) + " ended.", actors, sources, evidence);
            }
        }
    }

    private static String membership(List<ActorRef> actors) {
        ActorRef member = actors.get(0).kind() == ActorKind.COUNTRY ? actors.get(0) : actors.get(1);
        ActorRef alliance = member == actors.get(0) ? actors.get(1) : actors.get(0);
        return member.name() + "'s membership of " + alliance.name();
    }

    /**
     * Adds an event on a stored date (a start is the first day, an end the last day of what is known);
     * an event without a date is added only when it always exists (a partnership) and undated facts are wanted.
     */
    private static void add(List<TimelineEvent> out, Period period, LocalDate stored, DatePrecision precision,
                            boolean keepUndated, TimelineEvent.Kind kind, String summary, List<ActorRef> actors,
                            List<String> sources, List<String> evidence) {
        if (stored == null) {
            if (keepUndated && period.includeUndated()) {
                out.add(new TimelineEvent(null, kind, summary, actors, null, sources, evidence));
            }
            return;
        }
        PartialDate date = PartialDate.containing(stored, precision == null ? DatePrecision.DAY : precision);
        if (period.contains(date)) {
            out.add(new TimelineEvent(date, kind, summary, actors, null, sources, evidence));
        }
    }
}
