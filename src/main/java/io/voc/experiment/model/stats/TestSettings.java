package io.voc.experiment.model.stats;

import io.voc.platform.model.InvalidInputException;

/**
 * How to compare two arms: the difference reported, the alternative hypothesis, the significance level and, for a
 * sequential test, its tuning parameter (null: a fixed-horizon test, looked at once).
 */
public record TestSettings(Difference difference, Alternative alternative, double alpha, Double sequentialTuning) {
    public static final double DEFAULT_ALPHA = 0.05;
    /** GrowthBook's default: the confidence sequence is tightest near this many units in both arms together. */
    public static final double DEFAULT_TUNING = 5000;

    public TestSettings {
        if (difference == null || alternative == null) {
            throw new IllegalArgumentException("difference and alternative are required");
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new InvalidInputException("alpha", "alpha must be between 0 and 1, exclusive (got " + alpha + ")");
        }
        if (sequentialTuning != null && !(sequentialTuning > 0 && Double.isFinite(sequentialTuning))) {
            throw new InvalidInputException("sequential.tuning", "sequential.tuning must be a positive number of "
                    + "units (got " + sequentialTuning + ")");
        }
        // the one-sided confidence sequence's mixing parameter takes log(2 alpha): it exists only below 0.5
        if (sequentialTuning != null && alternative != Alternative.TWO_SIDED && alpha >= 0.5) {
            throw new InvalidInputException("alpha", "a one-sided sequential test needs alpha below 0.5 (got "
                    + alpha + ")");
        }
    }

    public boolean sequential() {
        return sequentialTuning != null;
    }
}
