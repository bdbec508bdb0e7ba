package org.diplograph.model;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.diplograph.InvalidInputException;

/**
 * One source's facts: the unit that is reviewed, exchanged as {@code diplograph/facts@1} JSON and
 * written to the graph all-or-nothing.
 *
 * <p>A FactSet is self-contained: every actor a fact names is declared in {@link #actors()}, once,
 * and is of a kind the fact allows (meetings are between officials; a role is held by an official
 * in a ministry, country or alliance, or by a ministry in a country or alliance; partners are
 * countries or alliances; a member is a country, of an alliance). A violation is an
 * {@link InvalidInputException} whose path names the offending value, like {@code $.meetings[3].participants[1]}.
 *
 * @param source       the article
 * @param actors       every actor the facts name
 * @param represents   roles
 * @param meetings     meetings
 * @param partnerships partnerships
 * @param memberships  memberships
 */
public record FactSet(Source source, List<Actor> actors, List<Representation> represents, List<Meeting> meetings,
                      List<Partnership> partnerships, List<Membership> memberships) {

    /** The value of the {@code format} field of FactSet JSON. */
    public static final String FORMAT = "diplograph/facts@1";

    private static final Set<ActorKind> OFFICIALS = EnumSet.of(ActorKind.OFFICIAL);
    private static final Set<ActorKind> HOLDERS = EnumSet.of(ActorKind.OFFICIAL, ActorKind.MINISTRY);
    private static final Set<ActorKind> BODIES = EnumSet.of(ActorKind.MINISTRY, ActorKind.COUNTRY, ActorKind.ALLIANCE);
    private static final Set<ActorKind> STATES = EnumSet.of(ActorKind.COUNTRY, ActorKind.ALLIANCE);
    private static final Set<ActorKind> COUNTRIES = EnumSet.of(ActorKind.COUNTRY);
    private static final Set<ActorKind> ALLIANCES = EnumSet.of(ActorKind.ALLIANCE);

    /** Validates that every fact names declared actors of fitting kinds, and that no actor is declared twice. */
    public FactSet {
        if (source == null) {
            throw new InvalidInputException(null, null, "$.source", "A FactSet needs a \"source\".", null);
        }
        actors = copy(actors);
        represents = copy(represents);
        meetings = copy(meetings);
        partnerships = copy(partnerships);
        memberships = copy(memberships);

        Map<ActorId, ActorKind> kinds = new HashMap<>();
        for (int i = 0; i < actors.size(); i++) {
            Actor actor = actors.get(i);
            if (kinds.put(actor.id(), actor.kind()) != null) {
                throw new InvalidInputException(null, null, "$.actors[" + i + "].id",
                        "\"" + actor.id() + "\" is declared twice; declare each actor once, with all its aliases.", null);
            }
        }
        for (int i = 0; i < represents.size(); i++) {
            Representation role = represents.get(i);
            String at = "$.represents[" + i + "]";
            check(kinds, role.who(), HOLDERS, at + ".who", "hold a role");
            check(kinds, role.body(), BODIES, at + ".body", "be represented");
            if (kinds.get(role.who()) == ActorKind.MINISTRY && kinds.get(role.body()) == ActorKind.MINISTRY) {
                throw new InvalidInputException(null, null, at + ".body",
                        "A ministry represents a country or alliance, not another ministry.", null);
            }
        }
        for (int i = 0; i < meetings.size(); i++) {
            List<ActorId> participants = meetings.get(i).participants();
            for (int j = 0; j < participants.size(); j++) {
                check(kinds, participants.get(j), OFFICIALS, "$.meetings[" + i + "].participants[" + j + "]", "meet");
            }
        }
        for (int i = 0; i < partnerships.size(); i++) {
            List<ActorId> between = partnerships.get(i).between();
            for (int j = 0; j < between.size(); j++) {
                check(kinds, between.get(j), STATES, "$.partnerships[" + i + "].between[" + j + "]", "be a partner");
            }
        }
        for (int i = 0; i < memberships.size(); i++) {
            Membership membership = memberships.get(i);
            check(kinds, membership.member(), COUNTRIES, "$.memberships[" + i + "].member", "be a member");
            check(kinds, membership.alliance(), ALLIANCES, "$.memberships[" + i + "].alliance", "have members");
        }
    }

    /**
     * @param id an id
     * @return the declared actor with that id
     */
    public Optional<Actor> actor(ActorId id) {
        return actors.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** @return how many facts (roles, meetings, partnerships, memberships) the set holds */
    public int factCount() {
        return represents.size() + meetings.size() + partnerships.size() + memberships.size();
    }

    private static void check(Map<ActorId, ActorKind> kinds, ActorId id, Set<ActorKind> allowed, String path, String verb) {
        ActorKind kind = kinds.get(id);
        if (kind == null) {
            throw new InvalidInputException(null, null, path,
                    "\"" + id + "\" is not declared in \"actors\"; add it there (with its kind and name).", null);
        }
        if (!allowed.contains(kind)) {
            throw new InvalidInputException(null, null, path,
                    "\"" + id + "\" is " + kind.withArticle() + ", and " + kind.withArticle() + " cannot " + verb + " here; expected "
                            + String.join(" or ", allowed.stream().map(ActorKind::word).toList()) + ".", null);
        }
    }

    private static <T> List<T> copy(List<T> list) {
        if (list == null) {
            return List.of();
        }
        for (T item : list) {
            if (item == null) {
                throw new InvalidInputException("A FactSet's lists must not contain null.");
            }
        }
        return List.copyOf(list);
    }
}
