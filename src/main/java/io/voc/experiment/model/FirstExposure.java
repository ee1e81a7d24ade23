package io.voc.experiment.model;

import java.time.Instant;

/** When a user first saw a variant in a phase: only what they did from then on counts for it. */
public record FirstExposure(String userId, String variant, Instant at) {
}
