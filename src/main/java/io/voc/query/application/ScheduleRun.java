package io.voc.query.application;

import io.voc.query.model.Measured;
import java.time.Instant;
import java.util.UUID;

/**
 * One slot a schedule ran in, as the alert history and a query's page show it.
 *
 * @param condition what the schedule alerts on, in words ("count > 50")
 * @param outcome   fired, not_fired, failed - or unfinished: claimed, and no outcome (running now, or the
 *                  instance that claimed it stopped: that slot is lost, never run twice)
 * @param ranOn     the instance that claimed the slot
 * @param product   the alert's product, and {@code alertStatus} what the team did with it (open,
 *                  acknowledged, ...), when it fired
 */
public record ScheduleRun(UUID queryId, String queryName, UUID scheduleId, String condition, Instant slot,
        String outcome, Double current, Double previous, String error, String ranOn, Instant finishedAt,
        UUID alertId, String product, String alertStatus) {

    public static final String UNFINISHED = "unfinished";

    public String currentShown() {
        return Measured.format(current);
    }

    public String previousShown() {
        return Measured.format(previous);
    }
}
