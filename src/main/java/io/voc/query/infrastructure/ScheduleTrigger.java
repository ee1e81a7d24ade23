package io.voc.query.infrastructure;

import io.quarkus.scheduler.Scheduled;
import io.voc.platform.VocConfig;
import io.voc.platform.setup.PlatformSetup;
import io.voc.platform.setup.SetupStep;
import io.voc.query.application.RunSchedules;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Every {@code voc.schedules.poll-every} (30 s), on every instance, runs the saved queries' schedules whose slot
 * has come; the claims in PostgreSQL make each slot run on one instance only. A slot is thus run at most that
 * long (plus the run before it) late. Off in tests: schedules other tests leave in the shared database must not
 * fire there. Nothing runs before this instance's schema migration is done: on a fresh database the first polls
 * would only fail on missing tables.
 */
@ApplicationScoped
class ScheduleTrigger {
    private static final Logger LOG = Logger.getLogger(ScheduleTrigger.class);

    private final RunSchedules runSchedules;
    private final PlatformSetup setup;
    private final boolean enabled;

    ScheduleTrigger(RunSchedules runSchedules, PlatformSetup setup, VocConfig config) {
        this.runSchedules = runSchedules;
        this.setup = setup;
        this.enabled = config.schedules().enabled();
    }

    @Scheduled(every = "${voc.schedules.poll-every}", delayed = "${voc.schedules.poll-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void runDue() {
        if (!enabled || !setup.isDone(SetupStep.POSTGRESQL_SCHEMA)) {
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
