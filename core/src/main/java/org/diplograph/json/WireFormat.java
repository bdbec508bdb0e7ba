package org.diplograph.json;

import java.util.List;

/**
 * The FactSet JSON format, field for field, as Jackson binds it. Kept apart from the domain records
 * so that the model has no JSON annotations and the format can be versioned on its own.
 */
final class WireFormat {

    private WireFormat() {
    }

    record FactSetDoc(String format, SourceDoc source, List<ActorDoc> actors, List<RoleDoc> represents,
                      List<MeetingDoc> meetings, List<PartnershipDoc> partnerships, List<MembershipDoc> memberships) {
    }

    record SourceDoc(String id, String title, String publisher, String url, String published) {
    }

    record ActorDoc(String id, String kind, String name, List<String> aliases, String rank) {
    }

    record RoleDoc(String who, String body, String title, String from, String to,
                   String evidence, String rule, Double confidence) {
    }

    record MeetingDoc(List<String> participants, String on, String precision, String place,
                      String evidence, String rule, Double confidence) {
    }

    record PartnershipDoc(List<String> between, String kind, String since,
                          String evidence, String rule, Double confidence) {
    }

    record MembershipDoc(String member, String alliance, String since, String to,
                         String evidence, String rule, Double confidence) {
    }
}
