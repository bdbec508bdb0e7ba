package org.diplograph.cypher;

import static org.diplograph.cypher.QueryResults.actorInfo;
import static org.diplograph.cypher.QueryResults.date;
import static org.diplograph.cypher.QueryResults.flat;
import static org.diplograph.cypher.QueryResults.meeting;
import static org.diplograph.cypher.QueryResults.partialDate;
import static org.diplograph.cypher.QueryResults.precision;
import static org.diplograph.cypher.QueryResults.ref;
import static org.diplograph.cypher.QueryResults.run;
import static org.diplograph.cypher.QueryResults.sentences;
import static org.diplograph.cypher.QueryResults.strings;
import static org.diplograph.cypher.QueryResults.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.diplograph.DatabaseUnavailableException;
import org.diplograph.InvalidInputException;
import org.diplograph.cypher.internal.NeighbourhoodWalk;
import org.diplograph.cypher.internal.QueryTransaction;
import org.diplograph.cypher.internal.ReadOnlyCypher;
import org.diplograph.cypher.internal.ReadRunner;
import org.diplograph.cypher.internal.Sessions;
import org.diplograph.cypher.internal.SideMembers;
import org.diplograph.explorer.ActorInfo;
import org.diplograph.explorer.ActorRef;
import org.diplograph.explorer.Broker;
import org.diplograph.explorer.Chain;
import org.diplograph.explorer.ChainHop;
import org.diplograph.explorer.CommonContact;
import org.diplograph.explorer.Connected;
import org.diplograph.explorer.Counterpart;
import org.diplograph.explorer.Explorer;
import org.diplograph.explorer.Link;
import org.diplograph.explorer.MeetingFact;
import org.diplograph.explorer.Member;
import org.diplograph.explorer.Neighbourhood;
import org.diplograph.explorer.Partner;
import org.diplograph.explorer.Role;
import org.diplograph.explorer.Rows;
import org.diplograph.explorer.SideMeeting;
import org.diplograph.explorer.TimelineEvent;
import org.diplograph.model.ActorKind;
import org.diplograph.model.PartialDate;
import org.diplograph.model.Period;
import org.diplograph.names.NameKeys;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * The {@link Explorer} over a Neo4j graph: each method runs its own {@code query/<method>.cypher} in one
 * read transaction and, for sides, finds the side's officials ({@code query/side-members.cypher}) in the
 * same transaction. The statements find their actors by id themselves and say when they do not, so an
 * argument of an id's form costs no statement of its own; any other name, or an id that finds no actor
 * of the right kind, is resolved ({@link ActorNames}, {@code query/resolve-actor.cypher}) and the
 * statement run again with the actor's id. The read transaction is the driver's, or, on the embedded
 * database, one in process ({@link ReadRunner}): the same statements and the same mapping of their rows.
 * One exception: {@code brokers} walks the store ({@code plugin.BrokersWalk}) for the rows its statement
 * would give, in process and on a server with Diplograph's plugin (which runs the walk as the procedure
 * {@code diplograph.brokers}), since joining two whole countries' meetings row by row was the one question
 * over its latency target; other servers run the statement. Get one from {@link Diplograph#explorer()}.
 */
final class CypherExplorer implements Explorer {

    private static final int MAX_LIMIT = 1000;
    /** Bounds of the MET_WITH(on) index seek when the period is open at that end. */
    private static final LocalDate EARLIEST = LocalDate.of(-9999, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private final Driver driver;
    private final SessionConfig readSession;
    /** Where the questions run: the driver's read sessions, or the embedded database in process. */
    private final ReadRunner reads;

    CypherExplorer(Driver driver, Sessions sessions, ReadRunner reads) {
        this.driver = driver;
        this.readSession = sessions.read();
        this.reads = reads;
    }

    // ---- names --------------------------------------------------------------------------------

    @Override
    public ActorInfo actor(String nameOrId) {
        return read(tx -> ActorNames.resolve(tx, nameOrId, ActorNames.ANY, "the actor"));
    }

    @Override
    public Optional<ActorInfo> findActor(String nameOrId) {
        return read(tx -> ActorNames.candidates(tx, nameOrId, ActorNames.ANY, "the actor").stream().findFirst());
    }

    @Override
    public List<ActorInfo> search(String text) {
        String folded = NameKeys.fold(text);
        if (folded.isEmpty()) {
            return List.of();
        }
        Map<String, Object> parameters = Map.of("text", folded, "idPrefix", text.strip(), "limit", SEARCH_LIMIT);
        return read(tx -> run(tx, "search", parameters).stream().map(r -> actorInfo(r.get("actor"))).toList());
    }

    // ---- meetings -----------------------------------------------------------------------------

    @Override
    public List<MeetingFact> meetingsOf(String official, Period period) {
        Map<String, Object> parameters = periodParameters(period, Map.of());
        return read(tx -> {
            List<Record> rows = runFor(tx, "meetings-of", parameters, actor("id", official, ActorNames.OFFICIALS, "the official"));
            List<MeetingFact> meetings = new ArrayList<>(rows.size());
            ActorRef o = rows.isEmpty() ? null : ref(rows.get(0).get("official"));
            for (Record r : rows) {
                Value counterpart = r.get("counterpart");
                if (!counterpart.isNull()) {
                    meetings.add(meeting(o, ref(counterpart), r.get("meeting")));
                }
            }
            return meetings;
        });
    }

    @Override
    public List<SideMeeting> meetingsBetween(String a, String b, Period period, boolean viaMembership) {
        return read(tx -> {
            Map<String, Object> parameters = sidesParameters(side(tx, a, "side A", viaMembership),
                    side(tx, b, "side B", viaMembership), period);
            return run(tx, "meetings-between", parameters).stream()
                    .map(r -> new SideMeeting(meeting(ref(r.get("a")), ref(r.get("b")), r.get("meeting")),
                            strings(r.get("viaA")), strings(r.get("viaB"))))
                    .toList();
        });
    }

    @Override
    public List<Counterpart> counterparts(String official, Period period) {
        Map<String, Object> parameters = periodParameters(period, Map.of());
        return read(tx -> runFor(tx, "counterparts", parameters, actor("id", official, ActorNames.OFFICIALS, "the official"))
                    .stream()
                    .filter(r -> !r.get("counterpart").isNull())
                    .map(r -> {
                        List<PartialDate> dates = r.get("dates").asList(d -> partialDate(d.get("on"), d.get("precision")));
                        return new Counterpart(ref(r.get("counterpart")), r.get("meetings").asInt(),
                                dates.stream().min(Comparator.naturalOrder()).orElse(null),
                                dates.stream().max(Comparator.naturalOrder()).orElse(null),
                                strings(r.get("places")), flat(r.get("sources")), flat(r.get("evidence")));
                    })
                    .toList());
    }

    @Override
    public List<CommonContact> commonContacts(String a, String b, Period period) {
        Map<String, Object> parameters = periodParameters(period, Map.of());
        return read(tx -> runFor(tx, "common-contacts", parameters, actor("a", a, ActorNames.OFFICIALS, "official A"),
                        actor("b", b, ActorNames.OFFICIALS, "official B")).stream()
                    .filter(r -> !r.get("contact").isNull())
                    .map(r -> {
                        ActorRef contact = ref(r.get("contact"));
                        ActorRef first = ref(r.get("a"));
                        ActorRef second = ref(r.get("b"));
                        return new CommonContact(contact,
                                r.get("withA").asList(m -> meeting(contact, first, m)),
                                r.get("withB").asList(m -> meeting(contact, second, m)));
                    })
                    .toList());
    }

    @Override
    public Optional<Chain> shortestChain(String a, String b, int maxHops, Period period) {
        if (maxHops < 1 || maxHops > MAX_CHAIN_HOPS) {
            throw new InvalidInputException("maxHops must lie between 1 and " + MAX_CHAIN_HOPS + ", not " + maxHops + ".");
        }
        Map<String, Object> parameters = periodParameters(period, Map.of("maxHops", maxHops));
        return read(tx -> {
            // two different ids first; shortestPath needs two different officials, so the resolved ids are compared
            String idA = ActorNames.asId(a);
            String idB = ActorNames.asId(b);
            List<Record> rows = List.of();
            if (idA != null && idB != null && !idA.equals(idB)) {
                Map<String, Object> byId = new HashMap<>(parameters);
                byId.put("a", idA);
                byId.put("b", idB);
                rows = run(tx, "shortest-chain", byId);
            }
            if (rows.isEmpty()) {
                ActorInfo from = ActorNames.resolve(tx, a, ActorNames.OFFICIALS, "the first official");
                ActorInfo to = ActorNames.resolve(tx, b, ActorNames.OFFICIALS, "the last official");
                if (from.id().equals(to.id())) {
                    return Optional.of(new Chain(from.ref(), to.ref(), List.of()));
                }
                Map<String, Object> resolved = new HashMap<>(parameters);
                resolved.put("a", from.id());
                resolved.put("b", to.id());
                rows = run(tx, "shortest-chain", resolved);
            }
            Record row = rows.get(0);
            ActorRef from = ref(row.get("a"));
            ActorRef to = ref(row.get("b"));
            List<ActorRef> officials = row.get("officials").asList(QueryResults::ref);
            if (officials.isEmpty()) {
                return Optional.empty();
            }
            List<List<Value>> hops = row.get("hops").asList(hop -> hop.asList(v -> v));
            List<ChainHop> chain = new ArrayList<>();
            for (int i = 0; i < hops.size(); i++) {
                ActorRef x = officials.get(i);
                ActorRef y = officials.get(i + 1);
                chain.add(new ChainHop(x, y, hops.get(i).stream().map(m -> meeting(x, y, m)).toList()));
            }
            return Optional.of(new Chain(from, to, chain));
        });
    }

    // ---- roles, partners, members -------------------------------------------------------------

    @Override
    public List<Role> representatives(String body, LocalDate onDate) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("on", onDate);
        return read(tx -> roles(runFor(tx, "representatives", parameters, actor("id", body, BODIES, "the body"))));
    }

    @Override
    public List<Role> rolesOf(String official) {
        return read(tx -> roles(runFor(tx, "roles-of", Map.of(), actor("id", official, HOLDERS, "the role holder"))));
    }

    @Override
    public List<Role> rolesOn(String official, LocalDate date) {
        if (date == null) {
            throw new InvalidInputException("rolesOn needs a date; use rolesOf for every role.");
        }
        return read(tx -> roles(runFor(tx, "roles-on", Map.of("on", date), actor("id", official, HOLDERS, "the role holder"))));
    }

    private static final Set<ActorKind> HOLDERS = java.util.EnumSet.of(ActorKind.OFFICIAL, ActorKind.MINISTRY);
    private static final Set<ActorKind> STATES = java.util.EnumSet.of(ActorKind.COUNTRY, ActorKind.ALLIANCE);
    private static final Set<ActorKind> BODIES = java.util.EnumSet.of(ActorKind.MINISTRY, ActorKind.COUNTRY, ActorKind.ALLIANCE);

    @Override
    public List<Partner> partnersOf(String countryOrAlliance) {
        return read(tx -> runFor(tx, "partners-of", Map.of(), actor("id", countryOrAlliance, STATES, "the country or alliance"))
                    .stream()
                    .filter(r -> !r.get("partner").isNull())
                    .map(r -> {
                        Value p = r.get("partnership");
                        return new Partner(ref(r.get("partner")), p.get("kind").asString(),
                                partialDate(p.get("since"), p.get("sincePrecision")), strings(p.get("sources")),
                                sentences(p.get("evidence")));
                    })
                    .toList());
    }

    @Override
    public List<Member> membersOf(String allianceOrCountry, LocalDate onDate) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("on", onDate);
        return read(tx -> runFor(tx, "members-of", parameters, actor("id", allianceOrCountry, STATES, "the alliance or country"))
                    .stream()
                    .filter(r -> !r.get("member").isNull())
                    .map(r -> {
                        Value m = r.get("membership");
                        return new Member(ref(r.get("member")), ref(r.get("alliance")),
                                partialDate(m.get("since"), m.get("sincePrecision")), partialDate(m.get("to"), m.get("toPrecision")),
                                strings(m.get("sources")), sentences(m.get("evidence")));
                    })
                    .toList());
    }

    // ---- sides and the whole graph ------------------------------------------------------------

    @Override
    public List<Broker> brokers(String a, String b, Period period, boolean viaMembership) {
        Map<String, Object> periodParameters = periodParameters(period, Map.of());
        return read(tx -> {
            // Two ids are asked for at once (in a server with the plugin: one round trip); anything else, or an
            // id no actor has (a merged id, a name of an id's form), is resolved first.
            String idA = ActorNames.asId(a);
            String idB = ActorNames.asId(b);
            List<Record> rows = idA == null || idB == null || idA.equals(idB) ? null
                    : QueryResults.brokers(tx, idA, idB, viaMembership, periodParameters);
            if (rows == null) {
                idA = ActorNames.resolve(tx, a, ActorNames.ANY, "side A").id();
                idB = ActorNames.resolve(tx, b, ActorNames.ANY, "side B").id();
                if (idA.equals(idB)) {
                    // Everyone who met the side would be a broker between it and itself: that is counterparts.
                    throw new InvalidInputException("brokers needs two different sides; \"" + a + "\" and \"" + b
                            + "\" are both " + idA + " (for everyone who met one side, use counterparts or meetingsOf).");
                }
                rows = QueryResults.brokers(tx, idA, idB, viaMembership, periodParameters);
            }
            return (rows == null ? List.<Record>of() : rows).stream()
                    .map(r -> {
                        ActorRef broker = ref(r.get("broker"));
                        List<MeetingFact> meetings = new ArrayList<>();
                        Set<ActorRef> metA = new LinkedHashSet<>();
                        Set<ActorRef> metB = new LinkedHashSet<>();
                        for (Value x : r.get("withA").values()) {
                            metA.add(ref(x.get("official")));
                            meetings.add(meeting(broker, ref(x.get("official")), x.get("meeting")));
                        }
                        for (Value x : r.get("withB").values()) {
                            metB.add(ref(x.get("official")));
                            meetings.add(meeting(broker, ref(x.get("official")), x.get("meeting")));
                        }
                        meetings.sort(BY_DATE);
                        return new Broker(broker, r.get("withA").size(), r.get("withB").size(), List.copyOf(metA),
                                List.copyOf(metB), meetings);
                    })
                    .toList();
        });
    }

    @Override
    public List<TimelineEvent> timeline(String actor, Period period) {
        Period p = period == null ? Period.always() : period;
        return read(tx -> {
            Side x = side(tx, actor, "the actor", false);
            Map<String, Object> parameters = periodParameters(p, Map.of("id", x.id(), "members", x.members()));
            List<TimelineEvent> events = new ArrayList<>();
            for (Record r : run(tx, "timeline", parameters)) {
                TimelineEvents.events(r, p, events);
            }
            events.sort(Comparator.comparing(TimelineEvent::date, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(e -> e.event().ordinal()));
            return events;
        });
    }

    @Override
    public List<Connected> mostConnected(ActorKind kind, Period period, int limit) {
        if (kind == null) {
            throw new InvalidInputException("mostConnected needs a kind: official, ministry, country or alliance.");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit must lie between 1 and " + MAX_LIMIT + ", not " + limit + ".");
        }
        Period p = period == null ? Period.always() : period;
        Map<String, Object> parameters = periodParameters(p, Map.of("kind", kind.word(), "limit", limit,
                // a year-precision meeting is stored on 1 January: seek from a year before the period
                "scanFrom", p.from() == null ? EARLIEST : p.from().minusYears(1),
                "scanTo", p.to() == null ? LATEST : p.to()));
        return read(tx -> run(tx, "most-connected", parameters).stream()
                .map(r -> new Connected(ref(r.get("actor")), r.get("counterparts").asInt(), r.get("meetings").asInt()))
                .toList());
    }

    @Override
    public Neighbourhood neighbourhood(String actor, int hops, Period period, int maxActors) {
        if (hops < 1 || hops > MAX_NEIGHBOURHOOD_HOPS) {
            throw new InvalidInputException("hops must lie between 1 and " + MAX_NEIGHBOURHOOD_HOPS + ", not " + hops + ".");
        }
        if (maxActors < 1 || maxActors > MAX_NEIGHBOURHOOD_ACTORS) {
            throw new InvalidInputException("maxActors must lie between 1 and " + MAX_NEIGHBOURHOOD_ACTORS + ", not " + maxActors + ".");
        }
        Map<String, Object> parameters = periodParameters(period, Map.of());
        return read(tx -> {
            // the text as an id first (one walk); no centre found: resolve it as a name, then walk
            String id = ActorNames.asId(actor);
            NeighbourhoodWalk.Found found = id == null ? null : NeighbourhoodWalk.walk(tx, id, hops, maxActors, parameters);
            if (found == null || found.links().get("actors").isEmpty()) {
                id = ActorNames.resolve(tx, actor, ActorNames.ANY, "the actor").id();
                found = NeighbourhoodWalk.walk(tx, id, hops, maxActors, parameters);
            }
            Record r = found.links();
            List<ActorRef> actors = r.get("actors").asList(QueryResults::ref);
            List<Link> links = r.get("links").asList(l -> new Link(l.get("from").asString(), l.get("to").asString(),
                    l.get("type").asString(), linkLabel(l), strings(l.get("sources"))));
            return new Neighbourhood(actors.get(0), hops, actors, links, found.complete());
        });
    }

    @Override
    public Rows cypher(String statement, Map<String, Object> parameters) {
        return ReadOnlyCypher.run(driver, readSession, statement, parameters == null ? Map.of() : parameters);
    }

    // ---- running statements -------------------------------------------------------------------

    private <T> T read(Function<QueryTransaction, T> work) {
        try {
            return reads.inReadTransaction(work);
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            throw new DatabaseUnavailableException("Neo4j did not answer the question: " + e.getMessage()
                    + " Check that the database is running and reachable, then ask again.", e);
        }
    }

    /** One side: its actor's id and its officials as {official id: [{from, to, via}]}, for the statements that take sides. */
    private record Side(String id, Map<String, Object> members) {
    }

    /**
     * Finds a side's officials, with the side's text as its id when it has an id's form (no row: not an
     * actor's own id), else after resolving it.
     */
    private static Side side(QueryTransaction tx, String side, String role, boolean viaMembership) {
        String id = ActorNames.asId(side);
        List<Record> rows = id == null ? List.of() : run(tx, "side-members", Map.of("id", id, "viaMembership", viaMembership));
        if (rows.isEmpty()) {
            id = ActorNames.resolve(tx, side, ActorNames.ANY, role).id();
            rows = run(tx, "side-members", Map.of("id", id, "viaMembership", viaMembership));
        }
        return new Side(id, SideMembers.parameter(rows));
    }

    /** The officials on each of two sides, with the validity of their roles, and the period. */
    private static Map<String, Object> sidesParameters(Side a, Side b, Period period) {
        return periodParameters(period, Map.of("sideA", a.members(), "sideB", b.members()));
    }

    /** An actor a statement takes: its parameter, what the caller wrote, the kinds the statement accepts. */
    private record Named(String parameter, String text, Set<ActorKind> accepted, String role) {
    }

    private static Named actor(String parameter, String text, Set<ActorKind> accepted, String role) {
        return new Named(parameter, text, accepted, role);
    }

    /**
     * Runs a statement that finds its actors by id itself and gives at least one row when it finds them
     * all (with the accepted kinds). When every text has an id's form it is first tried as the id, which
     * is one statement for the whole question; when that gives no row (a merged id, a name, the wrong kind,
     * an unknown name) the texts are resolved as always and the statement is run with the actors' ids.
     */
    private static List<Record> runFor(QueryTransaction tx, String name, Map<String, Object> others, Named... actors) {
        Map<String, Object> parameters = new HashMap<>(others);
        boolean allIds = true;
        for (Named a : actors) {
            String id = ActorNames.asId(a.text());
            allIds &= id != null;
            parameters.put(a.parameter(), id);
        }
        if (allIds) {
            List<Record> rows = run(tx, name, parameters);
            if (!rows.isEmpty()) {
                return rows;
            }
        }
        for (Named a : actors) {
            parameters.put(a.parameter(), ActorNames.resolve(tx, a.text(), a.accepted(), a.role()).id());
        }
        return run(tx, name, parameters);
    }

    private static Map<String, Object> periodParameters(Period period, Map<String, Object> others) {
        Period p = period == null ? Period.always() : period;
        Map<String, Object> parameters = new HashMap<>(others);
        parameters.put("from", p.from());
        parameters.put("to", p.to());
        parameters.put("undated", p.includeUndated());
        return parameters;
    }

    // ---- mapping ------------------------------------------------------------------------------

    private static final Comparator<MeetingFact> BY_DATE =
            Comparator.comparing(MeetingFact::date, Comparator.nullsLast(Comparator.naturalOrder()));

    /** Roles, leaving out the one row of nulls a holder or body without roles gives. */
    private static List<Role> roles(List<Record> rows) {
        return rows.stream().filter(r -> !r.get("body").isNull()).map(CypherExplorer::role).toList();
    }

    private static Role role(Record r) {
        Value role = r.get("role");
        return new Role(ref(r.get("holder")), ref(r.get("body")), r.get("onBehalfOf").asList(QueryResults::ref),
                text(role.get("title")), partialDate(role.get("from"), role.get("fromPrecision")),
                partialDate(role.get("to"), role.get("toPrecision")), strings(role.get("sources")), sentences(role.get("evidence")));
    }

    private static String linkLabel(Value link) {
        return switch (link.get("type").asString()) {
            case "MET_WITH" -> String.join(" ", java.util.stream.Stream.of(text(link.get("date")), text(link.get("place")))
                    .filter(java.util.Objects::nonNull).toList());
            case "REPRESENTS" -> text(link.get("title"));
            case "PARTNER_OF" -> text(link.get("kind"));
            default -> "member";
        };
    }
}
