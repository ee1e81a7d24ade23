package io.voc.experiment.model.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The fixed-horizon test: Welch's two-sample t-test (unequal variances, Welch-Satterthwaite degrees of freedom)
 * on the effect, with its confidence interval; valid when the result is looked at once, at a planned end.
 * GrowthBook's gbstats {@code TwoSidedTTest}, {@code OneSidedTreatmentGreaterTTest} and
 * {@code OneSidedTreatmentLesserTTest}.
 */
final class WelchTest {
    private WelchTest() {
    }

    static TestResult run(Effect effect, TestSettings settings) {
        // no random numbers are drawn, so no generator is needed
        TDistribution t = new TDistribution(null, effect.degreesOfFreedom());
        double se = effect.stdError();
        double estimate = effect.estimate();
        double z = estimate / se;
        double alpha = settings.alpha();
        return switch (settings.alternative()) {
            case TWO_SIDED -> {
                double halfWidth = t.inverseCumulativeProbability(1 - alpha / 2) * se;
                // the lower tail of -|z| rather than 1 - cdf(|z|): no cancellation for tiny p-values
                yield TestResult.of(estimate, estimate - halfWidth, estimate + halfWidth,
                        2 * t.cumulativeProbability(-Math.abs(z)), se);
            }
            case GREATER -> TestResult.of(estimate, estimate - t.inverseCumulativeProbability(1 - alpha) * se, null,
                    t.cumulativeProbability(-z), se);
            case LESS -> TestResult.of(estimate, null, estimate + t.inverseCumulativeProbability(1 - alpha) * se,
                    t.cumulativeProbability(z), se);
        };
    }
}
