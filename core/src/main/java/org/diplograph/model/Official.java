package org.diplograph.model;

import java.util.List;
import org.diplograph.InvalidInputException;

/**
 * A person who meets others and represents ministries, countries or alliances.
 *
 * @param id      the id, {@code <country or alliance>/<slug of full name>}
 * @param name    the display name, like {@code Najmeddin Sadikov}
 * @param aliases other spellings, like {@code Sadikhov}
 * @param rank    the rank as written ({@code Colonel General}), or {@code null}
 */
public record Official(ActorId id, String name, List<String> aliases, String rank) implements Actor {

    /** Validates the id form and the texts; drops repeated aliases. */
    public Official {
        checkId(ActorKind.OFFICIAL, id);
        name = TextFields.required("name", name, TextFields.MAX_NAME);
        aliases = TextFields.aliases(name, aliases);
        rank = TextFields.optional("rank", rank, TextFields.MAX_NAME);
    }

    @Override
    public ActorKind kind() {
        return ActorKind.OFFICIAL;
    }

    static void checkId(ActorKind kind, ActorId id) {
        if (id == null) {
            throw new InvalidInputException("An actor needs an \"id\".");
        }
        if (!kind.accepts(id.value())) {
            throw new InvalidInputException("\"" + id + "\" is not the id of " + kind.withArticle() + ": "
                    + switch (kind) {
                        case COUNTRY -> "use its ISO 3166-1 alpha-3 code, like AZE.";
                        case ALLIANCE -> "use its acronym in capitals, like NATO.";
                        case MINISTRY -> "use <country or alliance>/<slug>, like AZE/ministry-of-defense.";
                        case OFFICIAL -> "use <country or alliance>/<slug of full name>, like AZE/najmeddin-sadikov.";
                    });
        }
    }
}
