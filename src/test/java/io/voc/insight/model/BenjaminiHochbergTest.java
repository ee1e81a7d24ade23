package io.voc.insight.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BenjaminiHochbergTest {
    /** The 15 p-values of Benjamini and Hochberg's own example (JRSS B, 1995, section 4.2). */
    private static final double[] PAPER = { 0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459,
        0.3240, 0.4262, 0.5719, 0.6528, 0.7590, 1.000 };

    @Test
    void thePapersExampleRejectsTheFourSmallestAtFivePercent() {
        double[] q = BenjaminiHochberg.qValues(PAPER);
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
        double[] q = BenjaminiHochberg.qValues(shuffled);
        // by hand: sorted 0.0001, 0.0004, 0.0095, 0.0298, 0.0459, 1 -> p*6/rank, then the running minimum from the top
        assertArrayEquals(new double[] { 0.0447, 0.0006, 1.0, 0.0190, 0.05508, 0.0012 }, q, 1e-12);
    }

    @Test
    void untestedCandidatesStillCount() {
        assertEquals(0.1, BenjaminiHochberg.qValues(new double[] { 0.01 }, 10)[0], 1e-12);
        assertThrows(IllegalArgumentException.class, () -> BenjaminiHochberg.qValues(new double[] { 0.1, 0.2 }, 1));
    }
}
