package io.voc.experiment.model;

/**
 * What one variant's users gave for one metric, summed: {@code n} users, the {@code sum} of their values and the
 * sum of their squares (for a proportion each value is 0 or 1). Enough for every test, whatever the users' number.
 */
public record ArmSums(long n, double sum, double sumSquares) {
    public static final ArmSums NONE = new ArmSums(0, 0, 0);

    public ArmSums {
        if (n < 0 || !Double.isFinite(sum) || !Double.isFinite(sumSquares) || sumSquares < 0) {
            throw new IllegalArgumentException("sums are counts and finite sums (got n " + n + ", sum " + sum
                    + ", sumSquares " + sumSquares + ")");
        }
    }

    /** The mean per user; null without users. */
    public Double mean() {
        return n == 0 ? null : sum / n;
    }
}
