package org.diplograph.extract.evaluation;

/**
 * A fact the article invites but that is false, which the extractor must not state.
 *
 * @param kind what sort of mistake stating it would be
 * @param fact the false fact; a meeting's date or a partnership's kind may be {@link Fact#ANY}
 */
public record Trap(TrapKind kind, Fact fact) {

    /** @return the trap as a line of an expected file ({@code trap non-member membership UKR NATO}) */
    public String line() {
        return "trap " + kind.word() + " " + fact.line();
    }
}
