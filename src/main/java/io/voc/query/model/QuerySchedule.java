package io.voc.query.model;

import io.voc.account.model.NotAllowedException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A saved query run on a cron schedule, alerting when its condition holds. Who may schedule is who may
 * change the query (its owner, admins): a schedule runs as the query's owner, so it must be theirs to set up.
 * A schedule is due from the first slot after it was made - never for one that passed before it existed - and
 * only while enabled.
 */
public final class QuerySchedule {
    private final UUID id;
    private final UUID queryId;
    private final CronSchedule cron;
    private final AlertCondition condition;
    private final boolean enabled;
    private final Instant createdAt;
    private final String createdBy;

    /** The stored state of a schedule. */
    public record State(UUID id, UUID queryId, CronSchedule cron, AlertCondition condition, boolean enabled,
            Instant createdAt, String createdBy) {
    }

    private QuerySchedule(State s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.queryId = Objects.requireNonNull(s.queryId(), "queryId");
        this.cron = Objects.requireNonNull(s.cron(), "cron");
        this.condition = Objects.requireNonNull(s.condition(), "condition");
        this.enabled = s.enabled();
        this.createdAt = Objects.requireNonNull(s.createdAt(), "createdAt");
        this.createdBy = Objects.requireNonNull(s.createdBy(), "createdBy");
    }

    /** A new, enabled schedule of {@code query}, set up by {@code by} (its owner or an admin). */
    public static QuerySchedule create(QueryUser by, SavedQuery query, CronSchedule cron, AlertCondition condition,
            Instant at) {
        if (!query.mayChange(by)) {
            throw new NotAllowedException("only its owner (" + query.owner() + ") or an admin may schedule the "
                    + "saved query '" + query.name() + "'");
        }
        return new QuerySchedule(new State(UUID.randomUUID(), query.id(), cron, condition, true, at, by.username()));
    }

    public static QuerySchedule restore(State state) {
        return new QuerySchedule(state);
    }

    public State state() {
        return new State(id, queryId, cron, condition, enabled, createdAt, createdBy);
    }

    /**
     * The slot to run at {@code now}: the latest one not after it, if the schedule is enabled and the slot
     * came after the schedule was made. Whether it already ran is for the claims to say.
     */
    public Optional<Instant> dueSlot(Instant now) {
        if (!enabled) {
            return Optional.empty();
        }
        return cron.slotAt(now).filter(slot -> slot.isAfter(createdAt));
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
