package io.voc.experiment.model.stats;

import io.voc.platform.model.InvalidInputException;

/**
 * One arm of an experiment summed up: its units {@code n}, the sum of their values and, for a mean metric, the
 * sum of their squares. These sufficient statistics are all a t-test needs, and a database sums them cheaply.
 * Field names in errors ({@code n}, {@code sum}, {@code sumSquares}) are the caller's.
 */
public final class SampleStatistics {
    private final MetricKind metric;
    private final long n;
    private final double sum;
    private final double sumSquares;

    private SampleStatistics(MetricKind metric, long n, double sum, double sumSquares) {
        this.metric = metric;
        this.n = n;
        this.sum = sum;
        this.sumSquares = sumSquares;
    }

    /** A mean metric: any value per unit. */
    public static SampleStatistics mean(long n, double sum, double sumSquares) {
        checkN(n);
        finite("sum", sum);
        finite("sumSquares", sumSquares);
        if (sumSquares < 0) {
            throw new InvalidInputException("sumSquares", "sumSquares is a sum of squares: at least 0 (got "
                    + sumSquares + ")");
        }
        return new SampleStatistics(MetricKind.MEAN, n, sum, sumSquares);
    }

    /** A proportion metric: {@code sum} of the {@code n} units converted (each value 0 or 1). */
    public static SampleStatistics proportion(long n, double sum) {
        checkN(n);
        finite("sum", sum);
        if (sum < 0 || sum > n) {
            throw new InvalidInputException("sum", "sum counts the units that converted: 0 to n (" + n + "), got "
                    + sum);
        }
        // each value is 0 or 1, so its square is itself
        return new SampleStatistics(MetricKind.PROPORTION, n, sum, sum);
    }

    public static SampleStatistics of(MetricKind metric, long n, double sum, Double sumSquares) {
        if (metric == MetricKind.PROPORTION) {
            return proportion(n, sum);
        }
        if (sumSquares == null) {
            throw new InvalidInputException("sumSquares", "sumSquares is required for a mean metric");
        }
        return mean(n, sum, sumSquares);
    }

    private static void checkN(long n) {
        // with one unit there is no spread to estimate (the variance divides by n - 1)
        if (n < 2) {
            throw new InvalidInputException("n", "n must be at least 2 (got " + n + ")");
        }
    }

    private static void finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new InvalidInputException(field, field + " must be a finite number");
        }
    }

    public MetricKind metric() {
        return metric;
    }

    public long n() {
        return n;
    }

    public double sum() {
        return sum;
    }

    public double sumSquares() {
        return sumSquares;
    }

    public double mean() {
        return sum / n;
    }

    /**
     * The variance of one unit's value: for a mean the sample variance (n - 1 in the denominator); for a
     * proportion p(1 - p), as GrowthBook's gbstats has it. Zero or negative (sums that no real data can give,
     * or rounding when every value is the same) makes a test undefined, not this constructor fail: the caller
     * gets an answer saying so.
     */
    public double variance() {
        if (metric == MetricKind.PROPORTION) {
            double p = mean();
            return p * (1 - p);
        }
        return (sumSquares - sum * sum / n) / (n - 1);
    }
}
