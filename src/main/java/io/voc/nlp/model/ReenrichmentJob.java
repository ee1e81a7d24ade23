package io.voc.nlp.model;

import io.voc.platform.model.IllegalJobStateException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A run of the current NLP model over stored feedback documents (all, or those whose analysis is not
 * at the target version), optionally of one product. Documents are visited in ascending id order, so
 * the last id done is a checkpoint from which any instance can resume after a crash.
 *
 * <p>One instance works a job at a time: it holds a lease (owner + heartbeat) that it renews with every
 * page. A job whose heartbeat is older than the lease may be claimed by another instance; that counts
 * as a resume. {@code version} is the optimistic lock of the stored job: a save that finds another
 * version lost a race (a cancel, a takeover) and must reload.
 */
public final class ReenrichmentJob {

    public enum Scope {
        /** Every document, whatever analysis it has. */
        ALL,
        /** Documents without an analysis or with one from another model version. */
        OUTDATED
    }

    public enum Status {
        QUEUED, RUNNING, CANCELLING, CANCELLED, DONE, FAILED;

        public boolean finished() {
            return this == CANCELLED || this == DONE || this == FAILED;
        }
    }

    private final UUID id;
    private final String indexAlias;
    private final Scope scope;
    private final String product;
    private final Instant createdAt;
    private String targetVersion;
    private Status status;
    private long total;
    private long done;
    private String checkpoint;
    private int resumes;
    private String error;
    private Instant startedAt;
    private Instant finishedAt;
    private Instant runStartedAt;
    private long runStartedDone;
    private String owner;
    private Instant heartbeatAt;
    private long version;

    /** The stored state of a job, as the repository reads it back. */
    public record State(UUID id, String indexAlias, Scope scope, String product, Instant createdAt,
            String targetVersion, Status status, long total, long done, String checkpoint, int resumes,
            String error, Instant startedAt, Instant finishedAt, Instant runStartedAt, long runStartedDone,
            String owner, Instant heartbeatAt, long version) {
    }

    private ReenrichmentJob(State s) {
        this.id = Objects.requireNonNull(s.id());
        this.indexAlias = Objects.requireNonNull(s.indexAlias());
        this.scope = Objects.requireNonNull(s.scope());
        this.product = s.product();
        this.createdAt = Objects.requireNonNull(s.createdAt());
        this.targetVersion = s.targetVersion();
        this.status = Objects.requireNonNull(s.status());
        this.total = s.total();
        this.done = s.done();
        this.checkpoint = s.checkpoint();
        this.resumes = s.resumes();
        this.error = s.error();
        this.startedAt = s.startedAt();
        this.finishedAt = s.finishedAt();
        this.runStartedAt = s.runStartedAt();
        this.runStartedDone = s.runStartedDone();
        this.owner = s.owner();
        this.heartbeatAt = s.heartbeatAt();
        this.version = s.version();
    }

    /** A new job over the documents behind {@code indexAlias}, waiting for a worker. */
    public static ReenrichmentJob queue(String indexAlias, Scope scope, String product, Instant now) {
        return new ReenrichmentJob(new State(UUID.randomUUID(), indexAlias, scope, product, now, null,
                Status.QUEUED, 0, 0, null, 0, null, null, null, null, 0, null, null, 0));
    }

    public static ReenrichmentJob restore(State state) {
        return new ReenrichmentJob(state);
    }

    public State state() {
        return new State(id, indexAlias, scope, product, createdAt, targetVersion, status, total, done, checkpoint,
                resumes, error, startedAt, finishedAt, runStartedAt, runStartedDone, owner, heartbeatAt, version);
    }

    // --- the lease

    /** Free to take: queued and nobody holds it, or its holder has not been heard of for a whole lease. */
    public boolean claimableBy(String instance, Instant now, Duration lease) {
        if (status.finished()) {
            return false;
        }
        boolean leaseExpired = heartbeatAt == null || heartbeatAt.plus(lease).isBefore(now);
        return leaseExpired || instance.equals(owner);
    }

    /** Takes the job for {@code instance}; taking over a job another instance had started is a resume. */
    public void claim(String instance, Instant now, Duration lease) {
        if (!claimableBy(instance, now, lease)) {
            throw new IllegalJobStateException("job " + id + " is " + status + " and held by " + owner);
        }
        if (status != Status.QUEUED && !instance.equals(owner)) {
            resumes++;
        }
        owner = instance;
        heartbeatAt = now;
        runStartedAt = now;
        runStartedDone = done;
    }

