package org.diplograph.convert.events;

import java.time.LocalDate;
import org.diplograph.model.Source;

/**
 * The story an event row was coded from: one FactSet (one {@link Source}) per story.
 *
 * @param source its source: id, title, publisher, url and publication day
 * @param clock  the day that orders the input (the story's day): stories are complete once the input is days past it
 */
record Story(Source source, LocalDate clock) {
}
