package io.voc.warehouse.model;

import io.voc.platform.model.IllegalJobStateException;
import io.voc.platform.model.Lease;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One export of feedback into the warehouse: the days of a range, one after the other in ascending order, each
 * replacing that day's partition. Replacing is idempotent, so the last day done is a checkpoint from which any
 * instance resumes after a crash, redoing at most the day in flight. The daily schedule queues one run per
 * calendar day ({@code scheduledFor}); an operator's backfill queues runs of any range.
 *
 * <p>One instance works a run at a time ({@link Lease}); {@code version} is the optimistic lock of the stored
 * run: a save that finds another version lost a race (a cancel, a takeover) and must reload.
 */
public final class ExportRun {

    public enum Trigger {
        /** Queued by the daily schedule for the days just past. */
        SCHEDULED,
        /** Asked for by an operator for a range of days. */
        BACKFILL
    }

    public enum Status {
        QUEUED, RUNNING, CANCELLING, CANCELLED, DONE, FAILED;

        public boolean finished() {
            return this == CANCELLED || this == DONE || this == FAILED;
        }
    }

    /** The stored state of a run, as the repository reads it back. */
    public record State(UUID id, String database, DayRange range, Trigger trigger, LocalDate scheduledFor,
            String requestedBy, Instant createdAt, Status status, LocalDate lastDayDone, long rows, int resumes,
            String error, Instant startedAt, Instant finishedAt, Lease lease, long version) {
    }

    private final UUID id;
    private final String database;
    private final DayRange range;
    private final Trigger trigger;
    private final LocalDate scheduledFor;
    private final String requestedBy;
    private final Instant createdAt;
    private Status status;
    private LocalDate lastDayDone;
    private long rows;
    private int resumes;
    private String error;
    private Instant startedAt;
    private Instant finishedAt;
    private Lease lease;
    private long version;

    private ExportRun(State s) {
        this.id = Objects.requireNonNull(s.id());
        this.database = Objects.requireNonNull(s.database());
        this.range = Objects.requireNonNull(s.range());
        this.trigger = Objects.requireNonNull(s.trigger());
        this.scheduledFor = s.scheduledFor();
        this.requestedBy = s.requestedBy();
        this.createdAt = Objects.requireNonNull(s.createdAt());
        this.status = Objects.requireNonNull(s.status());
        this.lastDayDone = s.lastDayDone();
        this.rows = s.rows();
        this.resumes = s.resumes();
        this.error = s.error();
        this.startedAt = s.startedAt();
        this.finishedAt = s.finishedAt();
        this.lease = s.lease() == null ? Lease.NONE : s.lease();
        this.version = s.version();
    }

    /** An operator's export of {@code range} into {@code database}, waiting for a worker. */
    public static ExportRun backfill(String database, DayRange range, String requestedBy, Instant now) {
        return queue(database, range, Trigger.BACKFILL, null, requestedBy, now);
    }

    /**
     * The daily export due on {@code today}: the {@code lookbackDays} days before it, so that feedback that
     * arrived late for a day (offline phones, slow imports) still reaches that day's partition.
     */
    public static ExportRun daily(String database, LocalDate today, int lookbackDays, Instant now) {
        if (lookbackDays < 1) {
            throw new IllegalArgumentException("the daily export looks back at least one day");
        }
        DayRange range = new DayRange(today.minusDays(lookbackDays), today.minusDays(1));
        return queue(database, range, Trigger.SCHEDULED, today, null, now);
    }

    private static ExportRun queue(String database, DayRange range, Trigger trigger, LocalDate scheduledFor,
            String requestedBy, Instant now) {
        return new ExportRun(new State(UUID.randomUUID(), database, range, trigger, scheduledFor, requestedBy, now,
                Status.QUEUED, null, 0, 0, null, null, null, Lease.NONE, 0));
    }

    public static ExportRun restore(State state) {
        return new ExportRun(state);
    }

    public State state() {
        return new State(id, database, range, trigger, scheduledFor, requestedBy, createdAt, status, lastDayDone, rows,
                resumes, error, startedAt, finishedAt, lease, version);
    }

    // --- the lease

    public boolean claimableBy(String instance, Instant now, Duration length) {
        return !status.finished() && lease.takeableBy(instance, now, length);
    }

