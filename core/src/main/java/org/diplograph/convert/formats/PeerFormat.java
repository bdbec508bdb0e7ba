package org.diplograph.convert.formats;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.diplograph.InvalidInputException;
import org.diplograph.convert.Conversion;
import org.diplograph.convert.events.GdeltEvents;
import org.diplograph.convert.events.IcewsEvents;
import org.diplograph.convert.events.PolecatEvents;
import org.diplograph.convert.ftm.FtmEntities;
import org.diplograph.convert.phoenix.PhoenixDictionary;

/**
 * The peers' formats Diplograph reads, by the name {@code --from} takes: one converter each, all of one shape
 * ({@link Conversion}).
 * <pre>{@code
 * try (Conversion facts = PeerFormat.fromWord("icews").open(Path.of("events.2014.tab"), problem -> log.warn(problem.getMessage()))) {
 *     graph.writer().writeAll(facts, progress -> {});
 * }
 * }</pre>
 */
public enum PeerFormat {
    /** ICEWS coded events: {@link IcewsEvents}. */
    ICEWS(IcewsEvents::open),
    /** POLECAT events: {@link PolecatEvents}. */
    POLECAT(PolecatEvents::open),
    /** GDELT 1.0 and 2.0 events: {@link GdeltEvents}. */
    GDELT(GdeltEvents::open),
    /** PETRARCH/Phoenix actor dictionaries: {@link PhoenixDictionary}. */
    PHOENIX(PhoenixDictionary::open),
    /** FollowTheMoney entities: {@link FtmEntities}. */
    FTM(FtmEntities::open);

    private final BiFunction<Path, Consumer<InvalidInputException>, Conversion> opener;

    PeerFormat(BiFunction<Path, Consumer<InvalidInputException>, Conversion> opener) {
        this.opener = opener;
    }

    /** @return the name {@code --from} takes, like {@code icews} */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param file     a file of this format
     * @param problems told of every row or line that cannot be read, with file and line
     * @return the file's FactSets, one at a time; close it
     * @throws InvalidInputException when the file is missing or is not of this format
     */
    public Conversion open(Path file, Consumer<InvalidInputException> problems) {
        return opener.apply(file, problems);
    }

    /**
     * @param word a format's name, in any case
     * @return the format
     * @throws InvalidInputException for a name that is none of them
     */
    public static PeerFormat fromWord(String word) {
        for (PeerFormat format : values()) {
            if (format.word().equalsIgnoreCase(word == null ? "" : word.strip())) {
                return format;
            }
        }
        throw new InvalidInputException("\"" + word + "\" is not a format Diplograph reads; use --from "
                + Arrays.stream(values()).map(PeerFormat::word).collect(Collectors.joining(", ")) + ".");
    }
}
