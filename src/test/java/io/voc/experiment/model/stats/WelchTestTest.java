package io.voc.experiment.model.stats;

import static io.voc.experiment.model.stats.GbstatsCases.CONTROL_3000;
import static io.voc.experiment.model.stats.GbstatsCases.CONTROL_3407;
import static io.voc.experiment.model.stats.GbstatsCases.TREATMENT_3461;
import static io.voc.experiment.model.stats.GbstatsCases.assertResult;
import static io.voc.experiment.model.stats.GbstatsCases.fixed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The fixed-horizon Welch test against GrowthBook's gbstats: every expected number is copied from
 * growthbook/growthbook packages/stats/tests/frequentist/test_tests.py, test named in each method's comment.
 */
class WelchTestTest {

    @Test
    void relativeTwoSided() {
        // TestTwoSidedTTest.test_two_sided_ttest: expected 0.70732, ci (-0.03526, 1.44989), stddev 0.37879,
        // pValue 0.06191
        TestResult r = TwoSampleTest.compare(CONTROL_3407, TREATMENT_3461, fixed(Difference.RELATIVE,
                Alternative.TWO_SIDED));
        assertResult(r, 0.70732, -0.03526, 1.44989, 0.06191, 0.37879);
    }

    @Test
    void absoluteTwoSided() {
        // TestTwoSidedTTest.test_two_sided_ttest_absolute: expected 0.7 - 0.41, ci (0.04538, 0.53462),
        // stddev 0.12478, pValue 0.02016
        TestResult r = TwoSampleTest.compare(CONTROL_3407, TREATMENT_3461, fixed(Difference.ABSOLUTE,
                Alternative.TWO_SIDED));
        assertResult(r, 0.29, 0.04538, 0.53462, 0.02016, 0.12478);
    }

    @Test
    void relativeTwoSidedOnProportions() {
        // TestTwoSidedTTest.test_two_sided_ttest_binom: 14 of 28 against 16 of 30; expected (16/30 - 0.5) / 0.5,
        // ci (-0.47767, 0.61101), stddev 0.2717, pValue 0.80707
        TestResult r = TwoSampleTest.compare(SampleStatistics.proportion(28, 14), SampleStatistics.proportion(30, 16),
                fixed(Difference.RELATIVE, Alternative.TWO_SIDED));
        assertResult(r, (16.0 / 30 - 0.5) / 0.5, -0.47767, 0.61101, 0.80707, 0.2717);
    }

    @Test
    void greaterIsUnboundedAbove() {
        // TestOneSidedGreaterTTest.test_one_sided_ttest and test_one_sided_ttest_absolute
        assertResult(TwoSampleTest.compare(CONTROL_3000, TREATMENT_3461, fixed(Difference.RELATIVE,
                Alternative.GREATER)), 0.5033610858562358, -0.045136675850396046, null, 0.06558262868467746,
                0.3334122146400735);
        assertResult(TwoSampleTest.compare(CONTROL_3000, TREATMENT_3461, fixed(Difference.ABSOLUTE,
                Alternative.GREATER)), 0.23437666666666668, 0.020791480063255735, null, 0.03554272489873023,
                0.12983081254184736);
    }

    @Test
    void lessIsUnboundedBelow() {
        // TestOneSidedLesserTTest.test_one_sided_ttest and test_one_sided_ttest_absolute
        assertResult(TwoSampleTest.compare(CONTROL_3000, TREATMENT_3461, fixed(Difference.RELATIVE,
                Alternative.LESS)), 0.5033610858562358, null, 1.0518588475628676, 0.9344173713153225,
                0.3334122146400735);
        assertResult(TwoSampleTest.compare(CONTROL_3000, TREATMENT_3461, fixed(Difference.ABSOLUTE,
                Alternative.LESS)), 0.23437666666666668, null, 0.44796185327007765, 0.9644572751012698,
                0.12983081254184736);
    }

    @Test
    void theTwoOneSidedPValuesAddUpToOneAndHalveTheTwoSided() {
        TestResult greater = TwoSampleTest.compare(CONTROL_3407, TREATMENT_3461, fixed(Difference.ABSOLUTE,
                Alternative.GREATER));
        TestResult less = TwoSampleTest.compare(CONTROL_3407, TREATMENT_3461, fixed(Difference.ABSOLUTE,
                Alternative.LESS));
        TestResult both = TwoSampleTest.compare(CONTROL_3407, TREATMENT_3461, fixed(Difference.ABSOLUTE,
                Alternative.TWO_SIDED));
        assertEquals(1.0, greater.pValue() + less.pValue(), 1e-12);
        assertEquals(both.pValue() / 2, greater.pValue(), 1e-12);
    }

    @Test
    void zeroOrNegativeVarianceIsAnAnswerWithAnErrorAndNoNumbers() {
        // TestTwoSidedTTest.test_two_sided_ttest_missing_variance: the same sums over 2 units give a negative
        // variance, and gbstats answers its default output with ZERO_NEGATIVE_VARIANCE_MESSAGE
        TestResult negative = TwoSampleTest.compare(SampleStatistics.mean(2, 1396.87, 52377.9767), TREATMENT_3461,
                fixed(Difference.RELATIVE, Alternative.TWO_SIDED));
        assertTrue(negative.error().contains("variance is zero or negative in control"), negative.error());
        assertNull(negative.estimate());
        assertNull(negative.pValue());
        // every unit converted: p(1 - p) = 0
        TestResult zero = TwoSampleTest.compare(SampleStatistics.proportion(100, 40),
                SampleStatistics.proportion(100, 100), fixed(Difference.ABSOLUTE, Alternative.TWO_SIDED));
        assertTrue(zero.error().contains("variance is zero or negative in treatment"), zero.error());
    }

    @Test
    void aRelativeDifferenceToAZeroControlMeanIsAnError() {
        SampleStatistics zeroMean = SampleStatistics.mean(10, 0, 40); // values of -2 and 2
        TestResult relative = TwoSampleTest.compare(zeroMean, TREATMENT_3461, fixed(Difference.RELATIVE,
                Alternative.TWO_SIDED));
        assertTrue(relative.error().contains("control mean is 0"), relative.error());
        // the absolute difference is still defined
        assertNull(TwoSampleTest.compare(zeroMean, TREATMENT_3461, fixed(Difference.ABSOLUTE, Alternative.TWO_SIDED))
                .error());
    }
}
