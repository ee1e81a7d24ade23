package io.voc.query.application;

import io.voc.query.model.AlertCondition;
import io.voc.query.model.QuerySchedule;
import java.time.Instant;
import java.util.UUID;

/** A schedule as the API shows it, with its next slot (null for a disabled one). */
public record ScheduleView(UUID id, UUID queryId, Schedule schedule, Condition condition, boolean enabled,
        String summary, Instant nextRun, Instant createdAt, String createdBy) {

    public record Schedule(String cron, String timeZone) {
    }

    /** @param change null, or the window compared against */
    public record Condition(String metric, String op, double value, Change change) {
    }

    public record Change(String over) {
    }

    static ScheduleView of(QuerySchedule schedule, Instant now) {
        QuerySchedule.State s = schedule.state();
        AlertCondition c = s.condition();
        Instant next = s.enabled() ? s.cron().nextAfter(now).orElse(null) : null;
        return new ScheduleView(s.id(), s.queryId(), new Schedule(s.cron().expression(), s.cron().zone().getId()),
                new Condition(c.metric().wireName(), c.op().symbol(), c.value(),
                        c.changeOver() == null ? null : new Change(c.changeOver())),
                s.enabled(), c.describe(), next, s.createdAt(), s.createdBy());
    }
}
