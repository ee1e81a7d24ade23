package io.voc.experiment.model.stats;

/**
 * The sequential test: asymptotic confidence sequences (Waudby-Smith et al., "Time-uniform central limit theory
 * and asymptotic confidence sequences", arXiv:2103.06476v7), valid however often the result is looked at while
 * data come in. The price is a wider interval, narrowest when both arms together hold about the tuning
 * parameter's units. GrowthBook's gbstats {@code SequentialTwoSidedTTest} and its one-sided siblings; equation
 * numbers are the paper's.
 */
final class SequentialTest {
    /** gbstats searches one-sided p-values below this; no alpha of 0.5 or more has a one-sided sequence. */
    static final double MAX_ONE_SIDED_P = 0.4999;

    private SequentialTest() {
    }

    static TestResult run(Effect effect, TestSettings settings) {
        double n = effect.units();
        double alpha = settings.alpha();
        double estimate = effect.estimate();
        double se = effect.stdError();
        // the per-unit variance the paper's formulas take; the test's variance is se^2 = s2 / n
        double s2 = se * se * n;
        if (settings.alternative() == Alternative.TWO_SIDED) {
            double rho = rho(alpha, settings.sequentialTuning());
            double r = n * rho * rho + 1;
            // eq. 9: the two-sided half-width
            double halfWidth = Math.sqrt(s2 * 2 * r * Math.log(Math.sqrt(r) / alpha) / square(n * rho));
            // eq. 155: the p-value is 1 over the e-value (capped at 1), computed on the log scale so a large
            // statistic cannot overflow
            double st2 = square(estimate) * n / (se * se);
            double logEValue = rho * rho * st2 / (2 * r) - 0.5 * Math.log(r);
            double p = Math.exp(-Math.max(0, logEValue));
            return TestResult.of(estimate, estimate - halfWidth, estimate + halfWidth, p, se);
        }
        // one-sided: all of alpha on one side, so the mixing parameter is tuned for 2 alpha
        double rho = rho(2 * alpha, settings.sequentialTuning());
        double r = n * rho * rho + 1;
        double scale = s2 * 2 * r / square(n * rho);
        // eq. 134: the one-sided half-width
        double halfWidth = Math.sqrt(scale * Math.log(1 + Math.sqrt(r) / (2 * alpha)));
        boolean greater = settings.alternative() == Alternative.GREATER;
        double p = oneSidedP(estimate, greater, scale, r);
        return greater ? TestResult.of(estimate, estimate - halfWidth, null, p, se)
                : TestResult.of(estimate, null, estimate + halfWidth, p, se);
    }

    /**
     * The smallest alpha whose one-sided bound excludes 0, with the mixing parameter held at the requested
     * alpha's (as gbstats does). gbstats searches it by bisection; solving eq. 134 for alpha with the half-width
     * equal to the estimate gives it exactly: {@code alpha = sqrt(r) / (2 (exp(estimate^2 / scale) - 1))}.
     */
    private static double oneSidedP(double estimate, boolean greater, double scale, double r) {
        boolean rightDirection = greater ? estimate > 0 : estimate < 0;
        if (!rightDirection) {
            return MAX_ONE_SIDED_P; // no alpha excludes 0: no evidence in this direction
        }
        double p = Math.sqrt(r) / (2 * Math.expm1(square(estimate) / scale));
        return Math.min(p, MAX_ONE_SIDED_P);
    }

    /** eq. 161: the mixing parameter that makes the sequence tightest near the tuning parameter's units. */
    private static double rho(double alpha, double tuning) {
        double minus2LogAlpha = -2 * Math.log(alpha);
        return Math.sqrt((minus2LogAlpha + Math.log(minus2LogAlpha + 1)) / tuning);
    }

    private static double square(double x) {
        return x * x;
    }
}
