package org.diplograph.extract;

import static org.diplograph.extract.TitleReader.titleCase;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplograph.extract.GazetteerDoc.BodyDoc;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorId;
import org.diplograph.model.Alliance;
import org.diplograph.model.Country;
import org.diplograph.model.FactSet;
import org.diplograph.model.Meeting;
import org.diplograph.model.Membership;
import org.diplograph.model.Ministry;
import org.diplograph.model.Official;
import org.diplograph.model.Partnership;
import org.diplograph.model.Provenance;
import org.diplograph.model.Representation;
import org.diplograph.model.Source;

/**
 * Builds the article's FactSet from what the passes read: gives each person who matters an id and a
 * scope, declares the bodies, countries and alliances the facts name, and writes the roles, the
 * meetings (those with two people or more), the partnerships and the memberships.
 */
final class FactSetAssembly {

    /** Scope of an official whose country or alliance the article does not tell. */
    static final String UNKNOWN_SCOPE = "XXX";

    private final Article article;
    private final Gazetteer g;
    private final List<Person> persons;
    private final Scopes scopes;

    FactSetAssembly(Article article) {
        this.article = article;
        this.g = article.g;
        this.persons = article.persons;
        this.scopes = new Scopes(article);
    }

    /**
     * "Austin, Japanese Counterpart Pledge to Upgrade …", "Gates, Russian Counterpart Discuss Missile Defense": capitalised
     * words of a headline in title case, named nowhere else and known to no dictionary, are words, not a person.
     */
    private boolean headlineWordOnly(Person p) {
        // two words or more may be a person the headline alone names with his title ("Press Secretary Pat Ryder Holds …")
        if (p.known != null || p.name == null || p.seenAt.isEmpty() || p.name.indexOf(' ') >= 0 && !p.roles.isEmpty()) {
            return false;
        }
        for (int at : p.seenAt) {
            Sentence s = article.sentences.get(at / 1000);
            if (!article.inHeadline(s)) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param source               the article's source
     * @param extraRoles           roles of the gazetteer's holders that titles resolved to
     * @param meetings             the meetings read
     * @param meetingParticipants  their participants, at the same index
     * @param partnerships         the partnerships read
     * @param memberships          the memberships read
     * @return the facts
     */
    FactSet build(Source source, List<Representation> extraRoles, List<Meetings.Pending> meetings,
                  List<Set<Person>> meetingParticipants, Collection<Partnership> partnerships, Collection<Membership> memberships) {
        Map<ActorId, Actor> actors = new LinkedHashMap<>();
        Set<String> usedIds = new HashSet<>();
        List<Person> kept = new ArrayList<>();
        for (Person p : persons) {
            if ((p.confirmed || p.inMeeting) && !headlineWordOnly(p)) {
                kept.add(p);
            }
        }
        scopes.resolve(kept, meetings, meetingParticipants);
        // "spent time with the billionaire Elon Musk": a person whom nothing places in any state or office (no title, no
        // known role, no country), or whom the text calls a private person ("First Lady Jill Biden"), is no official, and no
        // party to a meeting of officials
        List<Person> nobody = kept.stream()
                .filter(p -> p.roles.isEmpty() && (UNKNOWN_SCOPE.equals(p.scope) && p.known == null || p.privatePerson)).toList();
        kept.removeAll(nobody);
        meetingParticipants = meetingParticipants.stream().map(set -> {
            // only the people kept; if that leaves compatriots alone, the one they met was no one ("their Russian
            // counterparts" resolved to a headline's words)
            Set<Person> left = new LinkedHashSet<>(set);
            left.retainAll(kept);
            boolean compatriots = left.size() < set.size() && left.stream().map(p -> p.scope).distinct().count() == 1;
            return compatriots ? Set.<Person>of() : left;
        }).toList();
        for (Person p : kept) {
            if (p.fixedId != null) {
                p.id = p.fixedId;
            } else {
                String base = p.scope + "/" + Scopes.slug(p);
                String id = base;
                for (int n = 2; usedIds.contains(id); n++) {
                    id = base + "-" + n;
                }
                p.id = ActorId.of(id);
            }
            usedIds.add(p.id.value());
            List<String> aliases = new ArrayList<>(p.spellings);
            aliases.remove(p.name);
            actors.put(p.id, new Official(p.id, p.name, aliases, p.rank));
        }
        List<Representation> roles = new ArrayList<>();
        Set<String> roleKeys = new HashSet<>();
        Set<ActorId> holders = new HashSet<>();
        extraRoles.forEach(r -> holders.add(r.who()));
        for (Person p : persons) {
            if (p.id == null) {
                continue;
            }
            for (Person.Role r : scopes.rolesOf(p, holders.contains(p.id))) {
                TitleInfo t = r.title();
                String scope = t.scope != null && !Scopes.sharedDemonym(t.scope, p.scope) ? t.scope : p.scope;
                String body = t.bodyId(scope);
                if (body == null || body.equals(p.id.value())) {
                    continue;
                }
                ActorId bodyId = declareBody(actors, body, t, scope, roles, roleKeys, r.evidence());
                if (bodyId == null) {
                    continue;
                }
                // ("commander of US Central Command (Centcom)": the acronym is the same post again, not a second one)
                boolean acronymAgain = t.text != null && !t.text.contains(" ") && roleKeys.contains(p.id + "|" + bodyId);
                if (!acronymAgain && roleKeys.add(p.id + "|" + bodyId + "|" + t.text)) {
                    roleKeys.add(p.id + "|" + bodyId);
                    roles.add(new Representation(p.id, bodyId, t.text, null, null, new Provenance(r.evidence(), r.rule(), r.confidence())));
                }
            }
        }
        for (Representation r : extraRoles) {
            if (actors.containsKey(r.who()) && declareBody(actors, r.body().value(), null, null, roles, roleKeys, null) != null
                    && roleKeys.add(r.who() + "|" + r.body() + "|" + r.title())) {
                roles.add(r);
            }
        }
        List<Meeting> finalMeetings = new ArrayList<>();
        for (int i = 0; i < meetings.size(); i++) {
            Meetings.Pending m = meetings.get(i);
            List<ActorId> ids = new ArrayList<>();
            for (Person p : meetingParticipants.get(i)) {
                ids.add(p.id);
            }
            if (ids.stream().distinct().count() >= 2) {
                finalMeetings.add(new Meeting(ids, m.on(), m.place(), m.provenance()));
            }
        }
        List<Partnership> finalPartnerships = new ArrayList<>();
        for (Partnership p : partnerships) {
            declareState(actors, p.between().get(0).value());
            declareState(actors, p.between().get(1).value());
            finalPartnerships.add(p);
        }
        List<Membership> finalMemberships = new ArrayList<>();
        for (Membership m : memberships) {
            declareState(actors, m.member().value());
            declareState(actors, m.alliance().value());
            finalMemberships.add(m);
        }
        return new FactSet(source, new ArrayList<>(actors.values()), roles, finalMeetings, finalPartnerships, finalMemberships);
    }

    private void declareState(Map<ActorId, Actor> actors, String code) {
        ActorId id = ActorId.of(code);
        if (actors.containsKey(id)) {
            return;
        }
        if (g.isAlliance(code)) {
            actors.put(id, new Alliance(id, g.nameOf(code), List.of()));
        } else if (g.isCountry(code)) {
            actors.put(id, new Country(id, g.nameOf(code), List.of()));
        } else if (ActorId.of(code).value().length() == 3) {
            actors.put(id, new Country(id, code, List.of()));
        } else {
            actors.put(id, new Alliance(id, code, List.of()));
        }
    }

    /** Declares a body (and the ministry's tie to its country or alliance); returns its id. */
    private ActorId declareBody(Map<ActorId, Actor> actors, String body, TitleInfo t, String scope, List<Representation> roles,
                                Set<String> roleKeys, String evidence) {
        if (!body.contains("/")) {
            if (body.equals(UNKNOWN_SCOPE)) {
                return null;
            }
            declareState(actors, body);
            return ActorId.of(body);
        }
        ActorId id = ActorId.of(body);
        String bodyScope = body.substring(0, body.indexOf('/'));
        if (!actors.containsKey(id)) {
            BodyDoc doc = g.bodies.get(body);
            String name = doc != null ? doc.name()
                    : (t != null && t.bodyName != null ? t.bodyName : titleCase(body.substring(body.indexOf('/') + 1).replace('-', ' ')))
                    + " of " + g.nameOf(bodyScope);
            actors.put(id, new Ministry(id, name, List.of()));
        }
        if (actors.get(id).kind() != org.diplograph.model.ActorKind.MINISTRY) {
            return null;
        }
        if (g.isCountry(bodyScope) || g.isAlliance(bodyScope)) {
            declareState(actors, bodyScope);
            if (roleKeys.add(body + "|" + bodyScope + "|")) {
                roles.add(new Representation(id, ActorId.of(bodyScope), null, null, null,
                        new Provenance(evidence, "body:part-of", 0.95)));
            }
        }
        return id;
    }
}
