package org.diplograph.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.diplograph.convert.Countries;
import org.diplograph.convert.ftm.FtmIds;
import org.diplograph.explorer.Network;
import org.diplograph.names.NameKeys;

/**
 * A network as FollowTheMoney entities, one JSON object per line ({@code {"id", "schema", "properties"}}), for
 * Aleph, OpenSanctions' tools and anything else that reads FtM.
 *
 * <table>
 *   <caption>What each part becomes</caption>
 *   <tr><th>Diplograph</th><th>FtM</th></tr>
 *   <tr><td>official</td><td>{@code Person} (name, alias, country)</td></tr>
 *   <tr><td>ministry, command</td><td>{@code PublicBody} (name, alias, country)</td></tr>
 *   <tr><td>alliance</td><td>{@code Organization}</td></tr>
 *   <tr><td>country</td><td>an ISO alpha-2 code in lower case in {@code country} properties; where a link needs an
 *       entity (a membership, a partnership), a {@code PublicBody} named after the country with {@code legalForm}
 *       {@code state}</td></tr>
 *   <tr><td>role of an official</td><td>{@code Position} (name: the title, or the body's name when there is none;
 *       organization: the ministry or alliance; country) and {@code Occupancy} (holder, post, startDate, endDate)</td></tr>
 *   <tr><td>ministry within an alliance</td><td>{@code Membership} with role {@code part of}</td></tr>
 *   <tr><td>meeting (one MET_WITH edge)</td><td>{@code Event} (name, date, location, involved, description: the
 *       evidence, sourceUrl, publisher, recordId: the Diplograph source ids)</td></tr>
 *   <tr><td>membership</td><td>{@code Membership} (member, organization, startDate, endDate, role {@code member})</td></tr>
 *   <tr><td>partnership</td><td>{@code UnknownLink} (subject, object, role: the kind, startDate)</td></tr>
 * </table>
 *
 * <p>Ids are stable from run to run ({@link FtmIds}), and every actor's entity carries its Diplograph id as a
 * keyword, so {@code --from ftm} reads an export back into the same ids. Dates keep their precision
 * ({@code 2022-07}, {@code 2020}).
 */
public final class FollowTheMoney {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Network network;
    private final Countries countries = Countries.builtIn();
    private final Map<String, Network.Node> nodes = new HashMap<>();
    private final Map<String, Network.SourceInfo> sources = new HashMap<>();
    private final Map<String, Map<String, Object>> entities = new LinkedHashMap<>();

    private FollowTheMoney(Network network) {
        this.network = network;
        network.nodes().forEach(n -> nodes.put(n.id(), n));
        network.sources().forEach(s -> sources.put(s.id(), s));
    }

