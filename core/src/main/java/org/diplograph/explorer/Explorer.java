package org.diplograph.explorer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.diplograph.model.ActorKind;
import org.diplograph.model.Period;

/**
 * The analyst's questions as typed methods. Every read runs in a read transaction, so it can never
 * write and is routed to read replicas on a cluster.
 *
 * <h2>Naming actors</h2>
 * Every {@code String} that names an actor takes an id ({@code AZE/najmeddin-sadikov}), an id that was
 * merged into another ({@code AZE/najmeddin-sadikhov}), or any spelling the graph knows ({@code Sadikhov},
 * {@code najmeddin sadikov}), compared by folded key. A name is resolved once per call. Except for
 * {@link #findActor(String)} and {@link #search(String)}, every method throws
 * <ul>
 * <li>{@link org.diplograph.NotFoundException} when the name names nothing (its {@code candidates()} are
 *     close matches) or more than one actor of the kinds the method accepts (its {@code candidates()} are
 *     those actors, as {@code id (name)}: ask again by id);</li>
 * <li>{@link org.diplograph.InvalidInputException} when the name names an actor of a kind the method does
 *     not accept (a country given to {@link #meetingsOf(String, Period)}), or a number is out of range.</li>
 * </ul>
 * An empty answer is an empty list (or {@link Optional#empty()}), never an exception.
 *
 * <h2>Sides</h2>
 * {@link #meetingsBetween} and {@link #brokers} take sides, which may be any actor. An official is on a
 * side when he is it, when he {@code REPRESENTS} it, or when he represents a ministry that represents it;
 * with {@code viaMembership} and an alliance as the side, also when the country he represents (directly or
 * through a ministry) is a {@code MEMBER_OF} it. A dated role (or membership) counts only for meetings
 * whose date range overlaps its validity; a role without dates always counts. A meeting of unknown date
 * counts for a side only through undated roles (and memberships).
 *
 * <h2>Periods</h2>
 * A {@link Period} keeps meetings whose date range (a month or year is its whole range) overlaps it;
 * meetings of unknown date only when {@link Period#includeUndated()}. A {@code null} period is
 * {@link Period#always()}.
 *
 * <h2>For the command line</h2>
 * Parameters are simple types ({@code String}, {@code LocalDate}, {@code int}, {@code boolean},
 * {@link Period}, {@link ActorKind}) with names fit for options ({@code meetingsBetween(a, b, period,
 * viaMembership)} → {@code meetings-between --a RUS --b NATO}); the overload with the most parameters
 * takes them all, the others fill in defaults.
 *
 * <pre>{@code
 * Explorer explorer = graph.explorer();
 * for (Broker b : explorer.brokers("Russia", "NATO")) {
 *     log.info("{} met {} and {}", b.broker().name(), b.metOnSideA(), b.metOnSideB());
 * }
 * }</pre>
 */
public interface Explorer {

    /** The bound of {@link #shortestChain(String, String, int, Period)}'s {@code maxHops}. */
    int MAX_CHAIN_HOPS = 10;
    /** {@link #shortestChain(String, String)}'s {@code maxHops}, and the command line's default. */
    int DEFAULT_CHAIN_HOPS = 6;
    /** {@link #neighbourhood(String)}'s {@code hops}, and the command line's default. */
    int DEFAULT_NEIGHBOURHOOD_HOPS = 2;
    /** {@link #mostConnected(ActorKind)}'s {@code limit}, and the command line's default. */
    int DEFAULT_LIMIT = 10;
    /** The bound of {@link #neighbourhood(String, int, Period)}'s {@code hops}. */
    int MAX_NEIGHBOURHOOD_HOPS = 3;
    /** How many actors {@link #neighbourhood(String, int, Period)} returns at most. */
    int NEIGHBOURHOOD_ACTORS = 500;
    /** The bound of {@link #neighbourhood(String, int, Period, int)}'s {@code maxActors}. */
    int MAX_NEIGHBOURHOOD_ACTORS = 10_000;
    /** How many hits {@link #search(String)} returns at most. */
    int SEARCH_LIMIT = 25;

    /**
     * The one actor a name or id names. Starts from the unique index on {@code :Actor(id)}, the
     * {@code :Actor(scope)} index (merged ids) and the text index on {@code :Actor(keyText)} (spellings).
     *
     * @param nameOrId an id, a merged id or any spelling
     * @return the actor
     * @throws org.diplograph.NotFoundException with close matches when nothing matches, with the candidates when several do
     */
    ActorInfo actor(String nameOrId);

