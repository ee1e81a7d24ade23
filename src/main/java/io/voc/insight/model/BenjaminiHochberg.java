package io.voc.insight.model;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The Benjamini-Hochberg correction for testing many candidates at once: q-values, each the smallest
 * false discovery rate at which its test would count as a discovery. Declaring every candidate with
 * {@code q <= 0.05} a rise means that, on average, at most 5% of the declared rises are chance.
 */
public final class BenjaminiHochberg {
    private BenjaminiHochberg() {
    }

    /**
     * The q-value of each p-value, in the same order. {@code family} is how many hypotheses were
     * considered, at least {@code p.length}: those not tested (their p-value taken as 1) still count, so
     * pre-selecting candidates cannot make the survivors look better.
     */
    public static double[] qValues(double[] p, long family) {
        int m = p.length;
        if (family < m) {
            throw new IllegalArgumentException("the family (" + family + ") is smaller than the tests (" + m + ")");
        }
        Integer[] order = IntStream.range(0, m).boxed().sorted(Comparator.comparingDouble(i -> p[i]))
                .toArray(Integer[]::new);
        double[] q = new double[m];
        double running = 1.0;
        for (int rank = m; rank >= 1; rank--) {
            int i = order[rank - 1];
            running = Math.min(running, p[i] * family / rank);
            q[i] = running;
        }
        return q;
    }

    /** With the family being exactly the tests given. */
    public static double[] qValues(double[] p) {
        return qValues(p, p.length);
    }
}
