package org.diplograph.extract.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorId;
import org.diplograph.model.Alliance;
import org.diplograph.model.Country;
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

/** Builds the FactSet an extractor might have found, declaring every actor its facts name. */
final class FoundFacts {

    private final Map<ActorId, Actor> actors = new LinkedHashMap<>();
    private final List<Representation> roles = new ArrayList<>();
    private final List<Meeting> meetings = new ArrayList<>();
    private final List<Partnership> partnerships = new ArrayList<>();
    private final List<Membership> memberships = new ArrayList<>();

    FoundFacts official(String id, String... spellings) {
        ActorId actorId = ActorId.of(id);
        String name = spellings.length > 0 ? spellings[0] : OfficialIdentity.name(actorId);
        actors.put(actorId, new Official(actorId, name, List.of(spellings).subList(Math.min(1, spellings.length), spellings.length), null));
        return this;
    }

    FoundFacts meeting(String date, String... ids) {
        List<ActorId> participants = new ArrayList<>();
        for (String id : ids) {
            if (!actors.containsKey(ActorId.of(id))) {
                official(id);
            }
            participants.add(ActorId.of(id));
        }
        meetings.add(new Meeting(participants, date == null ? null : PartialDate.parse(date), null,
                new Provenance("They met.", "meeting:test", 0.9)));
        return this;
    }

    FoundFacts role(String holder, String body) {
        if (!actors.containsKey(ActorId.of(holder))) {
            official(holder);
        }
        roles.add(new Representation(ActorId.of(holder), body(body), null, null, null, Provenance.NONE));
        return this;
    }

    FoundFacts partnership(String a, String b, String kind) {
        partnerships.add(new Partnership(List.of(state(a), state(b)), kind, null, Provenance.of("They are partners.")));
        return this;
    }

    FoundFacts membership(String member, String alliance) {
        memberships.add(new Membership(state(member), state(alliance), null, null, Provenance.NONE));
        return this;
    }

    FactSet build() {
        return new FactSet(new Source("test", null, null, null, LocalDate.of(2024, 1, 10)), new ArrayList<>(actors.values()), roles,
                meetings, partnerships, memberships);
    }

    private ActorId body(String id) {
        ActorId body = ActorId.of(id);
        if (id.contains("/")) {
            actors.putIfAbsent(body, new Ministry(body, id, List.of()));
            return body;
        }
        return state(id);
    }

    private ActorId state(String code) {
        ActorId id = ActorId.of(code);
        actors.putIfAbsent(id, code.length() == 3 ? new Country(id, code, List.of()) : new Alliance(id, code, List.of()));
        return id;
    }
}
