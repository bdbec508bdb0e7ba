package org.diplograph.convert.events;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.diplograph.convert.Body;
import org.diplograph.convert.FactSetBuilder;
import org.diplograph.model.ActorId;
import org.diplograph.model.FactSet;
import org.diplograph.model.Meeting;
import org.diplograph.model.Official;
import org.diplograph.model.PartialDate;
import org.diplograph.model.Provenance;

/**
 * The stories still open while event rows stream by: each story collects its meetings (one per pair of
 * officials and day, however often its sentences and codes repeat it) and is handed out as one FactSet
 * once it is complete.
 *
 * <p><b>Ordering assumption.</b> Event files come roughly in the order of their stories' days (ICEWS's
 * yearly files by event date, GDELT's by the time a story was added). A story counts as complete when the
 * input has moved more than {@code days} days past it, or when more than {@code maxOpen} stories are open
 * (then the one touched longest ago goes first). So the heap holds at most {@code maxOpen} stories,
 * whatever the size of the file. Input out of order stays correct: rows of a story that was already handed
 * out make a second FactSet with the same source id, which the graph merges into the same edges (a
 * {@code MET_WITH} edge is one per pair and day, and lists each source once).
 */
final class MeetingWindow {

    /** A story being collected. */
    private static final class Open {
        final FactSetBuilder facts;
        final Set<List<Object>> meetings = new HashSet<>();
        LocalDate clock;

        Open(Story story) {
            this.facts = new FactSetBuilder(story.source());
            this.clock = story.clock();
        }
    }

    /**
     * One meeting row, its sides resolved.
     *
     * @param story      the story it was coded from
     * @param day        the meeting's day
     * @param a          one official
     * @param bodyA      his office on the day, or {@code null}
     * @param titleA     his title, or {@code null}
     * @param b          the other official
     * @param bodyB      the other's office, or {@code null}
     * @param titleB     the other's title, or {@code null}
     * @param place      where, or {@code null}
     * @param provenance the evidence and the rule ({@code icews:042})
     */
    record Row(Story story, LocalDate day, Official a, Body bodyA, String titleA, Official b, Body bodyB, String titleB,
               String place, Provenance provenance) {
    }

    private final int days;
    private final int maxOpen;
    // access order: the story touched longest ago comes first
    private final LinkedHashMap<String, Open> open = new LinkedHashMap<>(1024, 0.75f, true);

    /**
     * @param days    how many days past a story's day the input may still bring rows of it
     * @param maxOpen how many stories may be open at once
     */
    MeetingWindow(int days, int maxOpen) {
        this.days = days;
        this.maxOpen = maxOpen;
    }

    /**
     * Adds a meeting row to its story, and hands out the stories it completes.
     *
     * @param row  the row
     * @param done told each completed story's FactSet
     */
    void add(Row row, Consumer<FactSet> done) {
        String id = row.story().source().id();
        Open story = open.get(id);
        if (story == null) {
            story = new Open(row.story());
            open.put(id, story);
        } else if (row.story().clock().isAfter(story.clock)) {
            story.clock = row.story().clock();
        }
        List<Object> key = List.of(min(row.a().id(), row.b().id()), max(row.a().id(), row.b().id()), row.day());
        story.facts.declare(row.a());
        story.facts.declare(row.b());
        PartialDate day = PartialDate.ofDay(row.day());
        Provenance side = new Provenance(null, row.provenance().rule(), null);
        if (row.bodyA() != null) {
            story.facts.role(row.a().id(), row.bodyA(), row.titleA(), day, day, side);
        }
        if (row.bodyB() != null) {
            story.facts.role(row.b().id(), row.bodyB(), row.titleB(), day, day, side);
        }
        if (story.meetings.add(key)) {
            story.facts.meeting(new Meeting(List.of(row.a().id(), row.b().id()), day, row.place(), row.provenance()));
        }
        LocalDate horizon = row.story().clock().minusDays(days);
        Iterator<Open> oldest = open.values().iterator();
        while (oldest.hasNext()) {
            Open first = oldest.next();
            if (open.size() <= maxOpen && !first.clock.isBefore(horizon)) {
                break;
            }
            oldest.remove();
            done.accept(first.facts.build());
        }
    }

    /**
     * Hands out every open story: the input has ended.
     *
     * @param done told each story's FactSet
     */
    void flush(Consumer<FactSet> done) {
        for (Open story : open.values()) {
            done.accept(story.facts.build());
        }
        open.clear();
    }

    private static ActorId min(ActorId x, ActorId y) {
        return x.compareTo(y) <= 0 ? x : y;
    }

    private static ActorId max(ActorId x, ActorId y) {
        return x.compareTo(y) <= 0 ? y : x;
    }
}
