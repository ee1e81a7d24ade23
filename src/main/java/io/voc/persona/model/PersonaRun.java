package io.voc.persona.model;

import io.voc.platform.model.IllegalJobStateException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One build of the personas, as a job: read the window's feedback (progress: feedback read), cluster and store a
 * new version, then mark every feedback of the version's users with their persona (progress: users marked). An
 * instance that takes over a run whose holder stopped resumes it: marking goes on after the users already marked;
 * an unfinished reading is done again (the same data and seed give the same personas).
 */
public final class PersonaRun {

    public enum Status {
        QUEUED, RUNNING, DONE, FAILED;

        public boolean finished() {
            return this == DONE || this == FAILED;
        }
    }

    public enum Phase {
        READING, CLUSTERING, MARKING
    }

    /** What to build: the seed, the range of persona counts to choose from, and the window of feedback. */
    public record Spec(long seed, int kMin, int kMax, Instant from, Instant to) {
        public static final int MAX_K = 20;

        public Spec {
            if (kMin < 2 || kMax < kMin || kMax > MAX_K) {
                throw new io.voc.platform.model.InvalidInputException("kMin",
                        "the number of personas ranges within 2 to " + MAX_K + ", kMin <= kMax (got " + kMin + " to " + kMax + ")");
            }
            if (!from.isBefore(to)) {
                throw new io.voc.platform.model.InvalidInputException("to", "the window must end after it starts");
            }
        }
    }

    /** The stored state of a run, as the repository reads it back. */
    public record State(UUID id, Spec spec, String requestedBy, Instant createdAt, Status status, Phase phase,
            long read, long toRead, long marked, long toMark, Long version, int resumes, String owner,
            Instant heartbeatAt, String error, Instant startedAt, Instant finishedAt) {
    }

    private final UUID id;
    private final Spec spec;
    private final String requestedBy;
    private final Instant createdAt;
    private Status status;
    private Phase phase;
    private long read;
    private long toRead;
    private long marked;
    private long toMark;
    private Long version;
    private final int resumes;
    private final String owner;
    private Instant heartbeatAt;
    private String error;
    private final Instant startedAt;
    private Instant finishedAt;

    private PersonaRun(State s) {
        this.id = Objects.requireNonNull(s.id());
        this.spec = Objects.requireNonNull(s.spec());
        this.requestedBy = s.requestedBy();
        this.createdAt = Objects.requireNonNull(s.createdAt());
        this.status = Objects.requireNonNull(s.status());
        this.phase = s.phase();
        this.read = s.read();
        this.toRead = s.toRead();
        this.marked = s.marked();
        this.toMark = s.toMark();
        this.version = s.version();
        this.resumes = s.resumes();
        this.owner = s.owner();
        this.heartbeatAt = s.heartbeatAt();
        this.error = s.error();
        this.startedAt = s.startedAt();
        this.finishedAt = s.finishedAt();
    }

    public static PersonaRun queue(Spec spec, String requestedBy, Instant now) {
        return new PersonaRun(new State(UUID.randomUUID(), spec, requestedBy, now, Status.QUEUED, null, 0, 0, 0, 0,
                null, 0, null, null, null, null, null));
    }

    public static PersonaRun restore(State state) {
        return new PersonaRun(state);
    }

    public State state() {
        return new State(id, spec, requestedBy, createdAt, status, phase, read, toRead, marked, toMark, version,
                resumes, owner, heartbeatAt, error, startedAt, finishedAt);
    }

    /** Where a run taken by a worker begins: marking goes on if a version was stored, else reading starts over. */
    public void begin(Instant now) {
        requireRunning();
        if (phase != Phase.MARKING) {
            phase = Phase.READING;
            read = 0;
        }
        heartbeatAt = now;
    }

    public void reading(long readSoFar, long total, Instant now) {
        requirePhase(Phase.READING);
        read = readSoFar;
        toRead = Math.max(total, readSoFar);
        heartbeatAt = now;
    }

    public void clustering(Instant now) {
        requirePhase(Phase.READING);
        phase = Phase.CLUSTERING;
        heartbeatAt = now;
    }

    /** The personas were stored as {@code storedVersion}; their {@code users} are to be marked. */
    public void stored(long storedVersion, long users, Instant now) {
        requirePhase(Phase.CLUSTERING);
        version = storedVersion;
        phase = Phase.MARKING;
        marked = 0;
        toMark = users;
        heartbeatAt = now;
    }

    public void marked(long markedSoFar, Instant now) {
        requirePhase(Phase.MARKING);
        marked = markedSoFar;
        heartbeatAt = now;
    }

    public void finish(Instant now) {
        requirePhase(Phase.MARKING);
        status = Status.DONE;
        finishedAt = now;
    }

    public void fail(String reason, Instant now) {
        if (status.finished()) {
            throw new IllegalJobStateException("persona run " + id + " is already " + status);
        }
        status = Status.FAILED;
        error = reason;
        finishedAt = now;
    }

    /** 0 to 1: reading is the first half, marking the second (clustering takes seconds). */
    public double progress() {
        if (status == Status.DONE) {
            return 1;
        }
        if (phase == null) {
            return 0;
        }
        return switch (phase) {
            case READING -> toRead == 0 ? 0 : 0.5 * read / toRead;
            case CLUSTERING -> 0.5;
            case MARKING -> 0.5 + (toMark == 0 ? 0.5 : 0.5 * marked / toMark);
        };
    }

    private void requireRunning() {
        if (status != Status.RUNNING) {
            throw new IllegalJobStateException("persona run " + id + " is " + status + ", not running");
        }
    }

    private void requirePhase(Phase expected) {
        requireRunning();
        if (phase != expected) {
            throw new IllegalJobStateException("persona run " + id + " is " + phase + ", not " + expected);
        }
    }

    public UUID id() {
        return id;
    }

    public Spec spec() {
        return spec;
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

    public Optional<Phase> phase() {
        return Optional.ofNullable(phase);
    }

    public long read() {
        return read;
    }

    public long toRead() {
        return toRead;
    }

    public long marked() {
        return marked;
    }

    public long toMark() {
        return toMark;
    }

    public Optional<Long> version() {
        return Optional.ofNullable(version);
    }

    public int resumes() {
        return resumes;
    }

    public Optional<String> owner() {
        return Optional.ofNullable(owner);
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