    /**
     * Like {@link #actor(String)}, but an unknown name is an empty answer.
     *
     * @param nameOrId an id, a merged id or any spelling
     * @return the actor, or empty when nothing matches
     * @throws org.diplograph.NotFoundException listing the candidates when several actors match
     */
    Optional<ActorInfo> findActor(String nameOrId);

    /**
     * Actors whose folded spellings contain the folded text, or whose id starts with the text; exact
     * spellings first, at most {@link #SEARCH_LIMIT}. Starts from the text index on {@code :Actor(keyText)}
     * and the unique index on {@code :Actor(id)} (prefix seek).
     *
     * @param text part of a name (any case, with or without diacritics) or the start of an id
     * @return the matches; empty when none (or when the text has no letters or digits)
     */
    List<ActorInfo> search(String text);

    /**
     * Every meeting of one official, earliest first, undated last. Starts from the unique index on
     * {@code :Actor(id)} and expands his {@code MET_WITH} edges.
     *
     * @param official an official
     * @param period   which meetings count
     * @return the meetings, {@code official} being him
     */
    List<MeetingFact> meetingsOf(String official, Period period);

    /**
     * @param official an official
     * @return all his dated meetings
     * @see #meetingsOf(String, Period)
     */
    default List<MeetingFact> meetingsOf(String official) {
        return meetingsOf(official, Period.always());
    }

    /**
     * Meetings between an official on side A and one on side B (see <em>Sides</em> above), earliest
     * first. Starts from the unique index on {@code :Actor(id)} for each side, expands incoming
     * {@code REPRESENTS} (and {@code MEMBER_OF}) edges to the side's officials, then their {@code MET_WITH} edges.
     * Each meeting is listed once: when both its officials are on both sides on its date (sides that
     * overlap), {@code meeting.official()} is the one whose id sorts first.
     *
     * @param a             side A: any actor
     * @param b             side B: any actor
     * @param period        which meetings count
     * @param viaMembership whether an alliance's side includes the officials of its member countries
     * @return the meetings, {@code meeting.official()} on side A
     */
    List<SideMeeting> meetingsBetween(String a, String b, Period period, boolean viaMembership);

    /**
     * @param a      side A: any actor
     * @param b      side B: any actor
     * @param period which meetings count
     * @return the meetings, without membership sides
     * @see #meetingsBetween(String, String, Period, boolean)
     */
    default List<SideMeeting> meetingsBetween(String a, String b, Period period) {
        return meetingsBetween(a, b, period, false);
    }

    /**
     * @param a side A: any actor
     * @param b side B: any actor
     * @return all dated meetings, without membership sides
     * @see #meetingsBetween(String, String, Period, boolean)
     */
    default List<SideMeeting> meetingsBetween(String a, String b) {
        return meetingsBetween(a, b, Period.always(), false);
    }

    /**
     * The distinct officials one official met, most meetings first. Starts from the unique index on
     * {@code :Actor(id)} and expands his {@code MET_WITH} edges.
     *
     * @param official an official
     * @param period   which meetings count
     * @return one entry per person met
     */
    List<Counterpart> counterparts(String official, Period period);

    /**
     * @param official an official
     * @return his counterparts in all dated meetings
     * @see #counterparts(String, Period)
     */
    default List<Counterpart> counterparts(String official) {
        return counterparts(official, Period.always());
    }

    /**
     * Officials both A and B met, most meetings first. Starts from the unique index on
     * {@code :Actor(id)} for A and B and expands two {@code MET_WITH} steps.
     *
     * @param a      an official
     * @param b      another official
     * @param period which meetings count
     * @return the common contacts
     */
    List<CommonContact> commonContacts(String a, String b, Period period);

    /**
     * @param a an official
     * @param b another official
     * @return common contacts over all dated meetings
     * @see #commonContacts(String, String, Period)
     */
    default List<CommonContact> commonContacts(String a, String b) {
        return commonContacts(a, b, Period.always());
    }

    /**
     * A shortest chain of meetings (in the period) from one official to another, each hop with every
     * meeting behind it. Starts from the unique index on {@code :Actor(id)} for both ends and runs a
     * bidirectional breadth-first {@code shortestPath} over {@code MET_WITH}.
     *
     * @param a       an official
     * @param b       an official
     * @param maxHops the longest chain wanted, 1 to {@link #MAX_CHAIN_HOPS}
     * @param period  which meetings may link
     * @return the chain, or empty when there is none within {@code maxHops}
     * @throws org.diplograph.InvalidInputException when {@code maxHops} is out of range
     */
    Optional<Chain> shortestChain(String a, String b, int maxHops, Period period);

