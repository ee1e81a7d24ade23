package io.voc.nlp.evaluation;

import io.voc.nlp.model.SentimentLabel;
import java.util.ArrayList;
import java.util.List;

/** Counts of (expected, predicted) label pairs, with accuracy and macro-F1 over the expected labels. */
final class ConfusionMatrix {
    private final int[][] counts = new int[3][3];

    void add(SentimentLabel expected, SentimentLabel predicted) {
        counts[expected.ordinal()][predicted.ordinal()]++;
    }

    int total() {
        int total = 0;
        for (int[] row : counts) {
            for (int c : row) {
                total += c;
            }
        }
        return total;
    }

    double accuracy() {
        int right = 0;
        for (int i = 0; i < 3; i++) {
            right += counts[i][i];
        }
        return total() == 0 ? 0 : (double) right / total();
    }

    /** Mean F1 over the labels that occur in the expected column (a 0/1 file has no neutral). */
    double macroF1() {
        List<Double> f1s = new ArrayList<>();
        for (int label = 0; label < 3; label++) {
            int expected = 0;
            int predicted = 0;
            for (int j = 0; j < 3; j++) {
                expected += counts[label][j];
                predicted += counts[j][label];
            }
            if (expected == 0) {
                continue;
            }
            double precision = predicted == 0 ? 0 : (double) counts[label][label] / predicted;
            double recall = (double) counts[label][label] / expected;
            f1s.add(precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
        }
        return f1s.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    /** Rows: expected label; columns: predicted label. */
    String table() {
        StringBuilder out = new StringBuilder(String.format("%-18s%10s%10s%10s%n", "expected \\ got", "negative",
                "neutral", "positive"));
        for (SentimentLabel expected : SentimentLabel.values()) {
            int[] row = counts[expected.ordinal()];
            out.append(String.format("%-18s%10d%10d%10d%n", expected.wireName(), row[0], row[1], row[2]));
        }
        return out.toString();
    }
}
