package io.voc.experiment.model.stats;

import io.voc.platform.model.InvalidInputException;
import java.util.Arrays;
import org.apache.commons.math3.stat.inference.ChiSquareTest;

/**
 * The sample-ratio-mismatch check: do the units observed per arm fit the split the experiment was set up with?
 * A chi-square goodness-of-fit test (k - 1 degrees of freedom); a mismatch means assignment or logging is
 * broken, and no metric of the experiment can be trusted until it is found. Flagged below {@link #THRESHOLD},
 * strict because the check runs on every experiment, often.
 */
public record SampleRatioCheck(double pValue) {
    public static final double THRESHOLD = 0.001;

    /** {@code counts[i]} units observed in arm i, which was meant to get {@code weights[i]} of the traffic. */
    public static SampleRatioCheck of(long[] counts, double[] weights) {
        if (counts.length < 2 || counts.length != weights.length) {
            throw new InvalidInputException("weights", "one weight per arm, at least two arms (got "
                    + counts.length + " counts and " + weights.length + " weights)");
        }
        if (Arrays.stream(counts).anyMatch(c -> c < 0)) {
            throw new InvalidInputException("counts", "counts must be at least 0");
        }
        if (Arrays.stream(weights).anyMatch(w -> !(w > 0 && Double.isFinite(w)))) {
            throw new InvalidInputException("weights", "weights must be positive numbers");
        }
        long total = Arrays.stream(counts).sum();
        if (total == 0) {
            return new SampleRatioCheck(1.0); // nobody yet: nothing can mismatch
        }
        double weightSum = Arrays.stream(weights).sum();
        double[] expected = Arrays.stream(weights).map(w -> w / weightSum * total).toArray();
        return new SampleRatioCheck(new ChiSquareTest().chiSquareTest(expected, counts));
    }

    public boolean mismatch() {
        return pValue < THRESHOLD;
    }
}
