package io.voc.experiment.model;

import java.time.Instant;

/** What happened to an experiment; each accepted command returns one, for the audit trail and for cards. */
public sealed interface ExperimentEvent {
    ExperimentKey key();

    String by();

    Instant at();

    record Designed(ExperimentKey key, String by, Instant at) implements ExperimentEvent {
    }

    record Redesigned(ExperimentKey key, String by, Instant at) implements ExperimentEvent {
    }

    record Started(ExperimentKey key, String by, Instant at, int phase) implements ExperimentEvent {
    }

    record Paused(ExperimentKey key, String by, Instant at, String reason) implements ExperimentEvent {
    }

    record Resumed(ExperimentKey key, String by, Instant at) implements ExperimentEvent {
    }

    record Stopped(ExperimentKey key, String by, Instant at) implements ExperimentEvent {
    }

    record Concluded(ExperimentKey key, String by, Instant at, Decision decision, String rationale)
            implements ExperimentEvent {
    }

    /** {@code phase}: the phase the new split applies from (the same one while a draft). */
    record AllocationChanged(ExperimentKey key, String by, Instant at, Allocation allocation, int phase)
            implements ExperimentEvent {
    }
}
