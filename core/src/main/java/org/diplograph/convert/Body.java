package org.diplograph.convert;

import org.diplograph.model.Actor;
import org.diplograph.model.ActorId;
import org.diplograph.model.Ministry;

/**
 * Where a role puts an official: a country or alliance itself, or one of its ministries (which in turn
 * represents the country or alliance).
 *
 * @param state    the country or alliance
 * @param ministry the ministry, command or service of {@code state}, or {@code null} when the official represents the state itself
 */
public record Body(Actor state, Ministry ministry) {

    /** Validates that there is a state. */
    public Body {
        if (state == null) {
            throw new IllegalArgumentException("A body belongs to a country or alliance.");
        }
    }

    /** @return the actor the official represents: the ministry, or else the state */
    public Actor actor() {
        return ministry != null ? ministry : state;
    }

    /** @return the id of {@link #actor()} */
    public ActorId id() {
        return actor().id();
    }
}
