package org.diplograph.extract.evaluation;

/**
 * How one kind of fact fared: facts both expected and found, found but not expected, expected but
 * not found.
 *
 * @param right      expected and found
 * @param unexpected found but not expected
 * @param missing    expected but not found
 */
public record KindScore(int right, int unexpected, int missing) {

    /** No facts at all. */
    public static final KindScore NONE = new KindScore(0, 0, 0);

    /** @return how many facts were expected */
    public int expected() {
        return right + missing;
    }

    /** @return how many facts were found */
    public int found() {
        return right + unexpected;
    }

    /** @return the share of found facts that were expected; 1 when nothing was found */
    public double precision() {
        return found() == 0 ? 1.0 : (double) right / found();
    }

    /** @return the share of expected facts that were found; 1 when nothing was expected */
    public double recall() {
        return expected() == 0 ? 1.0 : (double) right / expected();
    }

    /** @return the harmonic mean of precision and recall; 0 when both are 0 */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /**
     * @param other another score
     * @return the sums of both
     */
    public KindScore plus(KindScore other) {
        return new KindScore(right + other.right, unexpected + other.unexpected, missing + other.missing);
    }
}
