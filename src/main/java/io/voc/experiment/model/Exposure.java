package io.voc.experiment.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An app showed {@code userId} the {@code variant} of an experiment at {@code at}. Results count a user from
 * their first exposure in a phase, not from their assignment: a user assigned but never shown the change
 * cannot have been affected by it. {@code phase} is the one the assignment answered; when the app does not
 * send it (null), the phase running at {@code at} is taken (see {@link PlacedExposure}).
 */
public record Exposure(String eventId, ExperimentKey experimentKey, String userId, String variant, Integer phase,
        Instant at) {
    public Exposure {
        eventId = EventFields.eventId(eventId);
        Objects.requireNonNull(experimentKey, "experimentKey");
        userId = EventFields.userId(userId);
        if (variant == null || variant.isBlank()) {
            throw new InvalidExperimentException("variant", "variant is required: the key of the variant shown");
        }
        if (phase != null && phase < 1) {
            throw new InvalidExperimentException("phase", "phase counts from 1 (got " + phase + ")");
        }
        at = EventFields.at(at);
    }
}
