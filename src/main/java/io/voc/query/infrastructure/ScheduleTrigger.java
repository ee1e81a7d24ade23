package io.voc.query.infrastructure;

import io.quarkus.scheduler.Scheduled;
import io.voc.platform.VocConfig;
import io.voc.query.application.RunSchedules;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Every 30 s, on every instance, runs the saved queries' schedules whose slot has come; the claims in
 * PostgreSQL make each slot run on one instance only. A slot is thus run at most 30 s (plus the run before it)
 * late. Off in tests: schedules other tests leave in the shared database must not fire there.
 */
@ApplicationScoped
class ScheduleTrigger {
    private static final Logger LOG = Logger.getLogger(ScheduleTrigger.class);

    private final RunSchedules runSchedules;
    private final boolean enabled;

    ScheduleTrigger(RunSchedules runSchedules, VocConfig config) {
        this.runSchedules = runSchedules;
        this.enabled = config.schedules().enabled();
    }

    @Scheduled(every = "30s", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void runDue() {
        if (!enabled) {
            return;
        }
        try {
            runSchedules.runDue(Instant.now());
        } catch (RuntimeException e) {
            // PostgreSQL away: the next round tries again; a slot not claimed yet is still due then
            LOG.warnf("running the saved queries' schedules failed: %s", e.getMessage());
        }
    }
}
