package io.voc.experiment.model.stats;

/**
 * The estimated difference between two arms, its standard error and the Welch-Satterthwaite degrees of freedom;
 * what every test here starts from. As GrowthBook's gbstats computes them:
 *
 * <ul>
 * <li>absolute: {@code mean_t - mean_c}, variance {@code var_t / n_t + var_c / n_c};</li>
 * <li>relative: {@code mean_t / mean_c - 1}, variance by the delta method (the variance of a ratio of two
 * independent means): {@code var_t / (mean_c^2 n_t) + var_c mean_t^2 / (mean_c^4 n_c)}.</li>
 * </ul>
 */
record Effect(double estimate, double stdError, double degreesOfFreedom, long units) {

    /** Why there is no effect to test between these arms, or null when there is. */
    static String whyUndefined(SampleStatistics control, SampleStatistics treatment, Difference difference) {
        if (control.variance() <= 0 || treatment.variance() <= 0) {
            return "the variance is zero or negative in " + (control.variance() <= 0 ? "control" : "treatment")
                    + ": every unit has the same value (for a proportion: none or all converted), or sumSquares "
                    + "does not fit sum; there is no spread to test against";
        }
        if (difference == Difference.RELATIVE && control.mean() == 0) {
            return "the control mean is 0: a relative difference to it is undefined (ask for the absolute one)";
        }
        return null;
    }

    static Effect between(SampleStatistics control, SampleStatistics treatment, Difference difference) {
        double mc = control.mean();
        double mt = treatment.mean();
        double vc = control.variance() / control.n();
        double vt = treatment.variance() / treatment.n();
        double estimate;
        double variance;
        if (difference == Difference.RELATIVE) {
            estimate = mt / mc - 1;
            variance = vt / (mc * mc) + vc * mt * mt / (mc * mc * mc * mc);
        } else {
            estimate = mt - mc;
            variance = vt + vc;
        }
        // Welch-Satterthwaite on the two arms' own variances, whichever difference is reported (as gbstats does)
        double dof = (vt + vc) * (vt + vc)
                / (vt * vt / (treatment.n() - 1) + vc * vc / (control.n() - 1));
        return new Effect(estimate, Math.sqrt(variance), dof, control.n() + treatment.n());
    }
}
