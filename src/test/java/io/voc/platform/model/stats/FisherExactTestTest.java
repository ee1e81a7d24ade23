package io.voc.platform.model.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import org.apache.commons.math3.distribution.HypergeometricDistribution;
import org.junit.jupiter.api.Test;

class FisherExactTestTest {

    /** Fisher's lady tasting tea (Agresti, Categorical Data Analysis, 2.6): 3 of 4 milk-first cups right. */
    @Test
    void ladyTastingTea() {
        assertEquals(17.0 / 70, FisherExactTest.greaterShare(3, 4, 1, 4), 1e-12); // 0.243
        assertEquals(1.0 / 70, FisherExactTest.greaterShare(4, 4, 0, 4), 1e-12); // all four right: 0.014
        assertEquals(1.0, FisherExactTest.greaterShare(0, 4, 4, 4), 1e-12); // none right: no evidence at all
    }

    /** Small tables against the exact sum of hypergeometric terms in big decimals. */
    @Test
    void agreesWithTheExactSumOnSmallTables() {
        int[][] tables = { { 7, 12, 2, 20 }, { 0, 5, 0, 9 }, { 5, 5, 0, 30 }, { 9, 60, 10, 400 }, { 1, 50, 30, 40 },
            { 12, 12, 1, 1 } };
        for (int[] t : tables) {
            assertEquals(exact(t[0], t[1], t[2], t[3]), FisherExactTest.greaterShare(t[0], t[1], t[2], t[3]), 1e-12,
                    () -> java.util.Arrays.toString(t));
        }
    }

    /** Large counts stop summing early; the answer is still Commons Math's full sum. */
    @Test
    void agreesWithTheFullTailOnLargeCounts() {
        long[][] tables = { { 3_200, 50_000, 10_100, 200_000 }, { 2_480, 50_000, 10_100, 200_000 },
            { 900, 1_000, 100, 4_000 }, { 40, 80_000, 100, 320_000 } };
        for (long[] t : tables) {
            int population = (int) (t[1] + t[3]);
            int successes = (int) (t[0] + t[2]);
            double full = new HypergeometricDistribution(null, population, successes, (int) t[1])
                    .upperCumulativeProbability((int) t[0]);
            double p = FisherExactTest.greaterShare(t[0], t[1], t[2], t[3]);
            assertEquals(full, p, Math.max(1e-12, full * 1e-9), () -> java.util.Arrays.toString(t));
        }
    }

    @Test
    void aShareThatFellIsNoEvidenceOfARise() {
        assertTrue(FisherExactTest.greaterShare(10, 1_000, 100, 1_000) > 0.99);
        assertTrue(FisherExactTest.greaterShare(100, 1_000, 10, 1_000) < 1e-15);
    }

    @Test
    void refusesCountsBeyondTheirTotals() {
        assertThrows(IllegalArgumentException.class, () -> FisherExactTest.greaterShare(5, 4, 0, 4));
        assertThrows(IllegalArgumentException.class, () -> FisherExactTest.greaterShare(-1, 4, 0, 4));
    }

    private static double exact(int a, int nA, int b, int nB) {
        int population = nA + nB;
        int successes = a + b;
        BigInteger all = binomial(population, nA);
        BigInteger tail = BigInteger.ZERO;
        for (int k = a; k <= Math.min(successes, nA); k++) {
            tail = tail.add(binomial(successes, k).multiply(binomial(population - successes, nA - k)));
        }
        return new BigDecimal(tail).divide(new BigDecimal(all), MathContext.DECIMAL128).doubleValue();
    }

    private static BigInteger binomial(int n, int k) {
        if (k < 0 || k > n) {
            return BigInteger.ZERO;
        }
        BigInteger result = BigInteger.ONE;
        for (int i = 1; i <= k; i++) {
            result = result.multiply(BigInteger.valueOf(n - k + i)).divide(BigInteger.valueOf(i));
        }
        return result;
    }
}
