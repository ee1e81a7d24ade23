package io.voc.experiment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.voc.experiment.application.CompareSamples.Arm;
import io.voc.experiment.application.CompareSamples.Request;
import io.voc.experiment.model.stats.TestResult;
import io.voc.platform.model.InvalidInputException;
import org.junit.jupiter.api.Test;

class CompareSamplesTest {
    private static final Arm CONTROL = new Arm(3407.0, 1396.87, 52377.9767);
    private static final Arm TREATMENT = new Arm(3461.0, 2422.7, 134698.29);
    private final CompareSamples compare = new CompareSamples();

    @Test
    void defaultsToARelativeTwoSidedFixedTestAtFivePercent() {
        // gbstats TestTwoSidedTTest.test_two_sided_ttest (packages/stats/tests/frequentist/test_tests.py)
        TestResult r = compare.compare(new Request("mean", CONTROL, TREATMENT, null, null, null, false, null));
        assertEquals(0.70732, r.estimate(), 1e-4);
        assertEquals(-0.03526, r.lower(), 1e-4);
        assertEquals(1.44989, r.upper(), 1e-4);
    }

    @Test
    void sequentialWithoutATuningTakesFiveThousand() {
        TestResult implicit = compare.compare(new Request("mean", CONTROL, TREATMENT, null, null, null, true, null));
        TestResult explicit = compare.compare(new Request("mean", CONTROL, TREATMENT, null, null, null, true, 5000.0));
        assertEquals(explicit, implicit);
        assertNull(compare.compare(new Request("mean", CONTROL, TREATMENT, null, null, "less", false, 1.0)).lower(),
                "without sequential the tuning is ignored, and less is unbounded below");
    }

    @Test
    void fieldsAreNamedAsTheCallerWroteThem() {
        assertEquals("treatment.sumSquares", field(new Request("mean", CONTROL, new Arm(10.0, 1.0, null), null, null,
                null, false, null)));
        assertEquals("control.n", field(new Request("proportion", new Arm(1.0, 1.0, null), TREATMENT, null, null,
                null, false, null)));
        assertEquals("control.n", field(new Request("proportion", new Arm(2.5, 1.0, null), TREATMENT, null, null,
                null, false, null)));
        assertEquals("treatment", field(new Request("proportion", CONTROL, null, null, null, null, false, null)));
        assertEquals("control.sum", field(new Request("proportion", new Arm(10.0, null, null), TREATMENT, null, null,
                null, false, null)));
    }

    private String field(Request request) {
        return assertThrows(InvalidInputException.class, () -> compare.compare(request)).field();
    }
}
