package io.voc.query.application;

/**
 * A schedule as asked for: when ({@code cron}, {@code timeZone}, default UTC) and on what condition
 * ({@code metric op value}, compared over {@code changeOver} or not). Checked by the model.
 */
public record NewSchedule(String cron, String timeZone, String metric, String op, Double value, String changeOver) {
}
