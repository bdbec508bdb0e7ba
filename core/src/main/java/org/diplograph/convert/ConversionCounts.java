package org.diplograph.convert;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.diplograph.InvalidInputException;
import org.diplograph.model.FactSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running counts behind a {@link ConversionSummary}, kept by a converter as it reads; and where it
 * reports a defect (a line it cannot use) to the listener it was opened with.
 */
public final class ConversionCounts {

    private static final Logger LOG = LoggerFactory.getLogger(ConversionCounts.class);

    /** A problem listener that logs each problem as a warning. */
    public static final Consumer<InvalidInputException> LOG_PROBLEMS = problem -> LOG.warn("{}", problem.getMessage());

    private final String file;
    private final String format;
    private final String unit;
    private final Consumer<InvalidInputException> problems;
    private final Map<String, Long> skipped = new LinkedHashMap<>();
    private final Map<String, Long> ignored = new LinkedHashMap<>();
    private long read;
    private long used;
    private long factSets;
    private long officials;
    private long roles;
    private long meetings;
    private long defects;

    /**
     * @param file     the file, as named in messages
     * @param format   the format's name
     * @param unit     what is counted as read: rows, records, entities
     * @param problems told of every defect, with file and line
     */
    public ConversionCounts(String file, String format, String unit, Consumer<InvalidInputException> problems) {
        this.file = file;
        this.format = format;
        this.unit = unit;
        this.problems = problems == null ? LOG_PROBLEMS : problems;
    }

    /** @return the file, as named in messages */
    public String file() {
        return file;
    }

    /** One more unit read. */
    public void read() {
        read++;
    }

    /** One more unit used (it became facts). */
    public void used() {
        used++;
    }

    /**
     * One more unit skipped.
     *
     * @param reason why, as a short phrase ({@code not a meeting})
     */
    public void skip(String reason) {
        skipped.merge(reason, 1L, Long::sum);
    }

    /**
     * One more part of a used unit left out.
     *
     * @param reason why
     */
    public void ignore(String reason) {
        ignored.merge(reason, 1L, Long::sum);
    }

    /**
     * Reports a defect of one line to the listener and counts it.
     *
     * @param line    the 1-based line
     * @param problem what is wrong, as a sentence
     */
    public void defect(long line, String problem) {
        defects++;
        problems.accept(new InvalidInputException(file, (int) Math.min(line, Integer.MAX_VALUE), null, problem, null));
    }

    /**
     * Counts what a FactSet about to be handed out holds.
     *
     * @param facts the FactSet
     * @return the same FactSet
     */
    public FactSet made(FactSet facts) {
        factSets++;
        meetings += facts.meetings().size();
        officials += facts.actors().stream().filter(a -> a.kind() == org.diplograph.model.ActorKind.OFFICIAL).count();
        roles += facts.represents().stream().filter(r -> facts.actor(r.who()).map(a -> a.kind() == org.diplograph.model.ActorKind.OFFICIAL)
                .orElse(false)).count();
        return facts;
    }

    /** @return the counts so far */
    public ConversionSummary summary() {
        return new ConversionSummary(file, format, unit, read, used, factSets, officials, roles, meetings, byCount(skipped),
                byCount(ignored), defects);
    }

    private static Map<String, Long> byCount(Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
