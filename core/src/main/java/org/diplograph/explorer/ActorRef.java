package org.diplograph.explorer;

import org.diplograph.model.ActorKind;

/**
 * An actor as results name it: enough to show it and to ask about it again by id.
 *
 * @param id   the id in the graph
 * @param kind official, ministry, alliance or country
 * @param name the display name
 */
public record ActorRef(String id, ActorKind kind, String name) {
}
