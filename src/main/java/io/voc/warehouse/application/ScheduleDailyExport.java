package io.voc.warehouse.application;

import io.voc.platform.VocConfig;
import io.voc.warehouse.model.ExportRun;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The daily export: once a day after {@code voc.warehouse.export.daily-at} (UTC), the days just past are queued
 * for export. Every instance asks; the runs' store keeps one daily run per day, so exactly one is queued.
 */
@ApplicationScoped
public class ScheduleDailyExport {
    private final ExportRuns runs;
    private final String database;
    private final LocalTime dailyAt;
    private final int lookbackDays;

    ScheduleDailyExport(ExportRuns runs, VocConfig config) {
        this.runs = runs;
        this.database = config.warehouse().database();
        this.dailyAt = config.warehouse().export().dailyAt();
        this.lookbackDays = config.warehouse().export().lookbackDays();
    }

    /** Queues today's daily run when it is due and not queued yet; the run queued by this call, if any. */
    public Optional<ExportReport> queueIfDue(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (LocalTime.ofInstant(now, ZoneOffset.UTC).isBefore(dailyAt)) {
            return Optional.empty();
        }
        ExportRun run = ExportRun.daily(database, today, lookbackDays, now);
        return runs.add(run) ? Optional.of(ExportReport.of(run)) : Optional.empty();
    }
}
