package org.diplograph.cypher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Set;
import org.diplograph.InvalidInputException;
import org.diplograph.json.FactSetJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.AuthTokens;
import org.neo4j.harness.Neo4j;

/**
 * The same code through a routing URI ({@code neo4j://}, as for a cluster or Aura): reads see the writes of the
 * same {@code Diplograph} (one bookmark manager), another process sees them when it starts after the writer's
 * bookmarks, and a database name the server does not have is a clear error.
 */
@ExtendWith(Neo4jExtension.class)
class ClusterReadyIT {

    static final String MEETING = """
            {"format": "diplograph/facts@1", "source": {"id": "routing"},
             "actors": [{"id": "AZE/najmeddin-sadikov", "kind": "official", "name": "Najmeddin Sadikov"},
                        {"id": "RUS/valery-gerasimov", "kind": "official", "name": "Valery Gerasimov"}],
             "meetings": [{"participants": ["AZE/najmeddin-sadikov", "RUS/valery-gerasimov"], "on": "2020-02-06", "precision": "day"}]}
            """;

    @Test
    void aRoutingUriReadsItsOwnWritesAndHandsItsBookmarksOn(Neo4j neo4j) {
        String routing = routingUri(neo4j);
        Set<String> bookmarks;
        try (Diplograph graph = Diplograph.connect(routing, AuthTokens.none())) {
            graph.writer().write(FactSetJson.parse(MEETING, "routing.json"));
            assertThat(graph.explorer().meetingsOf("Sadikov")).as("the same Diplograph reads its writes").hasSize(1);
            bookmarks = graph.bookmarks();
        }
        assertThat(bookmarks).as("the writer's bookmarks").isNotEmpty();

        DiplographConfig after = DiplographConfig.builder().startAfter(bookmarks).build();
        try (Diplograph reader = Diplograph.connect(routing, AuthTokens.none(), after)) {
            assertThat(reader.explorer().counterparts("Valery Gerasimov")).as("another process, after the bookmarks").hasSize(1);
        }
    }

    @Test
    void aDatabaseTheServerDoesNotHaveIsAClearError(Neo4j neo4j) {
        DiplographConfig config = DiplographConfig.builder().database("nosuchgraph").build();
        assertThatThrownBy(() -> Diplograph.connect(routingUri(neo4j), AuthTokens.none(), config).close())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("The server has no database \"nosuchgraph\"")
                .hasMessageContaining("leave the name out for the server's default");
    }

    private static String routingUri(Neo4j neo4j) {
        URI bolt = neo4j.boltURI();
        return "neo4j://" + bolt.getHost() + ":" + bolt.getPort();
    }
}
