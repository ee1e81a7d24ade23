package io.voc.warehouse.application;

import io.voc.warehouse.model.ExportRun;
import java.time.Instant;
import java.time.LocalDate;

/** An export run as operators see it: which days, how far, how many rows, and what went wrong. */
public record ExportReport(String id, String database, String trigger, LocalDate from, LocalDate to,
        String requestedBy, String status, long days, long daysDone, double percent, LocalDate lastDayDone,
        long rows, int resumes, String error, Instant createdAt, Instant startedAt, Instant finishedAt) {

    public static ExportReport of(ExportRun run) {
        return new ExportReport(run.id().toString(), run.database(), run.trigger().name().toLowerCase(),
                run.range().first(), run.range().last(), run.requestedBy().orElse(null), run.status().name(),
                run.range().days(), run.daysDone(), Math.round(run.progress() * 1000) / 10.0,
                run.lastDayDone().orElse(null), run.rows(), run.resumes(), run.error().orElse(null), run.createdAt(),
                run.startedAt().orElse(null), run.finishedAt().orElse(null));
    }
}
