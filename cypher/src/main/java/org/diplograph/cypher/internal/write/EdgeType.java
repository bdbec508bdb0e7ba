package org.diplograph.cypher.internal.write;

import java.util.function.Function;
import org.diplograph.model.ActorKind;

/**
 * The four kinds of edge, named as their relationship types: the row type of each, the statement that writes
 * it, the ends its {@code MATCH} accepts, and the property its {@code MERGE} is keyed on besides the ends.
 */
public enum EdgeType {
    /** {@link RoleRow}: a holder to a body, per title. */
    REPRESENTS("write/merge-roles", null, null, row -> ((RoleRow) row).titleKey()),
    /** {@link MeetingRow}: an official to an official, per reported date. */
    MET_WITH("write/merge-meetings", ActorKind.OFFICIAL, ActorKind.OFFICIAL, row -> ((MeetingRow) row).onKey()),
    /** {@link PartnershipRow}: a country or alliance to another, per kind. */
    PARTNER_OF("write/merge-partnerships", null, null, row -> ((PartnershipRow) row).kind()),
    /** {@link MembershipRow}: a country to an alliance, once. */
    MEMBER_OF("write/merge-memberships", ActorKind.COUNTRY, ActorKind.ALLIANCE, row -> null);

    private final String statement;
    private final ActorKind startKind;
    private final ActorKind endKind;
    private final Function<EdgeRow<?>, Object> mergeKey;

    EdgeType(String statement, ActorKind startKind, ActorKind endKind, Function<EdgeRow<?>, Object> mergeKey) {
        this.statement = statement;
        this.startKind = startKind;
        this.endKind = endKind;
        this.mergeKey = mergeKey;
    }

    /** @return the kind of a row */
    static EdgeType of(EdgeRow<?> row) {
        if (row instanceof RoleRow) {
            return REPRESENTS;
        }
        if (row instanceof MeetingRow) {
            return MET_WITH;
        }
        return row instanceof PartnershipRow ? PARTNER_OF : MEMBER_OF;
    }

    /** @return the value of the property a row's {@code MERGE} is keyed on besides the ends, or {@code null} */
    Object mergeKey(EdgeRow<?> row) {
        return mergeKey.apply(row);
    }

    /** @return the statement that writes such edges, like {@code write/merge-meetings} */
    public String statement() {
        return statement;
    }

    /**
     * @param start the kind of the start actor
     * @param end   the kind of the end actor
     * @return whether the statement's {@code MATCH} accepts such ends (a row whose ends it does not is not written)
     */
    public boolean endsFit(ActorKind start, ActorKind end) {
        return (startKind == null || startKind == start) && (endKind == null || endKind == end);
    }
}
