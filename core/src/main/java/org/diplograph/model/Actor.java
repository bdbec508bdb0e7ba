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
     * @return the name followed by the aliases, each spelling once (the records check their aliases
     *         against the name and each other, so nothing is left to drop here)
     */
    default List<String> spellings() {
        List<String> aliases = aliases();
        if (aliases.isEmpty()) {
            return List.of(name());
        }
        String[] all = new String[aliases.size() + 1];
        all[0] = name();
        for (int i = 0; i < aliases.size(); i++) {
            all[i + 1] = aliases.get(i);
        }
        return List.of(all);
    }
}
