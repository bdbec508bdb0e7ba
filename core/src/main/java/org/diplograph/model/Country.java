package org.diplograph.model;

import java.util.List;

/**
 * A country, named by its ISO 3166-1 alpha-3 code.
 *
 * @param id      the id, of the form of {@link ActorKind#COUNTRY}
 * @param name    the display name
 * @param aliases other spellings
 */
public record Country(ActorId id, String name, List<String> aliases) implements Actor {

    /** Validates the id form and the texts; drops repeated aliases. */
    public Country {
        Official.checkId(ActorKind.COUNTRY, id);
        name = TextFields.required("name", name, TextFields.MAX_NAME);
        aliases = TextFields.aliases(name, aliases);
    }

    @Override
    public ActorKind kind() {
        return ActorKind.COUNTRY;
    }
}
