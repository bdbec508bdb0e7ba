package org.diplograph.extract.evaluation;

import java.util.List;
import java.util.Map;

/**
 * How the extractor did on one article.
 *
 * @param article            the article's base name ({@code a01-ankara-georgia})
 * @param genre              its genre, or {@code null}
 * @param scores             right, unexpected and missing facts per kind
 * @param meetingsByName     the meetings matched again with found officials read as the expected person they plainly
 *                           are, whatever their id, dates aside (see {@link ExtractionScorer})
 * @param datesRight         of the meetings found that were expected, how many have the expected
 *                           date at the expected precision
 * @param inferredDates      of the meetings found that were expected, how many have a date the reader infers
 * @param inferredDatesRight how many of those have it right
 * @param kindsRight         of the partnerships found that were expected, how many have the stated kind
 * @param duplicates         expected officials found under two ids or more, each as
 *                           {@code USA/lloyd-austin as USA/lloyd-austin, XXX/austin}
 * @param traps              the article's traps
 * @param trapsTriggered     the traps the extractor fell into
 * @param differences        what was missing, unexpected, wrongly dated or of a wrong kind, one line each
 */
public record ArticleScore(String article, String genre, Map<FactKind, KindScore> scores, KindScore meetingsByName,
                           int datesRight, int inferredDates,
                           int inferredDatesRight, int kindsRight, List<String> duplicates, List<Trap> traps,
                           List<Trap> trapsTriggered, List<String> differences) {

    /** Copies the collections. */
    public ArticleScore {
        scores = Map.copyOf(scores);
        duplicates = List.copyOf(duplicates);
        traps = List.copyOf(traps);
        trapsTriggered = List.copyOf(trapsTriggered);
        differences = List.copyOf(differences);
    }

    /**
     * @param kind a kind of fact
     * @return how that kind fared
     */
    public KindScore score(FactKind kind) {
        return scores.getOrDefault(kind, KindScore.NONE);
    }
}
