package org.diplograph.convert.events;

import org.diplograph.convert.Body;

/**
 * One side of an event row as the row gives it.
 *
 * @param name  the actor's name as written
 * @param scope the country (ISO alpha-3) or alliance the row places the actor in, or {@code null} when it gives none we know
 * @param body  the office the row gives the actor on the event's day, or {@code null} when it gives none
 * @param title the actor's title as written, or {@code null}
 */
record Party(String name, String scope, Body body, String title) {
}