    /** The holder stops (a clean shutdown): another instance may take the job at once instead of after the lease. */
    public void release() {
        owner = null;
        heartbeatAt = null;
    }

    public boolean heldBy(String instance) {
        return instance.equals(owner);
    }

    // --- the work

    /** Begins the run: the model version every document will have, and how many documents there are. */
    public void start(String version, long documents, Instant now) {
        requireStatus(Status.QUEUED, "start");
        targetVersion = Objects.requireNonNull(version);
        status = Status.RUNNING;
        total = documents;
        startedAt = now;
        runStartedAt = now;
        runStartedDone = 0;
        heartbeatAt = now;
    }

    /**
     * A page of documents up to {@code lastId} was written. Also while cancelling: the page was written
     * before the worker saw the cancel.
     */
    public void advance(String lastId, int count, Instant now) {
        if (status != Status.RUNNING && status != Status.CANCELLING) {
            throw new IllegalJobStateException("job " + id + " is " + status + ": it cannot advance");
        }
        if (checkpoint != null && lastId.compareTo(checkpoint) <= 0) {
            throw new IllegalArgumentException("documents are visited in ascending id order: " + lastId
                    + " does not come after " + checkpoint);
        }
        checkpoint = lastId;
        done += count;
        // documents created after the count also match; the total then grows so progress stays <= 100 %
        total = Math.max(total, done);
        heartbeatAt = now;
    }

    public void heartbeat(Instant now) {
        heartbeatAt = now;
    }

    /** No document is left after the checkpoint. */
    public void finish(Instant now) {
        requireStatus(Status.RUNNING, "finish");
        status = Status.DONE;
        end(now);
    }

    /** An operator's cancel: a queued job stops at once, a running one after its current page. */
    public void cancel(Instant now) {
        switch (status) {
            case QUEUED -> {
                status = Status.CANCELLED;
                end(now);
            }
            case RUNNING -> status = Status.CANCELLING;
            case CANCELLING -> {
                // asked twice: still stopping
            }
            default -> throw new IllegalJobStateException("job " + id + " is already " + status
                    + "; only a queued or running job can be cancelled");
        }
    }

    /** The worker stopped between pages as asked. */
    public void cancelled(Instant now) {
        requireStatus(Status.CANCELLING, "confirm the cancel of");
        status = Status.CANCELLED;
        end(now);
    }

    public void fail(String reason, Instant now) {
        if (status.finished()) {
            throw new IllegalJobStateException("job " + id + " is already " + status);
        }
        status = Status.FAILED;
        error = reason;
        end(now);
    }

    private void end(Instant now) {
        finishedAt = now;
        owner = null;
        heartbeatAt = null;
    }

    private void requireStatus(Status expected, String action) {
        if (status != expected) {
            throw new IllegalJobStateException("cannot " + action + " job " + id + ": it is " + status);
        }
    }

    // --- progress

    /** Share of the documents done, 0 to 1 (1 for a finished job with nothing to do). */
    public double progress() {
        if (total == 0) {
            return status == Status.DONE ? 1 : 0;
        }
        return Math.min(1, (double) done / total);
    }

    /** Documents per second since this run began (the last start or takeover; time lost in a crash does not count). */
    public double rate(Instant now) {
        if (status != Status.RUNNING || runStartedAt == null) {
            return 0;
        }
        double seconds = Duration.between(runStartedAt, now).toMillis() / 1000.0;
        return seconds <= 0 ? 0 : (done - runStartedDone) / seconds;
    }

    /** Time left at the rate so far; empty while there is no rate to go by. */
    public Optional<Duration> eta(Instant now) {
        double rate = rate(now);
        if (rate <= 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis(Math.round(Math.max(0, total - done) / rate * 1000)));
    }

    /** The stored version this object was read at or last saved as. */
    public long version() {
        return version;
    }

    /** After a successful save. */
    public void saved(long newVersion) {
        this.version = newVersion;
    }

    public UUID id() {
        return id;
    }

    public String indexAlias() {
        return indexAlias;
    }

    public Scope scope() {
        return scope;
    }

    public Optional<String> product() {
        return Optional.ofNullable(product);
    }

    public Optional<String> targetVersion() {
        return Optional.ofNullable(targetVersion);
    }

    public Status status() {
        return status;
    }

    public long total() {
        return total;
    }

    public long done() {
        return done;
    }

    public Optional<String> checkpoint() {
        return Optional.ofNullable(checkpoint);
    }

    public int resumes() {
        return resumes;
    }

    public Optional<String> error() {
        return Optional.ofNullable(error);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> startedAt() {
        return Optional.ofNullable(startedAt);
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }
}
