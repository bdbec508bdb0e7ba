package org.diplograph.extract.evaluation;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.diplograph.InvalidInputException;
import org.diplograph.model.ActorId;

/**
 * One fact as the scorer compares it: what an expected file states, or what the extractor found,
 * reduced to the parts that are scored. Each writes itself as a line of an expected file.
 */
public sealed interface Fact permits Fact.Official, Fact.Role, Fact.Meeting, Fact.Partnership, Fact.Membership {

    /** The date of a meeting that states none, as written: {@code -}. */
    String NO_DATE = "-";
    /** A date or kind that any value matches, in traps: {@code *}. */
    String ANY = "*";

    /** @return which kind of fact this is */
    FactKind factKind();

    /** @return the fact as a line of an expected file ({@code meeting 2021-03-03 GEO/… TUR/…}) */
    String line();

    /**
     * An official the article names.
     *
     * @param id the official's id
     */
    record Official(ActorId id) implements Fact {
        @Override
        public FactKind factKind() {
            return FactKind.OFFICIALS;
        }

        @Override
        public String line() {
            return "official " + id;
        }
    }

    /**
     * An official's role: the holder represents the body (a ministry, command, country or alliance).
     *
     * @param holder the official
     * @param body   the body
     */
    record Role(ActorId holder, ActorId body) implements Fact {
        @Override
        public FactKind factKind() {
            return FactKind.REPRESENTS;
        }

        @Override
        public String line() {
            return "represents " + holder + " " + body;
        }
    }

    /**
     * A meeting: its participants (two or more, in id order) and its date.
     *
     * @param participants the officials who met, distinct and sorted
     * @param date         {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY} at the date's precision,
     *                     {@link #NO_DATE} when no date can be known, or {@link #ANY} in a trap
     * @param inferred     whether a reader infers the date rather than reads it (from the publication
     *                     date of a same-day readout, say); scored like any date, and counted apart
     */
    record Meeting(List<ActorId> participants, String date, boolean inferred) implements Fact {

        /** Sorts the participants and checks that there are two or more. */
        public Meeting {
            participants = participants.stream().distinct().sorted().toList();
            if (participants.size() < 2) {
                throw new InvalidInputException("A meeting needs at least two distinct participants.");
            }
        }

        @Override
        public FactKind factKind() {
            return FactKind.MEETINGS;
        }

        @Override
        public String line() {
            return "meeting " + (inferred ? "~" : "") + date + " " + ids(participants);
        }
    }

    /**
     * Two partners and the kind of their partnership.
     *
     * @param pair the two countries or alliances, sorted
     * @param kind the kind as stated ({@code strategic partnership}), or {@link #ANY} in a trap
     */
    record Partnership(List<ActorId> pair, String kind) implements Fact {

        /** Sorts the pair and checks that it is two distinct actors. */
        public Partnership {
            pair = pair.stream().distinct().sorted().toList();
            if (pair.size() != 2) {
                throw new InvalidInputException("A partnership is between two distinct actors.");
            }
            kind = kind.strip();
        }

        @Override
        public FactKind factKind() {
            return FactKind.PARTNERSHIPS;
        }

        /** @return the kind folded for comparison: lower-case, single spaces */
        public String foldedKind() {
            return kind.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        }

        @Override
        public String line() {
            return "partnership " + ids(pair) + " " + kind;
        }
    }

    /**
     * A country's membership of an alliance.
     *
     * @param member   the country
     * @param alliance the alliance
     */
    record Membership(ActorId member, ActorId alliance) implements Fact {
        @Override
        public FactKind factKind() {
            return FactKind.MEMBERSHIPS;
        }

        @Override
        public String line() {
            return "membership " + member + " " + alliance;
        }
    }

    private static String ids(Collection<ActorId> ids) {
        return ids.stream().map(ActorId::value).collect(Collectors.joining(" "));
    }
}
