package io.voc.query.application;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * How a schedule's slot went: the condition held and an alert was raised, it did not hold, or the query could
 * not run. The numbers are what the condition looked at (null: nothing to measure).
 */
public record RunOutcome(Kind kind, Double current, Double previous, UUID alertId, String error, Instant at) {

    public enum Kind {
        FIRED, NOT_FIRED, FAILED
    }

    public RunOutcome {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        if ((kind == Kind.FIRED) != (alertId != null)) {
            throw new IllegalArgumentException("an alert id goes with FIRED, and only with it");
        }
    }

    public static RunOutcome fired(Double current, Double previous, UUID alertId, Instant at) {
        return new RunOutcome(Kind.FIRED, current, previous, alertId, null, at);
    }

    public static RunOutcome notFired(Double current, Double previous, Instant at) {
        return new RunOutcome(Kind.NOT_FIRED, current, previous, null, null, at);
    }

    public static RunOutcome failed(String error, Instant at) {
        return new RunOutcome(Kind.FAILED, null, null, null, error, at);
    }
}