    /**
     * @param a       an official
     * @param b       an official
     * @param maxHops the longest chain wanted, 1 to {@link #MAX_CHAIN_HOPS}
     * @return the chain over all dated meetings
     * @see #shortestChain(String, String, int, Period)
     */
    default Optional<Chain> shortestChain(String a, String b, int maxHops) {
        return shortestChain(a, b, maxHops, Period.always());
    }

    /**
     * @param a an official
     * @param b an official
     * @return the chain of at most {@link #DEFAULT_CHAIN_HOPS} hops over all dated meetings
     * @see #shortestChain(String, String, int, Period)
     */
    default Optional<Chain> shortestChain(String a, String b) {
        return shortestChain(a, b, DEFAULT_CHAIN_HOPS, Period.always());
    }

    /**
     * The officials who represent a body on a day: directly, or (for a country or alliance) through
     * one of its ministries, both roles held that day. Starts from the unique index on {@code :Actor(id)}
     * and expands incoming {@code REPRESENTS} edges.
     *
     * @param body   a ministry, country or alliance
     * @param onDate the day, or {@code null} for every role ever held
     * @return each official's role nearest the official ({@code onBehalfOf} names the body when reached through a ministry)
     */
    List<Role> representatives(String body, LocalDate onDate);

    /**
     * @param body a ministry, country or alliance
     * @return every official who ever represented it
     * @see #representatives(String, LocalDate)
     */
    default List<Role> representatives(String body) {
        return representatives(body, null);
    }

    /**
     * Every role of an official (or ministry), earliest first. Starts from the unique index on
     * {@code :Actor(id)} and expands outgoing {@code REPRESENTS} edges.
     *
     * @param official an official or a ministry
     * @return the roles
     */
    List<Role> rolesOf(String official);

    /**
     * The roles an official (or ministry) held on a day; an undated role counts as held. Starts from the
     * unique index on {@code :Actor(id)} and expands outgoing {@code REPRESENTS} edges.
     *
     * @param official an official or a ministry
     * @param date     the day
     * @return the roles held that day
     */
    List<Role> rolesOn(String official, LocalDate date);

    /**
     * Partners of a country or alliance, by kind. Starts from the unique index on {@code :Actor(id)}
     * and expands {@code PARTNER_OF} edges both ways.
     *
     * @param countryOrAlliance a country or alliance
     * @return the partnerships
     */
    List<Partner> partnersOf(String countryOrAlliance);

    /**
     * The members of an alliance, or the alliances a country belongs to. Starts from the unique index
     * on {@code :Actor(id)} and expands {@code MEMBER_OF} edges.
     *
     * @param allianceOrCountry an alliance (its members) or a country (its alliances)
     * @param onDate            the day, or {@code null} for every membership ever known
     * @return the memberships
     */
    List<Member> membersOf(String allianceOrCountry, LocalDate onDate);

    /**
     * @param allianceOrCountry an alliance or a country
     * @return every membership ever known
     * @see #membersOf(String, LocalDate)
     */
    default List<Member> membersOf(String allianceOrCountry) {
        return membersOf(allianceOrCountry, null);
    }

    /**
     * Officials on neither side who met officials of both, ranked by the smaller of their two meeting
     * counts, then by their sum. An official who is on either side by any role, at any time, is not a
     * broker. Starts from the unique index on {@code :Actor(id)} for each side, expands to the sides'
     * officials and then their {@code MET_WITH} edges, and joins the two sides on the counterpart.
     * Of a broker's meetings on one date, those with side A come first, each side's by its official's id.
     *
     * @param a             side A: any actor
     * @param b             side B: any actor
     * @param period        which meetings count
     * @param viaMembership whether an alliance's side includes the officials of its member countries
     * @return the brokers
     * @throws org.diplograph.InvalidInputException when both sides name the same actor (everyone who met it
     *                                              would be a broker: ask {@link #counterparts} instead)
     */
    List<Broker> brokers(String a, String b, Period period, boolean viaMembership);

    /**
     * @param a side A: any actor
     * @param b side B: any actor
     * @return brokers over all dated meetings, without membership sides
     * @see #brokers(String, String, Period, boolean)
     */
    default List<Broker> brokers(String a, String b) {
        return brokers(a, b, Period.always(), false);
    }

    /**
     * What happened to an actor, in date order (undated last): for an official his meetings and the
     * starts and ends of his roles; for a ministry, country or alliance the meetings of the officials
     * on its side (see <em>Sides</em>, without membership), the starts and ends of roles in it or its
     * ministries, its partnerships and memberships. Starts from the unique index on {@code :Actor(id)}.
     *
     * @param actor  any actor
     * @param period which events count (roles, partnerships and memberships by their own dates)
     * @return the events
     */
    List<TimelineEvent> timeline(String actor, Period period);

