package io.voc.nlp.model;

import java.util.List;

/** CoreNLP's five sentiment classes for one sentence (or their mean over a text); they sum to 1. */
public record ClassProbabilities(double veryNegative, double negative, double neutral, double positive,
        double veryPositive) {
    /** Where each class sits on VOC's [-1, 1] score scale. */
    private static final double[] CLASS_SCORES = {-1.0, -0.5, 0.0, 0.5, 1.0};

    public ClassProbabilities {
        double sum = veryNegative + negative + neutral + positive + veryPositive;
        for (double p : new double[] {veryNegative, negative, neutral, positive, veryPositive}) {
            if (Double.isNaN(p) || p < 0 || p > 1) {
                throw new IllegalArgumentException("class probabilities must lie in [0, 1]");
            }
        }
        if (Math.abs(sum - 1.0) > 1e-3) {
            throw new IllegalArgumentException("class probabilities must sum to 1 (got " + sum + ")");
        }
    }

    public static ClassProbabilities of(double[] p) {
        return new ClassProbabilities(p[0], p[1], p[2], p[3], p[4]);
    }

    public double[] values() {
        return new double[] {veryNegative, negative, neutral, positive, veryPositive};
    }

    /** The expected score under these probabilities. */
    public double score() {
        double[] p = values();
        double score = 0;
        for (int i = 0; i < p.length; i++) {
            score += p[i] * CLASS_SCORES[i];
        }
        return score;
    }

    public static ClassProbabilities mean(List<ClassProbabilities> all) {
        double[] sum = new double[5];
        for (ClassProbabilities p : all) {
            double[] v = p.values();
            for (int i = 0; i < 5; i++) {
                sum[i] += v[i] / all.size();
            }
        }
        double total = sum[0] + sum[1] + sum[2] + sum[3] + sum[4];
        for (int i = 0; i < 5; i++) {
            sum[i] /= total; // rounding must not push the sum off 1
        }
        return of(sum);
    }
}
