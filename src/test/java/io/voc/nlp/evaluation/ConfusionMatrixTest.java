package io.voc.nlp.evaluation;

import static io.voc.nlp.model.SentimentLabel.NEGATIVE;
import static io.voc.nlp.model.SentimentLabel.NEUTRAL;
import static io.voc.nlp.model.SentimentLabel.POSITIVE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.voc.nlp.model.SentimentLabel;
import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {

    private static void add(ConfusionMatrix m, SentimentLabel expected, SentimentLabel predicted, int times) {
        for (int i = 0; i < times; i++) {
            m.add(expected, predicted);
        }
    }

    /**
     * expected \ got  neg neu pos
     * negative          5   2   1
     * neutral           1   3   0
     * positive          0   2   6
     * negative: P 5/6, R 5/8 -> F1 2*(5/6)(5/8)/(5/6+5/8) = 10/14 = 0.714286
     * neutral:  P 3/7, R 3/4 -> F1 6/11 = 0.545455
     * positive: P 6/7, R 6/8 -> F1 12/15 = 0.8
     * macro-F1 = (10/14 + 6/11 + 0.8) / 3 = 0.686580; accuracy 14/20 = 0.7
     */
    @Test
    void accuracyAndMacroF1OfAKnownMatrix() {
        ConfusionMatrix m = new ConfusionMatrix();
        add(m, NEGATIVE, NEGATIVE, 5);
        add(m, NEGATIVE, NEUTRAL, 2);
        add(m, NEGATIVE, POSITIVE, 1);
        add(m, NEUTRAL, NEGATIVE, 1);
        add(m, NEUTRAL, NEUTRAL, 3);
        add(m, POSITIVE, NEUTRAL, 2);
        add(m, POSITIVE, POSITIVE, 6);
        assertEquals(20, m.total());
        assertEquals(0.7, m.accuracy(), 1e-12);
        assertEquals((10.0 / 14 + 6.0 / 11 + 0.8) / 3, m.macroF1(), 1e-12);
        assertEquals(0.686580, m.macroF1(), 1e-6);
    }

    /** A 0/1 file has no neutral texts: macro-F1 averages over negative and positive only. */
    @Test
    void labelsThatAreNeverExpectedDoNotCount() {
        ConfusionMatrix m = new ConfusionMatrix();
        add(m, NEGATIVE, NEGATIVE, 3);
        add(m, NEGATIVE, NEUTRAL, 1);
        add(m, POSITIVE, POSITIVE, 4);
        // negative: P 1, R 3/4 -> 6/7; positive: P 1, R 1 -> 1
        assertEquals((6.0 / 7 + 1) / 2, m.macroF1(), 1e-12);
        assertEquals(7.0 / 8, m.accuracy(), 1e-12);
    }

    @Test
    void anEmptyMatrixScoresZero() {
        ConfusionMatrix m = new ConfusionMatrix();
        assertEquals(0, m.total());
        assertEquals(0, m.accuracy());
        assertEquals(0, m.macroF1());
    }
}
