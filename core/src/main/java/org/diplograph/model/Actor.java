package org.diplograph.model;

import java.util.List;

/**
 * Someone or something that meets, represents, partners or joins: one of {@link Official},
 * {@link Ministry}, {@link Alliance} or {@link Country}.
 */
public sealed interface Actor permits Official, Ministry, Alliance, Country {

    /** @return the unique id */
    ActorId id();

    /** @return the display name */
    String name();

    /** @return other known spellings (the display name is not repeated here) */
    List<String> aliases();

    /** @return which of the four kinds this actor is */
    ActorKind kind();

    /**
     * @param kind    the kind
     * @param id      the id, of the kind's form
     * @param name    the display name
     * @param aliases other spellings
     * @param rank    an official's rank, or {@code null}; ignored for other kinds
     * @return the actor of that kind
     */
    static Actor of(ActorKind kind, ActorId id, String name, List<String> aliases, String rank) {
        return switch (kind) {
            case OFFICIAL -> new Official(id, name, aliases, rank);
            case MINISTRY -> new Ministry(id, name, aliases);
            case ALLIANCE -> new Alliance(id, name, aliases);
            case COUNTRY -> new Country(id, name, aliases);
        };
    }

    /**
     * @return the name followed by the aliases, each spelling once
     */
    default List<String> spellings() {
        return TextFields.distinct(name(), aliases());
    }
}
