package org.diplograph.explorer;

import java.time.LocalDate;
import java.util.List;
import org.diplograph.model.DatePrecision;
import org.diplograph.model.PartialDate;

/**
 * A part of the graph for drawing or exporting: actors, the edges among them, and the sources behind the edges.
 *
 * @param nodes   the actors
 * @param edges   the edges among them
 * @param sources the sources the edges name (for exports that carry provenance, like FollowTheMoney); may be empty
 */
public record Network(List<Node> nodes, List<Edge> edges, List<SourceInfo> sources) {

    /** Keeps unmodifiable copies. */
    public Network {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /**
     * A network without its sources, for pictures.
     *
     * @param nodes the actors
     * @param edges the edges among them
     */
    public Network(List<Node> nodes, List<Edge> edges) {
        this(nodes, edges, List.of());
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
     * @param title     a role's title, or {@code null}
     * @param begins    when a role, membership or partnership began (its first possible day), or {@code null}
     * @param beginsPrecision the precision of {@code begins} (day, month, year), or {@code null}
     * @param ends      when a role or membership ended (its last possible day), or {@code null}
     * @param endsPrecision   the precision of {@code ends}, or {@code null}
     */
    public record Edge(String type, String from, String to, LocalDate on, String precision, String place,
                       String label, List<String> sources, List<String> evidence, String title,
                       LocalDate begins, String beginsPrecision, LocalDate ends, String endsPrecision) {

        /**
         * An edge without a role's title and dates, for pictures.
         *
         * @param type      MET_WITH, REPRESENTS, PARTNER_OF or MEMBER_OF
         * @param from      the id it starts at
         * @param to        the id it ends at
         * @param on        a meeting's date (first day), or {@code null}
         * @param precision a meeting date's precision, or {@code null}
         * @param place     a meeting's place, or {@code null}
         * @param label     what to write on it
         * @param sources   the sources behind it
         * @param evidence  the sentences behind it
         */
        public Edge(String type, String from, String to, LocalDate on, String precision, String place,
                    String label, List<String> sources, List<String> evidence) {
            this(type, from, to, on, precision, place, label, sources, evidence, null, null, null, null, null);
        }

        /** @return a meeting's date at the precision it is known, or {@code null} */
        public PartialDate date() {
            return on == null ? null : PartialDate.containing(on, precision == null ? DatePrecision.DAY : DatePrecision.fromWord(precision));
        }
    }

    /**
     * A source the edges name.
     *
     * @param id        its id
     * @param title     its headline, or {@code null}
     * @param publisher who published it, or {@code null}
     * @param url       where, or {@code null}
     * @param published when, or {@code null}
     */
    public record SourceInfo(String id, String title, String publisher, String url, LocalDate published) {
    }
}
