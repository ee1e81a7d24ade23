package io.voc.experiment.model;

import io.voc.experiment.model.stats.MetricKind;
import io.voc.feedback.model.ProductKey;
import java.time.Instant;

/**
 * Something a user did that a metric counts: {@code value} of {@code metric} (a purchase of 12.5 for
 * {@code revenue}, 1 for {@code conversion}). Events are about users, not experiments: one event counts for
 * every experiment the user was exposed to before it, in the experiment's product ({@code product} null: any).
 */
public record MetricEvent(String eventId, String userId, ProductKey product, String metric, double value,
        Instant at) {
    public MetricEvent {
        eventId = EventFields.eventId(eventId);
        userId = EventFields.userId(userId);
        try {
            // an event names its metric as a design does, so the same rule applies
            new Metric(metric, MetricKind.MEAN, Metric.Goal.INCREASE);
        } catch (InvalidExperimentException e) {
            throw new InvalidExperimentException("metric", e.getMessage());
        }
        if (!Double.isFinite(value)) {
            throw new InvalidExperimentException("value", "value must be a finite number");
        }
        at = EventFields.at(at);
    }
}
