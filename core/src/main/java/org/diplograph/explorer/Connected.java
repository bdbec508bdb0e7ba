package org.diplograph.explorer;

/**
 * An actor and how widely its people met others.
 *
 * @param actor        the actor
 * @param counterparts distinct officials met (for a body: outside officials met by its representatives)
 * @param meetings     meetings (edges) counted
 */
public record Connected(ActorRef actor, int counterparts, int meetings) {
}
