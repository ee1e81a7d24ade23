package io.voc.experiment.model.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.voc.platform.model.InvalidInputException;
import org.junit.jupiter.api.Test;

class SampleRatioCheckTest {

    @Test
    void agreesWithGbstats() {
        // growthbook/growthbook packages/stats/tests/test_gbstats.py, test_srm:
        // check_srm([1000, 1200], [0.5, 0.5]) == 0.000020079 (to 9 decimals)
        SampleRatioCheck check = SampleRatioCheck.of(new long[] { 1000, 1200 }, new double[] { 0.5, 0.5 });
        assertEquals(0.000020079, check.pValue(), 1e-9);
        assertTrue(check.mismatch());
    }

    @Test
    void weightsAreShares() {
        // a 1:3 split given as weights 1 and 3 or 0.25 and 0.75 is the same plan; 250 and 750 fit it exactly
        assertEquals(1.0, SampleRatioCheck.of(new long[] { 250, 750 }, new double[] { 1, 3 }).pValue(), 1e-12);
        assertEquals(1.0, SampleRatioCheck.of(new long[] { 250, 750 }, new double[] { 0.25, 0.75 }).pValue(), 1e-12);
    }

    @Test
    void aSmallWobbleIsNoMismatch() {
        // chi-square (5050 - 5000)^2 / 5000 * 2 = 1 on 1 degree of freedom: p = 0.3173
        SampleRatioCheck check = SampleRatioCheck.of(new long[] { 5050, 4950 }, new double[] { 0.5, 0.5 });
        assertEquals(0.3173, check.pValue(), 1e-4);
        assertFalse(check.mismatch());
    }

    @Test
    void threeArms() {
        // chi-square 100^2/1000 + 0 + 100^2/1000 = 20 on 2 degrees of freedom: p = exp(-10)
        SampleRatioCheck check = SampleRatioCheck.of(new long[] { 1100, 1000, 900 }, new double[] { 1, 1, 1 });
        assertEquals(Math.exp(-10), check.pValue(), 1e-12);
        assertTrue(check.mismatch());
    }

    @Test
    void noUnitsYetIsNoMismatchAndBadInputNamesItsField() {
        assertFalse(SampleRatioCheck.of(new long[] { 0, 0 }, new double[] { 0.5, 0.5 }).mismatch());
        assertEquals("counts", assertThrows(InvalidInputException.class,
                () -> SampleRatioCheck.of(new long[] { -1, 2 }, new double[] { 0.5, 0.5 })).field());
        assertEquals("weights", assertThrows(InvalidInputException.class,
                () -> SampleRatioCheck.of(new long[] { 1, 2 }, new double[] { 0.5, 0 })).field());
        assertEquals("weights", assertThrows(InvalidInputException.class,
                () -> SampleRatioCheck.of(new long[] { 1, 2 }, new double[] { 1 })).field());
    }
}
