package io.voc.experiment.model;

import io.voc.experiment.model.stats.MetricKind;
import java.util.regex.Pattern;

/**
 * What an experiment measures. {@code kind}: a mean per user (revenue, sessions) or a proportion of users
 * (converted, left feedback). {@code goal}: which direction is better - a guardrail is harmed when it moves the
 * other way. Event metrics come from the metric events apps send; feedback metrics are computed from the
 * feedback of exposed users ({@code feedback_negative_share}, ...).
 */
public record Metric(String key, MetricKind kind, Goal goal) {
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,63}");

    public enum Goal { INCREASE, DECREASE }

    public Metric {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new InvalidExperimentException("metrics.key", "a metric key is 1-64 characters of a-z, 0-9, '_', "
                    + "'.' and '-' (got " + (key == null ? "nothing" : "'" + key + "'") + ")");
        }
        if (kind == null) {
            throw new InvalidExperimentException("metrics.kind", "metric '" + key + "' needs a kind: mean or proportion");
        }
        if (goal == null) {
            throw new InvalidExperimentException("metrics.goal", "metric '" + key + "' needs a goal: increase or "
                    + "decrease");
        }
    }
}
