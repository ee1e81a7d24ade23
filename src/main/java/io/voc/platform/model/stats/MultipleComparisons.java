package io.voc.platform.model.stats;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Adjusted p-values for testing many hypotheses at once (many candidates in emerging issues, many metrics of
 * an experiment). Shared by the capabilities that test many things, so both correct the same way.
 *
 * <ul>
 * <li>Benjamini-Hochberg: q-values, each the smallest false discovery rate at which its test would count as a
 * discovery. Declaring every hypothesis with {@code q <= 0.05} means that, on average, at most 5% of the
 * declarations are chance.</li>
 * <li>Holm-Bonferroni: adjusted p-values controlling the family-wise error rate (the chance of even one false
 * declaration), uniformly more powerful than plain Bonferroni.</li>
 * </ul>
 */
public final class MultipleComparisons {
    private MultipleComparisons() {
    }

    /**
     * The Benjamini-Hochberg q-value of each p-value, in the same order. {@code family} is how many hypotheses
     * were considered, at least {@code p.length}: those not tested (their p-value taken as 1) still count, so
     * pre-selecting candidates cannot make the survivors look better.
     */
    public static double[] benjaminiHochberg(double[] p, long family) {
        int m = checked(p);
        if (family < m) {
            throw new IllegalArgumentException("the family (" + family + ") is smaller than the tests (" + m + ")");
        }
        Integer[] order = ascending(p);
        double[] q = new double[m];
        double running = 1.0;
        // step-up: from the largest p-value down, each q is the smallest p * family / rank at or above it
        for (int rank = m; rank >= 1; rank--) {
            int i = order[rank - 1];
            running = Math.min(running, p[i] * family / rank);
            q[i] = running;
        }
        return q;
    }

    /** Benjamini-Hochberg with the family being exactly the tests given. */
    public static double[] benjaminiHochberg(double[] p) {
        return benjaminiHochberg(p, p.length);
    }

    /**
     * The Holm-Bonferroni adjusted p-value of each p-value, in the same order: the k-th smallest is multiplied by
     * {@code m - k + 1}, then made non-decreasing (step-down) and capped at 1.
     */
    public static double[] holm(double[] p) {
        int m = checked(p);
        Integer[] order = ascending(p);
        double[] adjusted = new double[m];
        double running = 0.0;
        for (int rank = 1; rank <= m; rank++) {
            int i = order[rank - 1];
            running = Math.max(running, Math.min(1.0, p[i] * (m - rank + 1)));
            adjusted[i] = running;
        }
        return adjusted;
    }

    private static int checked(double[] p) {
        for (double v : p) {
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("a p-value must be within 0 and 1 (got " + v + ")");
            }
        }
        return p.length;
    }

    private static Integer[] ascending(double[] p) {
        return IntStream.range(0, p.length).boxed().sorted(Comparator.comparingDouble(i -> p[i]))
                .toArray(Integer[]::new);
    }
}
