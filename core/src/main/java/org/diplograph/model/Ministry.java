package org.diplograph.model;

import java.util.List;

/**
 * A ministry, general staff, armed forces or command (U.S. European Command, NATO's SHAPE).
 *
 * @param id      the id, of the form of {@link ActorKind#MINISTRY}
 * @param name    the display name
 * @param aliases other spellings
 */
public record Ministry(ActorId id, String name, List<String> aliases) implements Actor {

    /** Validates the id form and the texts; drops repeated aliases. */
    public Ministry {
        Official.checkId(ActorKind.MINISTRY, id);
        name = TextFields.required("name", name, TextFields.MAX_NAME);
        aliases = TextFields.aliases(name, aliases);
    }

    @Override
    public ActorKind kind() {
        return ActorKind.MINISTRY;
    }
}
