package io.voc.query.application;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One warehouse query while it runs: who started it, what it is, how long it may take, and how to stop it.
 * A cancel may come before the executor has a statement to stop; it is kept and carried out as soon as
 * the executor says how to stop ({@link #whenCancelled}).
 */
public final class QueryRun {
    private final UUID id;
    private final UUID ownerId;
    private final String owner;
    private final String label;
    private final Instant startedAt;
    private final Duration timeout;
    private final Runnable onFinish;
    private Runnable stop;
    private String cancelledBy;

    QueryRun(UUID id, UUID ownerId, String owner, String label, Instant startedAt, Duration timeout,
            Runnable onFinish) {
        this.id = id;
        this.ownerId = ownerId;
        this.owner = owner;
        this.label = label;
        this.startedAt = startedAt;
        this.timeout = timeout;
        this.onFinish = onFinish;
    }

    /** How the executor stops what it started; called at once when the run was cancelled already. */
    public synchronized void whenCancelled(Runnable stop) {
        this.stop = stop;
        if (cancelledBy != null) {
            stop.run();
        }
    }

    synchronized void cancel(String by) {
        if (cancelledBy == null) {
            cancelledBy = by;
            if (stop != null) {
                stop.run();
            }
        }
    }

    public synchronized boolean cancelled() {
        return cancelledBy != null;
    }

    /** Whether the run has taken its whole timeout by {@code now}. */
    public boolean overtime(Instant now) {
        return !now.isBefore(startedAt.plus(timeout));
    }

    /** The failure to report for a run that was cancelled. */
    public synchronized QueryCancelledException cancellation() {
        return new QueryCancelledException(id, cancelledBy);
    }

    /** The run is over (answered, failed or its file written): it is no longer listed nor cancellable. */
    public void finished() {
        onFinish.run();
    }

    public UUID id() {
        return id;
    }

    UUID ownerId() {
        return ownerId;
    }

    public String owner() {
        return owner;
    }

    public String label() {
        return label;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Duration timeout() {
        return timeout;
    }
}
