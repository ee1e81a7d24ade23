package io.voc.experiment.model;

import io.voc.feedback.model.ProductKey;
import java.util.Objects;

/**
 * What an experiment tests and how, as designed before it starts. {@code minimumSampleSize}: users per
 * variant before its results may be read as final; {@code layer}: null for a layer of its own.
 */
public record Design(ExperimentKey key, String hypothesis, ProductKey product, Allocation allocation,
        Targeting targeting, Metrics metrics, int minimumSampleSize, LayerSlot layer) {
    public static final int MAX_HYPOTHESIS = 2_000;

    public Design {
        Objects.requireNonNull(key, "key");
        if (hypothesis == null || hypothesis.isBlank()) {
            throw new InvalidExperimentException("hypothesis", "hypothesis is required: what the change should do, "
                    + "and why");
        }
        hypothesis = hypothesis.strip();
        if (hypothesis.length() > MAX_HYPOTHESIS) {
            throw new InvalidExperimentException("hypothesis", "hypothesis is at most " + MAX_HYPOTHESIS
                    + " characters");
        }
        if (product == null) {
            throw new InvalidExperimentException("product", "product is required: the product whose users take part");
        }
        if (allocation == null) {
            throw new InvalidExperimentException("variants", "variants are required");
        }
        targeting = targeting == null ? Targeting.EVERYONE : targeting;
        if (metrics == null) {
            throw new InvalidExperimentException("metrics.primary", "metrics are required, at least the primary one");
        }
        if (minimumSampleSize < 1) {
            throw new InvalidExperimentException("minimumSampleSize", "minimumSampleSize is the users per variant "
                    + "needed before deciding: at least 1 (got " + minimumSampleSize + ")");
        }
        layer = layer == null ? LayerSlot.own(key) : layer;
    }
}
