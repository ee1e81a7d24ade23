package io.voc.search.infrastructure;

import io.quarkus.scheduler.Scheduled;
import io.voc.platform.VocConfig;
import io.voc.platform.setup.PlatformSetup;
import io.voc.platform.setup.SetupStep;
import io.voc.search.application.RollUpFeedbackDays;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Every {@code voc.rollups.every} (1 min), on every instance, rolls up again the closed days written to since
 * their roll-up. Instances doing the same day at once write the same document; an overview only uses a
 * roll-up that matches the feedback, so a late or lost run costs speed, never correctness.
 */
@ApplicationScoped
class RollupTrigger {
    private static final Logger LOG = Logger.getLogger(RollupTrigger.class);

    private final RollUpFeedbackDays rollUp;
    private final PlatformSetup setup;
    private final boolean enabled;

    RollupTrigger(RollUpFeedbackDays rollUp, PlatformSetup setup, VocConfig config) {
        this.rollUp = rollUp;
        this.setup = setup;
        this.enabled = config.rollups().enabled();
    }

    @Scheduled(every = "${voc.rollups.every}", delayed = "${voc.rollups.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void rollUp() {
        if (!enabled || !setup.isDone(SetupStep.ELASTICSEARCH_INDEX)) {
            return;
        }
        try {
            rollUp.run();
        } catch (RuntimeException e) {
            LOG.warnf("Rolling up the feedback's days failed (will retry): %s", e.getMessage());
        }
    }
}