    /**
     * @param actor any actor
     * @return every dated event
     * @see #timeline(String, Period)
     */
    default List<TimelineEvent> timeline(String actor) {
        return timeline(actor, Period.always());
    }

    /**
     * The actors of one kind whose people met the most distinct officials in the period; for a body,
     * its officials are those on its side on the meeting's date (without membership), and officials on
     * its own side are not counted. A question about the whole graph: it starts from the range index on
     * {@code MET_WITH(on)} when the period has an end, and from every {@code MET_WITH} edge otherwise.
     *
     * @param kind   which kind of actor to rank
     * @param period which meetings count
     * @param limit  how many to return, 1 to 1000
     * @return the ranking, most counterparts first
     */
    List<Connected> mostConnected(ActorKind kind, Period period, int limit);

    /**
     * @param kind  which kind of actor to rank
     * @param limit how many to return, 1 to 1000
     * @return the ranking over all dated meetings
     * @see #mostConnected(ActorKind, Period, int)
     */
    default List<Connected> mostConnected(ActorKind kind, int limit) {
        return mostConnected(kind, Period.always(), limit);
    }

    /**
     * @param kind which kind of actor to rank
     * @return the first {@link #DEFAULT_LIMIT} over all dated meetings
     * @see #mostConnected(ActorKind, Period, int)
     */
    default List<Connected> mostConnected(ActorKind kind) {
        return mostConnected(kind, Period.always(), DEFAULT_LIMIT);
    }

    /**
     * The actors within a few hops of one actor, over meetings in the period and all roles,
     * partnerships and memberships, with the edges among them; at most {@code maxActors} actors. They
     * are found ring by ring, nearest first: the actors one edge from the last ring, ranked by how many
     * edges tie them to it (a counterpart met ten times before one met once), then by id; when the cap
     * is reached the rest are left out and {@link Neighbourhood#complete()} says so. (Two hops around a
     * busy official reach most of a large graph; a picture of the nearest few hundred is what can be read.)
     * Starts from the unique index on {@code :Actor(id)} for each ring and expands outward.
     *
     * @param actor     any actor
     * @param hops      how far, 1 to {@link #MAX_NEIGHBOURHOOD_HOPS}
     * @param period    which meetings count as edges
     * @param maxActors how many actors at most, the centre included, 1 to {@link #MAX_NEIGHBOURHOOD_ACTORS}
     * @return the neighbourhood (just the actor when it has no edges)
     * @throws org.diplograph.InvalidInputException when hops or maxActors is out of bounds
     */
    Neighbourhood neighbourhood(String actor, int hops, Period period, int maxActors);

    /**
     * @param actor  any actor
     * @param hops   how far, 1 to {@link #MAX_NEIGHBOURHOOD_HOPS}
     * @param period which meetings count as edges
     * @return the nearest {@link #NEIGHBOURHOOD_ACTORS} actors at most, and the edges among them
     * @see #neighbourhood(String, int, Period, int)
     */
    default Neighbourhood neighbourhood(String actor, int hops, Period period) {
        return neighbourhood(actor, hops, period, NEIGHBOURHOOD_ACTORS);
    }

    /**
     * @param actor any actor
     * @param hops  how far, 1 to {@link #MAX_NEIGHBOURHOOD_HOPS}
     * @return the neighbourhood over all dated meetings, the nearest {@link #NEIGHBOURHOOD_ACTORS} actors at most
     * @see #neighbourhood(String, int, Period, int)
     */
    default Neighbourhood neighbourhood(String actor, int hops) {
        return neighbourhood(actor, hops, Period.always());
    }

    /**
     * @param actor any actor
     * @return the neighbourhood {@link #DEFAULT_NEIGHBOURHOOD_HOPS} hops deep over all dated meetings
     * @see #neighbourhood(String, int, Period, int)
     */
    default Neighbourhood neighbourhood(String actor) {
        return neighbourhood(actor, DEFAULT_NEIGHBOURHOOD_HOPS);
    }

    /**
     * An analyst's own Cypher, read-only: planned first and refused unless Neo4j calls it read-only,
     * then run in a read transaction.
     *
     * @param statement  Cypher, with values as {@code $parameters}
     * @param parameters the parameter values
     * @return the rows as plain values
     * @throws org.diplograph.InvalidInputException when the statement is invalid or could write
     */
    Rows cypher(String statement, Map<String, Object> parameters);
}
