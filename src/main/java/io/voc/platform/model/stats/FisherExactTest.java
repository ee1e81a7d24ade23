package io.voc.platform.model.stats;

import org.apache.commons.math3.distribution.HypergeometricDistribution;

/**
 * Fisher's exact test of a 2x2 table, one-sided: is a share in group A greater than in group B? Exact at
 * any count (no normal approximation), so it is right for the small numbers of a narrowed dashboard and
 * the large ones of a whole product alike.
 *
 * <p>With {@code a} of {@code nA} in group A and {@code b} of {@code nB} in group B, and the two groups
 * alike (the null hypothesis), the number in A is hypergeometric: {@code a + b} successes among
 * {@code nA + nB}, {@code nA} of them drawn. The p-value is the chance of {@code a} or more.
 */
public final class FisherExactTest {
    /** Summing stops once the terms left cannot add this much relative to the sum (they only shrink). */
    private static final double PRECISION = 1e-15;

    private FisherExactTest() {
    }

    /** P(X >= a): the chance of a share in A at least this much above B's if both were alike. */
    public static double greaterShare(long a, long nA, long b, long nB) {
        if (a < 0 || b < 0 || a > nA || b > nB) {
            throw new IllegalArgumentException("counts must be within their totals: " + a + "/" + nA + ", " + b + "/" + nB);
        }
        if (nA + nB > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many to test: " + (nA + nB));
        }
        int population = (int) (nA + nB);
        int successes = (int) (a + b);
        int drawn = (int) nA;
        int x = (int) a;
        int lowest = Math.max(0, drawn + successes - population);
        int highest = Math.min(successes, drawn);
        if (x <= lowest) {
            return 1.0;
        }
        HypergeometricDistribution h = new HypergeometricDistribution(null, population, successes, drawn);
        // From the mode outwards the terms only shrink, so each tail is summed from its inner end and
        // stopped early: thousands of counts cost a handful of terms. Above the mean the upper tail is
        // small and summed directly; below it, one minus the (small) lower tail.
        if (x > h.getNumericalMean()) {
            return Math.min(1.0, tail(h, x, highest, 1));
        }
        return Math.max(0.0, 1.0 - tail(h, x - 1, lowest, -1));
    }

    /** The sum of P(X = k) from {@code from} towards {@code to} (step +1 or -1), terms non-increasing. */
    private static double tail(HypergeometricDistribution h, int from, int to, int step) {
        double sum = 0;
        for (int k = from; step > 0 ? k <= to : k >= to; k += step) {
            double term = h.probability(k);
            sum += term;
            long left = (long) (to - k) * step;
            if (term * left <= sum * PRECISION) {
                break;
            }
        }
        return sum;
    }
}
