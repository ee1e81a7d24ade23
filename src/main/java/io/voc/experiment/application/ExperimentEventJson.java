package io.voc.experiment.application;

import io.voc.experiment.model.Exposure;
import io.voc.experiment.model.ExperimentKey;
import io.voc.experiment.model.InvalidExperimentException;
import io.voc.experiment.model.MetricEvent;
import io.voc.feedback.model.ProductKey;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Exposures and metric events as JSON - the same shape on the topics and in the bulk API, so apps, upstream
 * producers and the API share one path. Plain records (Jackson maps them by their components); the model's
 * constructors check the values.
 */
public final class ExperimentEventJson {
    private ExperimentEventJson() {
    }

    public record ExposureJson(String eventId, String experimentKey, String userId, String variant, Integer phase,
            String at) {
        public static ExposureJson of(Exposure e) {
            return new ExposureJson(e.eventId(), e.experimentKey().value(), e.userId(), e.variant(), e.phase(),
                    e.at().toString());
        }

        public Exposure toModel() {
            if (experimentKey == null) {
                throw new InvalidExperimentException("experimentKey", "experimentKey is required: the experiment shown");
            }
            ExperimentKey key;
            try {
                key = new ExperimentKey(experimentKey);
            } catch (InvalidExperimentException e) {
                throw new InvalidExperimentException("experimentKey", e.getMessage());
            }
            return new Exposure(eventId, key, userId, variant, phase, instant(at));
        }
    }

    public record MetricEventJson(String eventId, String userId, String product, String metric, Double value,
            String at) {
        public static MetricEventJson of(MetricEvent e) {
            return new MetricEventJson(e.eventId(), e.userId(), e.product() == null ? null : e.product().value(),
                    e.metric(), e.value(), e.at().toString());
        }

        public MetricEvent toModel() {
            if (value == null) {
                throw new InvalidExperimentException("value", "value is required: a number (1 for a conversion)");
            }
            return new MetricEvent(eventId, userId, product == null ? null : new ProductKey(product), metric, value,
                    instant(at));
        }
    }

    private static Instant instant(String at) {
        if (at == null || at.isBlank()) {
            return null; // the model says it is required
        }
        try {
            return OffsetDateTime.parse(at.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidExperimentException("at", "at must be an ISO-8601 date-time with offset, e.g. "
                    + "2026-11-20T10:15:00Z (got '" + at + "')");
        }
    }
}
