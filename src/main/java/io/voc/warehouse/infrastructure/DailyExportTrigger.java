package io.voc.warehouse.infrastructure;

import io.quarkus.scheduler.Scheduled;
import io.voc.platform.VocConfig;
import io.voc.platform.setup.PlatformSetup;
import io.voc.platform.setup.SetupStep;
import io.voc.warehouse.application.ScheduleDailyExport;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Every minute, on every instance with a warehouse, queues the daily export once it is due; the store lets one
 * run per day through. Off with {@code voc.warehouse.export.daily=false} (and in tests, which queue runs
 * themselves).
 */
@ApplicationScoped
class DailyExportTrigger {
    private static final Logger LOG = Logger.getLogger(DailyExportTrigger.class);

    private final ScheduleDailyExport schedule;
    private final PlatformSetup setup;
    private final boolean enabled;

    DailyExportTrigger(ScheduleDailyExport schedule, PlatformSetup setup, HiveWarehouse warehouse, VocConfig config) {
        this.schedule = schedule;
        this.setup = setup;
        this.enabled = warehouse.configured() && config.warehouse().export().daily();
    }

    @Scheduled(every = "60s", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void queueDue() {
        if (!enabled || !setup.isDone(SetupStep.POSTGRESQL_SCHEMA)) {
            return;
        }
        try {
            schedule.queueIfDue(Instant.now()).ifPresent(run -> LOG.infof(
                    "Daily warehouse export queued: %s to %s (run %s)", run.from(), run.to(), run.id()));
        } catch (RuntimeException e) {
            LOG.warnf("Queueing the daily warehouse export failed (tried again in a minute): %s", e.getMessage());
        }
    }
}
