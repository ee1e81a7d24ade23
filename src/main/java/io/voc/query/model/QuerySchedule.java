package io.voc.query.model;

import io.voc.account.model.NotAllowedException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A saved query run on a cron schedule, alerting when its condition holds. Who may schedule is who may
 * change the query (its owner, admins): a schedule runs as the query's owner, so it must be theirs to set up,
 * switch off and on. A schedule is due only while enabled, and from the first slot after it was made or last
 * switched on ({@code activeSince}): never for a slot that passed before it existed or while it was off, so
 * switching a schedule back on does not replay the alert it was switched off to silence.
 */
public final class QuerySchedule {
    private final UUID id;
    private final UUID queryId;
    private final CronSchedule cron;
    private final AlertCondition condition;
    private final boolean enabled;
    private final Instant activeSince;
    private final Instant createdAt;
    private final String createdBy;

    /** The stored state of a schedule. */
    public record State(UUID id, UUID queryId, CronSchedule cron, AlertCondition condition, boolean enabled,
            Instant activeSince, Instant createdAt, String createdBy) {
    }

    private QuerySchedule(State s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.queryId = Objects.requireNonNull(s.queryId(), "queryId");
        this.cron = Objects.requireNonNull(s.cron(), "cron");
        this.condition = Objects.requireNonNull(s.condition(), "condition");
        this.enabled = s.enabled();
        this.activeSince = Objects.requireNonNull(s.activeSince(), "activeSince");
        this.createdAt = Objects.requireNonNull(s.createdAt(), "createdAt");
        this.createdBy = Objects.requireNonNull(s.createdBy(), "createdBy");
    }

    /** A new, enabled schedule of {@code query}, set up by {@code by} (its owner or an admin). */
    public static QuerySchedule create(QueryUser by, SavedQuery query, CronSchedule cron, AlertCondition condition,
            Instant at) {
        requireMayChange(by, query, "schedule");
        return new QuerySchedule(new State(UUID.randomUUID(), query.id(), cron, condition, true, at, at,
                by.username()));
    }

    public static QuerySchedule restore(State state) {
        return new QuerySchedule(state);
    }

    public State state() {
        return new State(id, queryId, cron, condition, enabled, activeSince, createdAt, createdBy);
    }

    /**
     * This schedule switched on ({@code true}) or off by {@code by}, at {@code at}; unchanged if it already is.
     * Switched on, it is due again from the first slot after {@code at}.
     */
    public QuerySchedule switchedOn(boolean on, QueryUser by, SavedQuery query, Instant at) {
        if (!query.id().equals(queryId)) {
            throw new IllegalArgumentException("schedule " + id + " belongs to another query");
        }
        requireMayChange(by, query, on ? "switch on a schedule of" : "switch off a schedule of");
        if (on == enabled) {
            return this;
        }
        return new QuerySchedule(new State(id, queryId, cron, condition, on, on ? at : activeSince, createdAt,
                createdBy));
    }

    private static void requireMayChange(QueryUser by, SavedQuery query, String what) {
        if (!query.mayChange(by)) {
            throw new NotAllowedException("only its owner (" + query.owner() + ") or an admin may " + what
                    + " the saved query '" + query.name() + "'");
        }
    }

    /**
     * The slot to run at {@code now}: the latest one not after it, if the schedule is enabled and the slot
     * came after it was made or last switched on. Whether it already ran is for the claims to say.
     */
    public Optional<Instant> dueSlot(Instant now) {
        if (!enabled) {
            return Optional.empty();
        }
        return cron.slotAt(now).filter(slot -> slot.isAfter(activeSince));
    }

    /** What running the query in a slot gave: the number, the one to compare with, and whether it alerts. */
    public Evaluation evaluate(Instant slot, Double current, Double previous) {
        return new Evaluation(id, slot, current, previous, condition.holds(current, previous));
    }

    public record Evaluation(UUID scheduleId, Instant slot, Double current, Double previous, boolean fires) {
    }

    public UUID id() {
        return id;
    }

    public UUID queryId() {
        return queryId;
    }

    public CronSchedule cron() {
        return cron;
    }

    public AlertCondition condition() {
        return condition;
    }

    public boolean enabled() {
        return enabled;
    }
}
