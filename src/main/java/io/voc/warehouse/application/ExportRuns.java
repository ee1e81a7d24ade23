package io.voc.warehouse.application;

import io.voc.warehouse.model.DayRange;
import io.voc.warehouse.model.ExportRun;
import io.voc.warehouse.model.ExportedDay;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Export runs and the record of exported days, per warehouse database. Saves are conditional on the version a
 * run was read at: false means another save came first (a cancel, a takeover) and the run must be read again.
 *
 * @throws WarehouseUnavailableException (every method) when the store cannot be reached
 */
public interface ExportRuns {

    /** Adds a new run; false (and nothing added) when it is the daily run of a day that already has one. */
    boolean add(ExportRun run);

    Optional<ExportRun> find(UUID id);

    /** Newest first. */
    List<ExportRun> recent(String database, int limit);

    /** Queued and running runs, oldest first. */
    List<ExportRun> unfinished(String database);

    boolean save(ExportRun run);

    /** Saves the run together with the day it just exported: the record and the checkpoint never disagree. */
    boolean save(ExportRun run, ExportedDay day);

    /** What the warehouse holds for the days of {@code range} that were ever exported, in day order. */
    List<ExportedDay> exported(String database, DayRange range);
}
