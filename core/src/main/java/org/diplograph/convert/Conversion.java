package org.diplograph.convert;

import java.util.Iterator;
import org.diplograph.model.FactSet;

/**
 * One file of a peer's format (ICEWS, POLECAT, GDELT, a Phoenix dictionary, FollowTheMoney) read as
 * FactSets, one at a time, so that {@code GraphWriter.writeAll}, {@code FirstLoad.read} and
 * {@code FactSetJson.writeLine} take it as they take a {@code FactSetReader}:
 * <pre>{@code
 * try (Conversion events = IcewsEvents.open(Path.of("events.2014.tab"))) {
 *     graph.writer().writeAll(events, progress -> {});
 *     log.info("{}", events.summary().describe());
 * }
 * }</pre>
 *
 * <p>A row that cannot be read is reported (file and line) to the problem listener the converter was
 * opened with, counted, and skipped: it never stops the file. A file that is not of the format at all
 * (the wrong {@code --from}) is an {@link org.diplograph.InvalidInputException} when it is opened.
 */
public interface Conversion extends Iterator<FactSet>, AutoCloseable {

    /** @return what was read, made and skipped so far; complete once {@link #hasNext()} has returned false */
    ConversionSummary summary();

    /** Closes the file. */
    @Override
    void close();
}
