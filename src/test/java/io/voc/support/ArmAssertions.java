package io.voc.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.voc.experiment.model.stats.SampleStatistics;

/** Checks an arm's sufficient statistics against sums worked out by hand. */
public final class ArmAssertions {
    private ArmAssertions() {
    }

    public static void assertArm(SampleStatistics arm, long n, double sum, double sumSquares) {
        assertEquals(n, arm.n(), "n");
        assertEquals(sum, arm.sum(), 1e-9, "sum");
        assertEquals(sumSquares, arm.sumSquares(), 1e-9, "sumSquares");
    }
}
