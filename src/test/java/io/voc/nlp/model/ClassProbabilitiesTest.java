package io.voc.nlp.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassProbabilitiesTest {

    @Test
    void rejectsProbabilitiesThatDoNotSumToOne() {
        assertThrows(IllegalArgumentException.class, () -> new ClassProbabilities(0.2, 0.2, 0.2, 0.2, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new ClassProbabilities(0.3, 0.3, 0.3, 0.3, 0.3));
        assertThrows(IllegalArgumentException.class, () -> ClassProbabilities.of(new double[] {0, 0, 0, 0, 0}));
    }

    @Test
    void rejectsValuesOutsideZeroToOneAndNaN() {
        assertThrows(IllegalArgumentException.class, () -> new ClassProbabilities(-0.2, 0.2, 0.4, 0.4, 0.2));
        assertThrows(IllegalArgumentException.class, () -> new ClassProbabilities(Double.NaN, 0.25, 0.25, 0.25, 0.25));
    }

    @Test
    void acceptsASumOfOneUpToRounding() {
        ClassProbabilities p = new ClassProbabilities(0.1, 0.2, 0.3, 0.2, 0.2 + 1e-9);
        assertEquals(1.0, Arrays.stream(p.values()).sum(), 1e-6);
    }

    @Test
    void theScoreIsTheExpectedClassScore() {
        assertEquals(-1.0, new ClassProbabilities(1, 0, 0, 0, 0).score(), 1e-12);
        assertEquals(0.0, new ClassProbabilities(0, 0, 1, 0, 0).score(), 1e-12);
        assertEquals(1.0, new ClassProbabilities(0, 0, 0, 0, 1).score(), 1e-12);
        // 0.5 * -0.5 + 0.5 * 1.0
        assertEquals(0.25, new ClassProbabilities(0, 0.5, 0, 0, 0.5).score(), 1e-12);
    }

    @Test
    void theMeanOfProbabilitiesSumsToOne() {
        ClassProbabilities mean = ClassProbabilities.mean(List.of(
                new ClassProbabilities(1, 0, 0, 0, 0), new ClassProbabilities(0, 0, 0, 0, 1),
                new ClassProbabilities(0.1, 0.2, 0.4, 0.2, 0.1)));
        assertEquals(1.0, Arrays.stream(mean.values()).sum(), 1e-12);
        assertEquals(1.1 / 3, mean.veryNegative(), 1e-12);
        assertEquals(0.4 / 3, mean.neutral(), 1e-12);
    }
}
