package io.voc.warehouse.application;

import io.voc.feedback.model.ProductScope;
import io.voc.platform.Failures;
import io.voc.platform.jobs.Pause;
import io.voc.search.application.FeedbackScans;
import io.voc.search.model.FeedbackFilter;
import io.voc.search.model.FoundFeedback;
import io.voc.warehouse.model.ExportRun;
import io.voc.warehouse.model.ExportRun.Status;
import io.voc.warehouse.model.ExportedDay;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Works one export run this instance has claimed: day after day, every feedback created that day (UTC) is read
 * from Elasticsearch and replaces the day's partition in the warehouse, then the checkpoint and the record of the
 * day are saved together. After a crash the day in flight is done again, which replaces it once more: nothing is
 * lost and nothing doubled. Cancels are seen between days.
 */
@ApplicationScoped
public class RunExport {
    private static final Logger LOG = Logger.getLogger(RunExport.class);
    static final int PAGE_SIZE = 1_000;
    /** 1+2+4+8 s of retries before a day is given up, well inside the lease. */
    private static final int DAY_ATTEMPTS = 5;
    private static final Duration RENEW_LEASE_AFTER = Duration.ofSeconds(10);

    private final ExportRuns runs;
    private final FeedbackScans scans;
    private final FeedbackTable table;

    RunExport(ExportRuns runs, FeedbackScans scans, FeedbackTable table) {
        this.runs = runs;
        this.scans = scans;
        this.table = table;
    }

    /**
     * Runs the claimed export until it is done, cancelled, taken over, or {@code keepGoing} turns false (then the
     * lease is released, so that the next instance resumes at once). A failure of PostgreSQL propagates: the run
     * keeps its checkpoint and is resumed from there.
     */
    public void run(ExportRun claimed, String instance, BooleanSupplier keepGoing) {
        ExportRun run = claimed;
        if (run.status() == Status.QUEUED) {
            run.start(Instant.now());
            if (!runs.save(run)) {
                return; // cancelled meanwhile; the worker looks again
            }
            LOG.infof("Warehouse export %s started: %s to %s into %s", run.id(), run.range().first(),
                    run.range().last(), run.database());
        } else if (run.status() == Status.RUNNING) {
            LOG.infof("Resuming warehouse export %s after %s (resume %d)", run.id(),
                    run.lastDayDone().map(LocalDate::toString).orElse("(no day yet)"), run.resumes());
        }
        run = work(run, instance, keepGoing);
        if (run != null && !keepGoing.getAsBoolean() && !run.status().finished()) {
            run.release();
            if (runs.save(run)) {
                LOG.infof("Warehouse export %s paused after %s (shutdown); another instance resumes it", run.id(),
                        run.lastDayDone().map(LocalDate::toString).orElse("(no day yet)"));
            }
        }
    }

    /** The day loop; the run as last saved, or null when this instance no longer holds it. */
    private ExportRun work(ExportRun run, String instance, BooleanSupplier keepGoing) {
        int failures = 0;
        boolean prepared = false;
        while (keepGoing.getAsBoolean()) {
            if (run.status() == Status.CANCELLING) {
                run.cancelled(Instant.now());
                if (runs.save(run)) {
                    LOG.infof("Warehouse export %s cancelled after %d of %d days", run.id(), run.daysDone(),
                            run.range().days());
                }
                return run;
            }
            if (run.nextDay().isEmpty()) {
                run.finish(Instant.now());
                if (runs.save(run)) {
                    LOG.infof("Warehouse export %s done: %d days, %d rows", run.id(), run.range().days(), run.rows());
                }
                return run;
            }
            LocalDate day = run.nextDay().get();
            long rows;
            try {
                if (!prepared) {
                    table.prepare(run.database());
                    prepared = true;
                }
                Holder holder = new Holder(run, instance);
                rows = exportDay(holder, day);
                if (holder.run == null) {
                    return null;
                }
                run = holder.run;
                failures = 0;
            } catch (RuntimeException e) {
                failures++;
                if (failures >= DAY_ATTEMPTS) {
                    run.fail("gave up on " + day + " after " + failures + " attempts: " + Failures.describe(e),
                            Instant.now());
                    runs.save(run);
                    LOG.errorf(e, "Warehouse export %s failed", run.id());
                    return run;
                }
                Duration wait = Duration.ofSeconds(1L << (failures - 1));
                LOG.warnf("Warehouse export %s: %s failed (%s); retrying in %d s", run.id(), day, Failures.describe(e),
                        wait.toSeconds());
                Pause.whileGoing(wait, keepGoing);
                continue;
            }
            Instant now = Instant.now();
            run = saveOrRetryOnFresh(run, instance, r -> r.dayExported(day, rows, now));
            if (run == null) {
                return null;
            }
            LOG.infof("Warehouse export %s: %s has %d rows (%d of %d days)", run.id(), day, rows, run.daysDone(),
                    run.range().days());
        }
        return run;
    }

    /** Reads the day from Elasticsearch into a load of its partition; the rows the partition holds now. */
    private long exportDay(Holder holder, LocalDate day) {
        Instant from = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        FeedbackFilter filter = new FeedbackFilter(null, null, from, from.plus(Duration.ofDays(1)),
                ProductScope.allProducts());
        String loadKey = holder.run.id().toString().substring(0, 8) + "_" + day;
        try (FeedbackScans.Scan scan = scans.open(filter, PAGE_SIZE);
                FeedbackTable.DayLoad load = table.replace(holder.run.database(), day, loadKey)) {
            Instant renewed = Instant.now();
            for (List<FoundFeedback> page = scan.nextPage(); !page.isEmpty(); page = scan.nextPage()) {
                page.forEach(load::add);
                if (Duration.between(renewed, Instant.now()).compareTo(RENEW_LEASE_AFTER) > 0) {
                    holder.run = saveOrRetryOnFresh(holder.run, holder.instance, r -> {
                        r.heartbeat(Instant.now());
                        return null;
                    });
                    if (holder.run == null) {
                        return 0; // taken over: the new holder does the day
                    }
                    renewed = Instant.now();
                }
            }
            return load.commit();
        }
    }

    /**
     * Applies the change (which may return the record of an exported day) and saves; when another save came
     * first, applies it again on the stored state if this instance still holds the unfinished run (a cancel: the
     * loop stops after this day). Null when it does not.
     */
    private ExportRun saveOrRetryOnFresh(ExportRun run, String instance, Function<ExportRun, ExportedDay> change) {
        ExportRun current = run;
        for (int attempt = 0; attempt < 2; attempt++) {
            if (attempt > 0) {
                current = runs.find(run.id()).orElse(null);
                if (current == null || !current.heldBy(instance) || current.status().finished()) {
                    LOG.warnf("Warehouse export %s was taken over by another instance; leaving it", run.id());
                    return null;
                }
            }
            ExportedDay day = change.apply(current);
            if (day == null ? runs.save(current) : runs.save(current, day)) {
                return current;
            }
        }
        return null;
    }

    /** The run as this day's work last saved it (a heartbeat may replace it with a fresher copy). */
    private static final class Holder {
        ExportRun run;
        final String instance;

        Holder(ExportRun run, String instance) {
            this.run = run;
            this.instance = instance;
        }
    }
}
