package io.voc.platform.model.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MultipleComparisonsTest {
    /** The 15 p-values of Benjamini and Hochberg's own example (JRSS B, 1995, section 4.2). */
    private static final double[] PAPER = { 0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459,
        0.3240, 0.4262, 0.5719, 0.6528, 0.7590, 1.000 };

    /**
     * Ten p-values (sorted) and their adjustments by R's multtest package (mt.rawp2adjp), as statsmodels keeps
     * them to test its multipletests: statsmodels/statsmodels, statsmodels/stats/tests/test_multi.py,
     * {@code pval0} and {@code res_multtest1} (columns rawp, Bonferroni, Holm, ..., BH).
     */
    private static final double[] R_RAW = { 5.23656777208e-05, 2.8140506198e-04, 1.49877310796e-02,
        2.02732688798e-02, 0.177096952723, 0.642193923795, 0.680845947633, 0.71626938238, 0.838541367553,
        0.967833824309 };
    private static final double[] R_HOLM = { 5.2365677720800005e-04, 2.5326455578199999e-03,
        1.1990184863680001e-01, 1.4191288215860001e-01, 1, 1, 1, 1, 1, 1 };
    private static final double[] R_BH = { 5.2365677720800005e-04, 1.4070253098999999e-03,
        4.9959103598666670e-02, 5.0683172199499998e-02, 3.5419390544599999e-01, 8.9533672797500008e-01,
        8.9533672797500008e-01, 8.9533672797500008e-01, 9.3171263061444454e-01, 9.6783382430900000e-01 };

    @Test
    void benjaminiHochbergAgreesWithR() {
        assertArrayEquals(R_BH, MultipleComparisons.benjaminiHochberg(R_RAW), 1e-12);
    }

    @Test
    void holmAgreesWithR() {
        assertArrayEquals(R_HOLM, MultipleComparisons.holm(R_RAW), 1e-12);
    }

    @Test
    void holmKeepsTheInputOrderAndIsStricterThanBenjaminiHochberg() {
        double[] shuffled = { R_RAW[3], R_RAW[0], R_RAW[9], R_RAW[2], R_RAW[1] };
        double[] holm = MultipleComparisons.holm(shuffled);
        // by hand: sorted p times 5, 4, 3, 2, 1, then the running maximum: the fourth smallest (0.0405 after
        // doubling) inherits the third's 0.0450, so rejecting it never takes less evidence than the one before
        assertArrayEquals(new double[] { R_RAW[2] * 3, R_RAW[0] * 5, R_RAW[9], R_RAW[2] * 3, R_RAW[1] * 4 }, holm,
                1e-15);
        double[] bh = MultipleComparisons.benjaminiHochberg(shuffled);
        for (int i = 0; i < shuffled.length; i++) {
            assertTrue(bh[i] <= holm[i], "index " + i);
        }
    }

    @Test
    void thePapersExampleRejectsTheFourSmallestAtFivePercent() {
        double[] q = MultipleComparisons.benjaminiHochberg(PAPER);
        assertEquals(4, Arrays.stream(q).filter(v -> v <= 0.05).count());
        assertEquals(0.0001 * 15, q[0], 1e-12);
        assertEquals(0.0004 * 15 / 2, q[1], 1e-12);
        assertEquals(0.0019 * 15 / 3, q[2], 1e-12);
        assertEquals(0.0095 * 15 / 4, q[3], 1e-12);
        assertEquals(0.0201 * 15 / 5, q[4], 1e-12); // 0.0603: the fifth just misses
        assertEquals(1.0, q[14], 1e-12);
    }

    @Test
    void qValuesNeverDecreaseWithThePValueAndKeepTheInputOrder() {
        double[] shuffled = { 0.0298, 0.0001, 1.000, 0.0095, 0.0459, 0.0004 };
        double[] q = MultipleComparisons.benjaminiHochberg(shuffled);
        // by hand: sorted 0.0001, 0.0004, 0.0095, 0.0298, 0.0459, 1 -> p*6/rank, then the running minimum from the top
        assertArrayEquals(new double[] { 0.0447, 0.0006, 1.0, 0.0190, 0.05508, 0.0012 }, q, 1e-12);
    }

    @Test
    void untestedCandidatesStillCount() {
        assertEquals(0.1, MultipleComparisons.benjaminiHochberg(new double[] { 0.01 }, 10)[0], 1e-12);
        assertThrows(IllegalArgumentException.class,
                () -> MultipleComparisons.benjaminiHochberg(new double[] { 0.1, 0.2 }, 1));
    }

    @Test
    void aPValueOutsideZeroToOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> MultipleComparisons.holm(new double[] { 0.1, 1.2 }));
        assertThrows(IllegalArgumentException.class,
                () -> MultipleComparisons.benjaminiHochberg(new double[] { Double.NaN }));
    }
}
