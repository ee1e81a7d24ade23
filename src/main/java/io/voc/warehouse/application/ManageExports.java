package io.voc.warehouse.application;

import io.voc.platform.VocConfig;
import io.voc.platform.model.IllegalJobStateException;
import io.voc.platform.model.InvalidInputException;
import io.voc.warehouse.model.DayRange;
import io.voc.warehouse.model.ExportRun;
import io.voc.warehouse.model.ExportedDay;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An operator's side of the warehouse export: backfill a range of days, watch runs, cancel one, and see what the
 * warehouse holds per day. A worker on some instance (ExportWorker) runs queued runs; this class never runs one.
 */
@ApplicationScoped
public class ManageExports {
    public static final int MAX_LIST = 100;
    /** A cancel races with the worker's saves after every day; a few tries always get through. */
    private static final int CANCEL_TRIES = 5;

    private final ExportRuns runs;
    private final String database;

    ManageExports(ExportRuns runs, VocConfig config) {
        this.runs = runs;
        this.database = config.warehouse().database();
    }

    /**
     * Queues the export of the days {@code from} to {@code to} (both included). Days after today are refused:
     * their partitions would be exported before their feedback exists.
     */
    public ExportReport backfill(String from, String to, String requestedBy) {
        DayRange range = DayRange.parse(from, to);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        if (range.last().isAfter(today)) {
            throw new InvalidInputException("to", "to (" + range.last() + ") lies in the future; the last day is "
                    + today + " (UTC)");
        }
        ExportRun run = ExportRun.backfill(database, range, requestedBy, Instant.now());
        runs.add(run);
        return ExportReport.of(run);
    }

    public List<ExportReport> recent(int limit) {
        if (limit < 1 || limit > MAX_LIST) {
            throw new InvalidInputException("limit", "limit must be between 1 and " + MAX_LIST + " (got " + limit + ")");
        }
        return runs.recent(database, limit).stream().map(ExportReport::of).toList();
    }

    public Optional<ExportReport> get(String id) {
        return find(id).map(ExportReport::of);
    }

    /**
     * Cancels a queued run at once and a running one after its current day (CANCELLING until then).
     *
     * @throws IllegalJobStateException when the run has already finished
     */
    public Optional<ExportReport> cancel(String id) {
        for (int attempt = 1; attempt <= CANCEL_TRIES; attempt++) {
            Optional<ExportRun> found = find(id);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            ExportRun run = found.get();
            run.cancel(Instant.now());
            if (runs.save(run)) {
                return Optional.of(ExportReport.of(run));
            }
        }
        throw new WarehouseUnavailableException("export " + id + " kept changing while cancelling it", null);
    }

    /** What the warehouse holds for each day of the range that was ever exported. */
    public List<ExportedDay> exportedDays(String from, String to) {
        return runs.exported(database, DayRange.parse(from, to));
    }

    private Optional<ExportRun> find(String id) {
        try {
            return runs.find(UUID.fromString(id)).filter(run -> run.database().equals(database));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // no run has such an id
        }
    }
}