    /** Takes the run for {@code instance}; taking over a run another instance had started is a resume. */
    public void claim(String instance, Instant now, Duration length) {
        if (!claimableBy(instance, now, length)) {
            throw new IllegalJobStateException("export " + id + " is " + status + " and held by " + lease.owner());
        }
        if (status != Status.QUEUED && !lease.heldBy(instance)) {
            resumes++;
        }
        lease = Lease.of(instance, now);
    }

    /** The holder stops (a clean shutdown): another instance may go on at once instead of after the lease. */
    public void release() {
        lease = Lease.NONE;
    }

    public boolean heldBy(String instance) {
        return lease.heldBy(instance);
    }

    public void heartbeat(Instant now) {
        lease = lease.renewed(now);
    }

    // --- the work

    public void start(Instant now) {
        requireStatus(Status.QUEUED, "start");
        status = Status.RUNNING;
        startedAt = now;
        lease = lease.renewed(now);
    }

    /** The day to export next; empty when every day of the range is done. */
    public Optional<LocalDate> nextDay() {
        return range.after(lastDayDone);
    }

    /**
     * The next day's partition now holds {@code dayRows} feedback: the record of it, to keep with the run's
     * checkpoint. Also while cancelling (the day was written before the worker saw the cancel).
     */
    public ExportedDay dayExported(LocalDate day, long dayRows, Instant now) {
        if (status != Status.RUNNING && status != Status.CANCELLING) {
            throw new IllegalJobStateException("export " + id + " is " + status + ": it cannot export a day");
        }
        LocalDate expected = nextDay().orElseThrow(() -> new IllegalJobStateException(
                "export " + id + " has exported all of " + range.first() + " to " + range.last()));
        if (!day.equals(expected)) {
            throw new IllegalArgumentException("days are exported in order: " + expected + " is next, not " + day);
        }
        lastDayDone = day;
        rows += dayRows;
        lease = lease.renewed(now);
        return new ExportedDay(day, dayRows, now, id);
    }

    /** Every day is exported. */
    public void finish(Instant now) {
        requireStatus(Status.RUNNING, "finish");
        if (nextDay().isPresent()) {
            throw new IllegalJobStateException("export " + id + " still has " + nextDay().get() + " to do");
        }
        status = Status.DONE;
        end(now);
    }

    /** An operator's cancel: a queued run stops at once, a running one after its current day. */
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
            default -> throw new IllegalJobStateException("export " + id + " is already " + status
                    + "; only a queued or running export can be cancelled");
        }
    }

    /** The worker stopped between days as asked. */
    public void cancelled(Instant now) {
        requireStatus(Status.CANCELLING, "confirm the cancel of");
        status = Status.CANCELLED;
        end(now);
    }

    public void fail(String reason, Instant now) {
        if (status.finished()) {
            throw new IllegalJobStateException("export " + id + " is already " + status);
        }
        status = Status.FAILED;
        error = reason;
        end(now);
    }

    private void end(Instant now) {
        finishedAt = now;
        lease = Lease.NONE;
    }

    private void requireStatus(Status expected, String action) {
        if (status != expected) {
            throw new IllegalJobStateException("cannot " + action + " export " + id + ": it is " + status);
        }
    }

    // --- progress

    public long daysDone() {
        return lastDayDone == null ? 0 : ChronoUnit.DAYS.between(range.first(), lastDayDone) + 1;
    }

    /** Share of the days done, 0 to 1. */
    public double progress() {
        return (double) daysDone() / range.days();
    }

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

    public String database() {
        return database;
    }

    public DayRange range() {
        return range;
    }

    public Trigger trigger() {
        return trigger;
    }

    public Optional<LocalDate> scheduledFor() {
        return Optional.ofNullable(scheduledFor);
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

    public Optional<LocalDate> lastDayDone() {
        return Optional.ofNullable(lastDayDone);
    }

    public long rows() {
        return rows;
    }

    public int resumes() {
        return resumes;
    }

    public Optional<String> error() {
        return Optional.ofNullable(error);
    }

    public Optional<Instant> startedAt() {
        return Optional.ofNullable(startedAt);
    }

    public Optional<Instant> finishedAt() {
        return Optional.ofNullable(finishedAt);
    }
}
