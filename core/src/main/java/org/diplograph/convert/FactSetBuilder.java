package org.diplograph.convert;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorId;
import org.diplograph.model.FactSet;
import org.diplograph.model.Meeting;
import org.diplograph.model.PartialDate;
import org.diplograph.model.Provenance;
import org.diplograph.model.Representation;
import org.diplograph.model.Source;

/**
 * Collects the facts of one source as a converter finds them, declaring every actor once (with all its
 * spellings) and every role once, and makes the {@link FactSet}, which checks them.
 */
public final class FactSetBuilder {

    private final Source source;
    private final Map<ActorId, Actor> actors = new LinkedHashMap<>();
    private final List<Representation> roles = new ArrayList<>();
    private final Set<List<Object>> roleKeys = new HashSet<>();
    private final List<Meeting> meetings = new ArrayList<>();

    /**
     * @param source the source every fact will name
     */
    public FactSetBuilder(Source source) {
        this.source = source;
    }

    /** @return the source */
    public Source source() {
        return source;
    }

    /**
     * Declares an actor; declared again under the same id, its new spellings are added.
     *
     * @param actor the actor
     */
    public void declare(Actor actor) {
        Actor known = actors.get(actor.id());
        if (known == null) {
            actors.put(actor.id(), actor);
        } else if (known.kind() == actor.kind() && !known.spellings().containsAll(actor.spellings())) {
            List<String> aliases = new ArrayList<>(known.aliases());
            aliases.addAll(actor.spellings());
            String rank = known instanceof org.diplograph.model.Official o ? o.rank() : null;
            actors.put(known.id(), Actor.of(known.kind(), known.id(), known.name(), aliases, rank));
        }
    }

    /**
     * Adds a role (once), declaring the body; a ministry's own role in its country or alliance comes with it.
     *
     * @param who        the official, already declared
     * @param body       where he serves
     * @param title      the title, or {@code null}
     * @param from       since when, or {@code null}
     * @param to         until when, or {@code null}
     * @param provenance the evidence and rule
     */
    public void role(ActorId who, Body body, String title, PartialDate from, PartialDate to, Provenance provenance) {
        declare(body.state());
        if (body.ministry() != null) {
            declare(body.ministry());
            add(new Representation(body.ministry().id(), body.state().id(), null, null, null, null));
        }
        add(new Representation(who, body.id(), title, from, to, provenance));
    }

    private void add(Representation role) {
        if (roleKeys.add(java.util.Arrays.asList(role.who(), role.body(), role.title(), role.from(), role.to()))) {
            roles.add(role);
        }
    }

    /**
     * @param meeting a meeting of declared officials
     */
    public void meeting(Meeting meeting) {
        meetings.add(meeting);
    }

    /** @return the FactSet of everything added */
    public FactSet build() {
        return new FactSet(source, List.copyOf(actors.values()), roles, meetings, List.of(), List.of());
    }
}
