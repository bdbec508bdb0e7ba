package org.diplograph.explorer;

import java.time.LocalDate;
import java.util.List;
import org.diplograph.model.DatePrecision;
import org.diplograph.model.PartialDate;

/**
 * A part of the graph for drawing or exporting: actors and the edges among them.
 *
 * @param nodes the actors
 * @param edges the edges among them
 */
public record Network(List<Node> nodes, List<Edge> edges) {

    /** Keeps unmodifiable copies. */
    public Network {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * An actor.
     *
     * @param id      its id
     * @param kind    official, ministry, alliance or country
     * @param name    its display name
     * @param aliases every spelling
     */
    public record Node(String id, String kind, String name, List<String> aliases) {
    }

    /**
     * An edge.
     *
     * @param type      MET_WITH, REPRESENTS, PARTNER_OF or MEMBER_OF
     * @param from      the id it starts at
     * @param to        the id it ends at
     * @param on        a meeting's date (first day), or {@code null}
     * @param precision a meeting date's precision, or {@code null}
     * @param place     a meeting's place, or {@code null}
     * @param label     what to write on it: a date, a title, a kind of partnership
     * @param sources   the sources behind it
     * @param evidence  the sentences behind it
     */
    public record Edge(String type, String from, String to, LocalDate on, String precision, String place,
                       String label, List<String> sources, List<String> evidence) {

        /** @return a meeting's date at the precision it is known, or {@code null} */
        public PartialDate date() {
            return on == null ? null : PartialDate.containing(on, precision == null ? DatePrecision.DAY : DatePrecision.fromWord(precision));
        }
    }
}
