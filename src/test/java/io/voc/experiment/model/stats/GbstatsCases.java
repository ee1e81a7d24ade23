package io.voc.experiment.model.stats;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The arms of GrowthBook's gbstats unit tests (growthbook/growthbook, packages/stats/tests/frequentist/
 * test_tests.py), so each test here can set our answer against the numbers gbstats expects, to 4 decimals.
 */
final class GbstatsCases {
    /** {@code TestTwoSidedTTest.setUp}: stat_a and stat_b. */
    static final SampleStatistics CONTROL_3407 = SampleStatistics.mean(3407, 1396.87, 52377.9767);
    static final SampleStatistics TREATMENT_3461 = SampleStatistics.mean(3461, 2422.7, 134698.29);
    /** The sequential and one-sided tests' stat_a (the same sums over 3000 units). */
    static final SampleStatistics CONTROL_3000 = SampleStatistics.mean(3000, 1396.87, 52377.9767);

    static final double DECIMALS_4 = 1e-4;

    private GbstatsCases() {
    }

    static TestSettings fixed(Difference difference, Alternative alternative) {
        return new TestSettings(difference, alternative, TestSettings.DEFAULT_ALPHA, null);
    }

    static TestSettings sequential(Difference difference, Alternative alternative, double tuning) {
        return new TestSettings(difference, alternative, TestSettings.DEFAULT_ALPHA, tuning);
    }

    /** {@code lower} or {@code upper} null: that side must be unbounded. */
    static void assertResult(TestResult r, double estimate, Double lower, Double upper, double pValue,
            double stdError) {
        assertAll(() -> assertNull(r.error()),
                () -> assertEquals(estimate, r.estimate(), DECIMALS_4, "estimate"),
                () -> assertBound(lower, r.lower(), "lower"),
                () -> assertBound(upper, r.upper(), "upper"),
                () -> assertEquals(pValue, r.pValue(), DECIMALS_4, "pValue"),
                () -> assertEquals(stdError, r.stdError(), DECIMALS_4, "stdError"));
    }

    private static void assertBound(Double expected, Double actual, String side) {
        if (expected == null) {
            assertNull(actual, side + " is unbounded");
        } else {
            assertEquals(expected, actual, DECIMALS_4, side);
        }
    }
}
