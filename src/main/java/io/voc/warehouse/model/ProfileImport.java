package io.voc.warehouse.model;

import io.voc.platform.model.IllegalJobStateException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One refresh of the user profiles from the warehouse: every row of the profile table is read; valid ones are
 * stored, the others are counted and the first {@value #KEPT_REJECTIONS} kept with their reason (the rest of a
 * broken table says the same); profiles no longer in the table are removed at the end. Rows are stored as they
 * are read, so a crash leaves the store as current as the rows read, and the next refresh completes it.
 */
public final class ProfileImport {
    public static final int KEPT_REJECTIONS = 20;

    public enum Status {
        QUEUED, RUNNING, DONE, FAILED;

        public boolean finished() {
            return this == DONE || this == FAILED;
        }
    }

    /** A row of the profile table that is no profile: its user id (when it has one) and what is wrong. */
    public record Rejection(String userId, String reason) {
    }

    /** The stored state of an import, as the repository reads it back. */
    public record State(UUID id, String slot, String requestedBy, Instant createdAt, Status status, String owner,
            Instant startedAt, Instant heartbeatAt, Instant finishedAt, long read, long imported, long removed,
            long rejected, List<Rejection> rejections, String error) {
    }

    private final UUID id;
    private final String slot;
    private final String requestedBy;
    private final Instant createdAt;
    private Status status;
    private String owner;
    private Instant startedAt;
    private Instant heartbeatAt;
    private Instant finishedAt;
    private long read;
    private long imported;
    private long removed;
    private long rejected;
    private final List<Rejection> rejections;
    private String error;

    private ProfileImport(State s) {
        this.id = Objects.requireNonNull(s.id());
        this.slot = Objects.requireNonNull(s.slot());
        this.requestedBy = s.requestedBy();
        this.createdAt = Objects.requireNonNull(s.createdAt());
        this.status = Objects.requireNonNull(s.status());
        this.owner = s.owner();
        this.startedAt = s.startedAt();
        this.heartbeatAt = s.heartbeatAt();
        this.finishedAt = s.finishedAt();
        this.read = s.read();
        this.imported = s.imported();
        this.removed = s.removed();
        this.rejected = s.rejected();
        this.rejections = new ArrayList<>(s.rejections() == null ? List.of() : s.rejections());
        this.error = s.error();
    }

    /** An operator asks for a refresh now; a worker takes it within moments. */
    public static ProfileImport requested(String requestedBy, Instant now) {
        UUID id = UUID.randomUUID();
        return new ProfileImport(new State(id, "requested:" + id, requestedBy, now, Status.QUEUED, null, null, null,
                null, 0, 0, 0, 0, List.of(), null));
    }

    /**
     * The scheduled refresh of a period ({@code slot}, e.g. the number of the 6-hour period since 1970): one per
     * slot whatever the number of instances, taken by the instance that creates it.
     */
    public static ProfileImport scheduled(String slot, String owner, Instant now) {
        ProfileImport run = new ProfileImport(new State(UUID.randomUUID(), "scheduled:" + slot, null, now,
                Status.QUEUED, null, null, null, null, 0, 0, 0, 0, List.of(), null));
        run.start(owner, now);
        return run;
    }

    public static ProfileImport restore(State state) {
        return new ProfileImport(state);
    }

    public State state() {
        return new State(id, slot, requestedBy, createdAt, status, owner, startedAt, heartbeatAt, finishedAt, read,
                imported, removed, rejected, List.copyOf(rejections), error);
    }

    public void start(String instance, Instant now) {
        if (status != Status.QUEUED) {
            throw new IllegalJobStateException("profile import " + id + " is " + status + ": it cannot start");
        }
        status = Status.RUNNING;
        owner = Objects.requireNonNull(instance);
        startedAt = now;
        heartbeatAt = now;
    }

    /** A batch of rows was read: {@code stored} of them are now in the store, the rest were rejected. */
    public void progressed(int stored, List<Rejection> batchRejections, Instant now) {
        requireRunning();
        imported += stored;
        rejected += batchRejections.size();
        read += stored + batchRejections.size();
        for (Rejection r : batchRejections) {
            if (rejections.size() < KEPT_REJECTIONS) {
                rejections.add(r);
            }
        }
        heartbeatAt = now;
    }

    /** Every row was read; {@code gone} profiles no longer in the table were removed. */
    public void finish(long gone, Instant now) {
        requireRunning();
        removed = gone;
        status = Status.DONE;
        finishedAt = now;
    }

    public void fail(String reason, Instant now) {
        if (status.finished()) {
            throw new IllegalJobStateException("profile import " + id + " is already " + status);
        }
        status = Status.FAILED;
        error = reason;
        finishedAt = now;
    }

    /** A running import whose instance went silent (it stopped mid-way); its rows read so far stay stored. */
    public boolean abandoned(Instant now, java.time.Duration silence) {
        return status == Status.RUNNING && heartbeatAt != null && heartbeatAt.plus(silence).isBefore(now);
    }

    private void requireRunning() {
        if (status != Status.RUNNING) {
            throw new IllegalJobStateException("profile import " + id + " is " + status + ", not running");
        }
    }

    public UUID id() {
        return id;
    }

    public String slot() {
        return slot;
    }

    public Optional<String> requestedBy() {
        return Optional.ofNullable(requestedBy);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Status status() {
        return status;
    }

    public Optional<String> owner() {
        return Optional.ofNullable(owner);
    }

    public Optional<Instant> startedAt() {
        return Optional.ofNullable(startedAt);
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }

    public long read() {
        return read;
    }

    public long imported() {
        return imported;
    }

    public long removed() {
        return removed;
    }

    public long rejected() {
        return rejected;
    }

    public List<Rejection> rejections() {
        return List.copyOf(rejections);
    }

    public Optional<String> error() {
        return Optional.ofNullable(error);
    }
}
