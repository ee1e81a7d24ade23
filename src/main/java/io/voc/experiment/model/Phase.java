package io.voc.experiment.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A stretch of an experiment with one allocation and one salt. Changing the split while an experiment runs
 * starts a new phase with a new salt: users are assigned afresh and results count from the new phase only,
 * because mixing traffic split two ways would bias the comparison (Simpson's paradox).
 */
public record Phase(int number, String salt, Allocation allocation, Instant startedAt, Instant endedAt) {
    public Phase {
        if (number < 1) {
            throw new IllegalArgumentException("phases count from 1");
        }
        Objects.requireNonNull(salt, "salt");
        Objects.requireNonNull(allocation, "allocation");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    Phase endedAt(Instant at) {
        return new Phase(number, salt, allocation, startedAt, at);
    }
}
