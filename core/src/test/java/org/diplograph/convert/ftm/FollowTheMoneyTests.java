package org.diplograph.convert.ftm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplograph.convert.Conversion;
import org.diplograph.explorer.Network;
import org.diplograph.export.FollowTheMoney;
import org.diplograph.json.FactSetJson;
import org.diplograph.model.Actor;
import org.diplograph.model.ActorKind;
import org.diplograph.model.FactSet;
import org.diplograph.model.Meeting;
import org.diplograph.model.Membership;
import org.diplograph.model.Partnership;
import org.diplograph.model.Representation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tech.followthemoney.entity.ValueEntity;
import tech.followthemoney.model.Model;
import tech.followthemoney.model.Property;
import tech.followthemoney.model.Schema;

/**
 * FactSets → (the graph's network) → FollowTheMoney → FactSets: every entity valid by FtM's own library and
 * schemata, ids stable, and people, roles with their dates and meetings kept by the round trip.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowTheMoneyTests {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    List<FactSet> input;
    String export;

    /** The FactSets as the graph holds them: one node per actor, one edge per fact key, sources merged. */
    static Network network(List<FactSet> facts) {
        Map<String, Network.Node> nodes = new LinkedHashMap<>();
        Map<List<Object>, Network.Edge> edges = new LinkedHashMap<>();
        Map<String, Network.SourceInfo> sources = new LinkedHashMap<>();
        for (FactSet set : facts) {
            String source = set.source().id();
            sources.put(source, new Network.SourceInfo(source, set.source().title(), set.source().publisher(), set.source().url(),
                    set.source().published()));
            for (Actor a : set.actors()) {
                nodes.putIfAbsent(a.id().value(), new Network.Node(a.id().value(), a.kind().word(), a.name(), a.spellings()));
            }
            for (Representation r : set.represents()) {
                merge(edges, List.of("R", r.who(), r.body(), String.valueOf(r.title())), new Network.Edge("REPRESENTS", r.who().value(),
                        r.body().value(), null, null, null, String.valueOf(r.title()), List.of(source), evidence(r.provenance().evidence()),
                        r.title(), r.from() == null ? null : r.from().first(), r.from() == null ? null : r.from().precision().word(),
                        r.to() == null ? null : r.to().last(), r.to() == null ? null : r.to().precision().word()));
            }
            for (Meeting m : set.meetings()) {
                for (List<org.diplograph.model.ActorId> pair : m.pairs()) {
                    merge(edges, List.of("M", pair, String.valueOf(m.on())), new Network.Edge("MET_WITH", pair.get(0).value(),
                            pair.get(1).value(), m.on() == null ? null : m.on().first(), m.on() == null ? null : m.on().precision().word(),
                            m.place(), String.valueOf(m.on()), List.of(source), evidence(m.provenance().evidence())));
                }
            }
            for (Partnership p : set.partnerships()) {
                merge(edges, List.of("P", p.between(), p.kind()), new Network.Edge("PARTNER_OF", p.between().get(0).value(),
                        p.between().get(1).value(), null, null, null, p.kind(), List.of(source), List.of(), null,
                        p.since() == null ? null : p.since().first(), p.since() == null ? null : p.since().precision().word(), null, null));
            }
            for (Membership m : set.memberships()) {
                merge(edges, List.of("B", m.member(), m.alliance()), new Network.Edge("MEMBER_OF", m.member().value(), m.alliance().value(),
                        null, null, null, "member", List.of(source), List.of(), null, m.since() == null ? null : m.since().first(),
                        m.since() == null ? null : m.since().precision().word(), null, null));
            }
        }
        return new Network(List.copyOf(nodes.values()), List.copyOf(edges.values()), List.copyOf(sources.values()));
    }

    private static List<String> evidence(String sentence) {
        return sentence == null ? List.of() : List.of(sentence);
    }

    private static void merge(Map<List<Object>, Network.Edge> edges, List<Object> key, Network.Edge edge) {
        Network.Edge known = edges.get(key);
        if (known == null) {
            edges.put(key, edge);
            return;
        }
        Set<String> sources = new LinkedHashSet<>(known.sources());
        sources.addAll(edge.sources());
        Set<String> evidence = new LinkedHashSet<>(known.evidence());
        evidence.addAll(edge.evidence());
        edges.put(key, new Network.Edge(known.type(), known.from(), known.to(), known.on(), known.precision(), known.place(), known.label(),
                List.copyOf(sources), List.copyOf(evidence), known.title(), known.begins(), known.beginsPrecision(), known.ends(),
                known.endsPrecision()));
    }

    static List<FactSet> facts(String... json) {
        List<FactSet> facts = new ArrayList<>();
        for (String one : json) {
            facts.add(FactSetJson.parse(one, "test"));
        }
        return facts;
    }

    static String ftm(List<FactSet> facts) {
        StringWriter text = new StringWriter();
        FollowTheMoney.write(network(facts), new PrintWriter(text));
        return text.toString();
    }

    @BeforeAll
    void export() {
        input = facts("""
                {"format": "diplograph/facts@1", "source": {"id": "baku-2020-02-11", "publisher": "Example News",
                  "url": "https://news.example.org/baku", "published": "2020-02-11"},
                 "actors": [
                  {"id": "AZE/najmeddin-sadikov", "kind": "official", "name": "Najmeddin Sadikov", "aliases": ["Sadikhov"]},
                  {"id": "RUS/valery-gerasimov", "kind": "official", "name": "Valery Gerasimov"},
                  {"id": "USA/tod-wolters", "kind": "official", "name": "Tod Wolters"},
                  {"id": "AZE/general-staff", "kind": "ministry", "name": "General Staff of Azerbaijan"},
                  {"id": "NATO/shape", "kind": "ministry", "name": "Supreme Headquarters Allied Powers Europe", "aliases": ["SHAPE"]},
                  {"id": "AZE", "kind": "country", "name": "Azerbaijan"}, {"id": "RUS", "kind": "country", "name": "Russia"},
                  {"id": "USA", "kind": "country", "name": "United States"},
                  {"id": "NATO", "kind": "alliance", "name": "North Atlantic Treaty Organization"}],
                 "represents": [
                  {"who": "AZE/najmeddin-sadikov", "body": "AZE/general-staff", "title": "Chief of the General Staff"},
                  {"who": "USA/tod-wolters", "body": "NATO/shape", "title": "Supreme Allied Commander Europe", "from": "2019-05", "to": "2022-07"},
                  {"who": "RUS/valery-gerasimov", "body": "RUS", "from": "2012-11-09"},
                  {"who": "AZE/general-staff", "body": "AZE"}, {"who": "NATO/shape", "body": "NATO"}],
                 "meetings": [
                  {"participants": ["AZE/najmeddin-sadikov", "RUS/valery-gerasimov"], "on": "2020-02-06", "place": "Baku",
                   "evidence": "On 6 February Sadikov received Gerasimov in Baku."},
                  {"participants": ["AZE/najmeddin-sadikov", "USA/tod-wolters"], "on": "2020-02"}],
                 "partnerships": [{"between": ["AZE", "RUS"], "kind": "strategic partnership"}],
                 "memberships": [{"member": "USA", "alliance": "NATO", "since": "1949-04-04"}]}""", """
                {"format": "diplograph/facts@1", "source": {"id": "mod-russia-2020-02-06", "url": "https://mil.example.ru/1"},
                 "actors": [{"id": "AZE/najmeddin-sadikov", "kind": "official", "name": "Najmeddin Sadikov"},
                  {"id": "RUS/valery-gerasimov", "kind": "official", "name": "Valery Gerasimov", "aliases": ["Valeriy Gerasimov"]}],
                 "meetings": [{"participants": ["AZE/najmeddin-sadikov", "RUS/valery-gerasimov"], "on": "2020-02-06", "place": "Baku",
                   "evidence": "Gerasimov held talks with Sadikov."}]}""");
        export = ftm(input);
    }

    @Test
    @DisplayName("every entity is valid FollowTheMoney: a concrete schema, its own properties, countries, dates and links of the right kinds")
    void everyEntityIsValid() throws IOException, tech.followthemoney.exc.SchemaException {
        Model model = Model.loadDefault();
        JsonNode schemata;
        try (InputStream in = Model.class.getResourceAsStream("/defaultModel.json")) {
            schemata = JSON.readTree(in).get("schemata");
        }
        Map<String, Schema> byId = new HashMap<>();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : export.strip().split("\n")) {
            JsonNode node = JSON.readTree(line);
            lines.add(node);
            Schema schema = model.getSchema(node.get("schema").asText());
            assertThat(schema).as(line).isNotNull();
            assertThat(schemata.get(schema.getName()).path("abstract").asBoolean(false)).as("abstract schema in " + line).isFalse();
            assertThat(byId.put(node.get("id").asText(), schema)).as("id twice: " + line).isNull();
            assertThat(node.get("id").asText()).matches("[0-9a-f]{40}");
        }
        assertThat(lines).extracting(n -> n.get("schema").asText()).contains("Person", "PublicBody", "Organization", "Position",
                "Occupancy", "Event", "Membership", "UnknownLink");
        for (JsonNode node : lines) {
            Schema schema = byId.get(node.get("id").asText());
            ValueEntity entity = ValueEntity.fromJson(model, node);
            for (Property required : schema.getRequiredProperties()) {
                assertThat(entity.getValues(required)).as(required.getName() + " of " + node).isNotEmpty();
            }
            for (Property property : entity.getDefinedProperties()) {
                for (String value : entity.getValues(property)) {
                    String type = property.getType().getName();
                    switch (type) {
                        case "country" -> assertThat(property.getType().getValues().orElseThrow()).as(node.toString()).containsKey(value);
                        case "date" -> assertThat(value).as(node.toString()).matches(DATE);
                        case "entity" -> {
                            assertThat(byId).as("link to a missing entity in " + node).containsKey(value);
                            assertThat(byId.get(value).isA(property.getRange().orElseThrow())).as(property.getName() + " of " + node).isTrue();
                        }
                        default -> assertThat(value.length()).isLessThanOrEqualTo(property.getMaxLength());
                    }
                }
            }
        }
    }

    @Test
    @DisplayName("ids are stable from run to run; countries are alpha-2 codes, and entities only where a link needs one")
    void stableIdsAndCountries() throws IOException {
        assertThat(ftm(input)).isEqualTo(export);
        JsonNode sadikov = line("Person", "Najmeddin Sadikov");
        assertThat(sadikov.at("/properties/country/0").asText()).isEqualTo("az");
        assertThat(sadikov.at("/properties/keywords/0").asText()).isEqualTo("diplograph:AZE/najmeddin-sadikov");
        assertThat(sadikov.get("id").asText()).isEqualTo(FtmIds.of("actor", "AZE/najmeddin-sadikov"));
        assertThat(line("PublicBody", "Azerbaijan").at("/properties/legalForm/0").asText()).isEqualTo("state");
        assertThat(export.lines().filter(l -> l.contains("\"schema\":\"PublicBody\"") && l.contains("\"legalForm\":[\"state\"]")))
                .as("countries are entities only where a link needs one: Russia and Azerbaijan as partners, the United States as a member")
                .hasSize(3);
        JsonNode meeting = line("Event", "Meeting of Najmeddin Sadikov and Valery Gerasimov");
        assertThat(meeting.at("/properties/sourceUrl")).hasSize(2);
        assertThat(meeting.at("/properties/description")).hasSize(2);
        assertThat(meeting.at("/properties/date/0").asText()).isEqualTo("2020-02-06");
    }

    private JsonNode line(String schema, String name) throws IOException {
        for (String line : export.strip().split("\n")) {
            JsonNode node = JSON.readTree(line);
            if (node.get("schema").asText().equals(schema) && node.at("/properties/name/0").asText().equals(name)) {
                return node;
            }
        }
        throw new AssertionError("No " + schema + " named " + name + " in\n" + export);
    }

    @Test
    @DisplayName("the round trip FactSet -> FtM -> FactSet keeps the people, their roles with dates, and the meetings with their sources")
    void roundTrip(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("export.ftm.json");
        Files.writeString(file, export);
        List<FactSet> back = new ArrayList<>();
        try (Conversion read = FtmEntities.open(file)) {
            read.forEachRemaining(back::add);
            assertThat(read.summary().read()).isEqualTo(export.strip().split("\n").length);
            assertThat(read.summary().skipped()).containsOnlyKeys("schema not read: Membership", "schema not read: UnknownLink",
                    "body no position names");
        }
        assertThat(officials(back)).isEqualTo(officials(input));
        assertThat(roles(back)).isEqualTo(roles(input)).contains(
                "USA/tod-wolters -> NATO/shape Supreme Allied Commander Europe 2019-05..2022-07", "RUS/valery-gerasimov -> RUS null 2012-11-09..null");
        assertThat(meetings(back)).isEqualTo(meetings(input));
    }

    private static Set<String> officials(List<FactSet> facts) {
        Set<String> officials = new java.util.TreeSet<>();
        facts.forEach(f -> f.actors().stream().filter(a -> a.kind() == ActorKind.OFFICIAL).forEach(a -> officials.add(a.id() + " " + a.name())));
        return officials;
    }

    private static Set<String> roles(List<FactSet> facts) {
        Set<String> roles = new java.util.TreeSet<>();
        for (FactSet f : facts) {
            f.represents().stream().filter(r -> f.actor(r.who()).orElseThrow().kind() == ActorKind.OFFICIAL)
                    .forEach(r -> roles.add(r.who() + " -> " + r.body() + " " + r.title() + " " + r.from() + ".." + r.to()));
        }
        return roles;
    }

    private static Set<String> meetings(List<FactSet> facts) {
        Set<String> meetings = new java.util.TreeSet<>();
        for (FactSet f : facts) {
            f.meetings().forEach(m -> meetings.add(m.pairs() + " " + m.on() + " " + m.place() + " " + f.source().id()));
        }
        return meetings;
    }
}
