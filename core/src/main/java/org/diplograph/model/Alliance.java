package org.diplograph.model;

import java.util.List;

/**
 * An alliance or international organisation: NATO, CSTO, EU.
 *
 * @param id      the id, of the form of {@link ActorKind#ALLIANCE}
 * @param name    the display name
 * @param aliases other spellings
 */
public record Alliance(ActorId id, String name, List<String> aliases) implements Actor {

    /** Validates the id form and the texts; drops repeated aliases. */
    public Alliance {
        Official.checkId(ActorKind.ALLIANCE, id);
        name = TextFields.required("name", name, TextFields.MAX_NAME);
        aliases = TextFields.aliases(name, aliases);
    }

    @Override
    public ActorKind kind() {
        return ActorKind.ALLIANCE;
    }
}
