package io.voc.query.application;

import io.voc.platform.model.InvalidInputException;
import java.util.UUID;

/**
 * How a HiveQL query is to run: {@code timeoutSeconds} to stop it sooner than the configured timeout, and
 * {@code runId} (a UUID the client picks) to cancel it while it runs. Both optional; Elasticsearch queries
 * ignore them.
 */
public record RunOptions(Integer timeoutSeconds, UUID runId) {
    public static final RunOptions DEFAULT = new RunOptions(null, null);

    public RunOptions {
        if (timeoutSeconds != null && timeoutSeconds < 1) {
            throw new InvalidInputException("timeoutSeconds", "timeoutSeconds must be at least 1 (got "
                    + timeoutSeconds + ")");
        }
    }

    /** From request values as written; a run id that is no UUID is refused naming {@code runId}. */
    public static RunOptions of(Integer timeoutSeconds, String runId) {
        if (runId == null || runId.isBlank()) {
            return new RunOptions(timeoutSeconds, null);
        }
        try {
            return new RunOptions(timeoutSeconds, UUID.fromString(runId.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("runId", "runId must be a UUID (got '" + runId + "')");
        }
    }
}
