package io.voc.experiment.model.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.voc.platform.model.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class SampleStatisticsTest {

    @Test
    void aMeanAndItsSampleVarianceFromTheSums() {
        // values 1, 2, 3, 4: mean 2.5, sample variance 5/3
        SampleStatistics s = SampleStatistics.mean(4, 10, 30);
        assertEquals(2.5, s.mean(), 1e-12);
        assertEquals(5.0 / 3, s.variance(), 1e-12);
    }

    @Test
    void aProportionsVarianceIsPTimesOneMinusP() {
        SampleStatistics s = SampleStatistics.proportion(28, 14);
        assertEquals(0.5, s.mean(), 1e-12);
        assertEquals(0.25, s.variance(), 1e-12);
        // sumSquares is not needed, and ignored, for a proportion
        assertEquals(0.25, SampleStatistics.of(MetricKind.PROPORTION, 28, 14, null).variance(), 1e-12);
    }

    @Test
    void invalidSumsNameTheirField() {
        assertField("n", () -> SampleStatistics.mean(1, 1, 1));
        assertField("n", () -> SampleStatistics.proportion(-5, 0));
        assertField("sum", () -> SampleStatistics.proportion(10, 11));
        assertField("sum", () -> SampleStatistics.proportion(10, -1));
        assertField("sum", () -> SampleStatistics.mean(10, Double.NaN, 1));
        assertField("sumSquares", () -> SampleStatistics.mean(10, 1, -1));
        assertField("sumSquares", () -> SampleStatistics.of(MetricKind.MEAN, 10, 1, null));
    }

    @Test
    void namesAreReadAsCallersWriteThem() {
        assertEquals(MetricKind.PROPORTION, MetricKind.of("metric", " Proportion "));
        assertEquals(Alternative.TWO_SIDED, Alternative.of("alternative", "two-sided"));
        assertEquals(Difference.ABSOLUTE, Difference.of("difference", "absolute"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Alternative.of("alternative", "both"));
        assertEquals("alternative must be one of two-sided, greater, less (got 'both')", e.getMessage());
    }

    @Test
    void settingsRefuseAnAlphaOrTuningOutOfRange() {
        assertField("alpha", () -> new TestSettings(Difference.RELATIVE, Alternative.TWO_SIDED, 0, null));
        assertField("alpha", () -> new TestSettings(Difference.RELATIVE, Alternative.TWO_SIDED, 1, null));
        assertField("sequential.tuning",
                () -> new TestSettings(Difference.RELATIVE, Alternative.TWO_SIDED, 0.05, 0.0));
        // a one-sided confidence sequence exists only for alpha below 0.5; the fixed test takes any
        assertField("alpha", () -> new TestSettings(Difference.RELATIVE, Alternative.LESS, 0.5, 5000.0));
        new TestSettings(Difference.RELATIVE, Alternative.LESS, 0.5, null);
    }

    private static void assertField(String field, Executable call) {
        assertEquals(field, assertThrows(InvalidInputException.class, call).field());
    }
}
