package org.diplograph.model;

import org.diplograph.InvalidInputException;

/**
 * Where a fact comes from within its source: the sentence that states it and, for facts the
 * extractor wrote, the rule that produced it and how sure that rule is.
 *
 * @param evidence   the sentence, or {@code null}
 * @param rule       the extractor rule, or {@code null} for hand-written facts
 * @param confidence 0..1, or {@code null}
 */
public record Provenance(String evidence, String rule, Double confidence) {

    /** No evidence, no rule. */
    public static final Provenance NONE = new Provenance(null, null, null);

    /** Validates the texts and that the confidence lies in 0..1. */
    public Provenance {
        evidence = TextFields.optional("evidence", evidence, TextFields.MAX_TEXT);
        rule = TextFields.optional("rule", rule, TextFields.MAX_NAME);
        if (confidence != null && !(confidence >= 0 && confidence <= 1)) {
            throw new InvalidInputException("\"confidence\" must lie between 0 and 1, not " + confidence + ".");
        }
    }

    /**
     * @param evidence the sentence
     * @return provenance with only the sentence
     */
    public static Provenance of(String evidence) {
        return new Provenance(evidence, null, null);
    }
}