    /**
     * Writes the network as FtM entities, one per line.
     *
     * @param network the network (with its sources, for the events' URLs)
     * @param out     where to write; not closed
     */
    public static void write(Network network, PrintWriter out) {
        FollowTheMoney export = new FollowTheMoney(network);
        export.build();
        for (Map<String, Object> entity : export.entities.values()) {
            try {
                out.println(JSON.writeValueAsString(entity));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
        out.flush();
    }

    private void build() {
        for (Network.Node node : network.nodes()) {
            if (!"country".equals(node.kind())) {
                actor(node);
            }
        }
        for (Network.Edge edge : network.edges()) {
            switch (edge.type()) {
                case "REPRESENTS" -> role(edge);
                case "MET_WITH" -> meeting(edge);
                case "MEMBER_OF" -> link("Membership", FtmIds.of("membership", edge.from(), edge.to()), edge,
                        "member", "organization", "member");
                case "PARTNER_OF" -> link("UnknownLink", FtmIds.of("partnership", edge.from(), edge.to(), edge.label()), edge,
                        "subject", "object", edge.label());
                default -> {
                    // no other kind of edge exists
                }
            }
        }
    }

    /** @return the entity id of an actor, making its entity when it has none yet (a country a link needs) */
    private String actor(Network.Node node) {
        String id = FtmIds.of("actor", node.id());
        if (entities.containsKey(id)) {
            return id;
        }
        String schema = switch (node.kind() == null ? "" : node.kind()) {
            case "official" -> "Person";
            case "alliance" -> "Organization";
            default -> "PublicBody";
        };
        Map<String, List<String>> properties = new LinkedHashMap<>();
        add(properties, "name", node.name() != null ? node.name() : node.id());
        for (String alias : node.aliases()) {
            if (!alias.equals(node.name())) {
                add(properties, "alias", alias);
            }
        }
        countryOf(node.id()).ifPresent(code -> add(properties, "country", code));
        if ("country".equals(node.kind())) {
            add(properties, "legalForm", "state");
        }
        add(properties, "keywords", FtmIds.keyword(node.id()));
        entities.put(id, entity(id, schema, properties));
        return id;
    }

    private String actor(String actorId) {
        Network.Node node = nodes.get(actorId);
        return actor(node != null ? node : new Network.Node(actorId, guessKind(actorId), actorId, List.of()));
    }

    private void role(Network.Edge edge) {
        Network.Node holder = nodes.get(edge.from());
        Network.Node body = nodes.get(edge.to());
        if (holder != null && "ministry".equals(holder.kind())) {
            if (body != null && "alliance".equals(body.kind())) {
                link("Membership", FtmIds.of("part-of", edge.from(), edge.to()), edge, "member", "organization", "part of");
            }
            return;
        }
        String bodyName = body != null && body.name() != null ? body.name() : edge.to();
        String titleKey = edge.title() == null ? "" : NameKeys.fold(edge.title());
        String positionId = FtmIds.of("position", edge.to(), titleKey);
        if (!entities.containsKey(positionId)) {
            Map<String, List<String>> position = new LinkedHashMap<>();
            add(position, "name", edge.title() != null ? edge.title() : bodyName);
            if (body == null || !"country".equals(body.kind())) {
                add(position, "organization", actor(edge.to()));
            }
            countryOf(edge.to()).ifPresent(code -> add(position, "country", code));
            entities.put(positionId, entity(positionId, "Position", position));
        }
        String occupancyId = FtmIds.of("occupancy", edge.from(), edge.to(), titleKey);
        Map<String, List<String>> occupancy = new LinkedHashMap<>();
        add(occupancy, "holder", actor(edge.from()));
        add(occupancy, "post", positionId);
        add(occupancy, "startDate", date(edge.begins(), edge.beginsPrecision()));
        add(occupancy, "endDate", date(edge.ends(), edge.endsPrecision()));
        provenance(occupancy, edge);
        entities.put(occupancyId, entity(occupancyId, "Occupancy", occupancy));
    }

    private void meeting(Network.Edge edge) {
        String day = date(edge.on(), edge.precision());
        String id = FtmIds.of("meeting", edge.from(), edge.to(), day == null ? "undated" : day);
        Map<String, List<String>> event = new LinkedHashMap<>();
        add(event, "name", "Meeting of " + name(edge.from()) + " and " + name(edge.to()));
        add(event, "date", day);
        add(event, "location", edge.place());
        add(event, "involved", actor(edge.from()));
        add(event, "involved", actor(edge.to()));
        provenance(event, edge);
        entities.put(id, entity(id, "Event", event));
    }

    private void link(String schema, String id, Network.Edge edge, String from, String to, String role) {
        Map<String, List<String>> link = new LinkedHashMap<>();
        add(link, from, actor(edge.from()));
        add(link, to, actor(edge.to()));
        add(link, "role", role);
        add(link, "startDate", date(edge.begins(), edge.beginsPrecision()));
        add(link, "endDate", date(edge.ends(), edge.endsPrecision()));
        provenance(link, edge);
        entities.put(id, entity(id, schema, link));
    }

    /** The evidence as description, the sources' URLs and publishers, and their Diplograph ids as record ids. */
    private void provenance(Map<String, List<String>> properties, Network.Edge edge) {
        edge.evidence().forEach(e -> add(properties, "description", e));
        for (String sourceId : edge.sources()) {
            add(properties, "recordId", sourceId);
            Network.SourceInfo source = sources.get(sourceId);
            if (source != null) {
                add(properties, "sourceUrl", source.url());
                add(properties, "publisher", source.publisher());
            }
        }
    }

    private String name(String actorId) {
        Network.Node node = nodes.get(actorId);
        return node != null && node.name() != null ? node.name() : actorId;
    }

    /** The FtM country of an actor: its own for a country, its scope's for an official or ministry. */
    private Optional<String> countryOf(String actorId) {
        int slash = actorId.indexOf('/');
        return countries.ftmCode(slash < 0 ? actorId : actorId.substring(0, slash));
    }

    private String guessKind(String actorId) {
        return actorId.contains("/") ? "ministry" : countries.isIso3(actorId) ? "country" : "alliance";
    }

    /** A date in its precision: {@code 2020-02-06}, {@code 2020-02}, {@code 2020}; {@code null} stays null. */
    private static String date(LocalDate first, String precision) {
        if (first == null) {
            return null;
        }
        String day = first.toString();
        return switch (precision == null ? "day" : precision) {
            case "month" -> day.substring(0, 7);
            case "year" -> day.substring(0, 4);
            default -> day;
        };
    }

    private static void add(Map<String, List<String>> properties, String property, String value) {
        if (value != null && !value.isBlank()) {
            List<String> values = properties.computeIfAbsent(property, p -> new ArrayList<>());
            if (!values.contains(value)) {
                values.add(value);
            }
        }
    }

    private static Map<String, Object> entity(String id, String schema, Map<String, List<String>> properties) {
        Map<String, Object> entity = new LinkedHashMap<>();
        entity.put("id", id);
        entity.put("schema", schema);
        entity.put("properties", properties);
        return entity;
    }
}
