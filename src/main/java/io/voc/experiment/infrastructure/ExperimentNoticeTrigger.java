package io.voc.experiment.infrastructure;

import io.quarkus.scheduler.Scheduled;
import io.voc.experiment.application.AnnounceExperimentResults;
import io.voc.platform.VocConfig;
import io.voc.platform.setup.PlatformSetup;
import io.voc.platform.setup.SetupStep;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Every {@code voc.experiment-notices.every} (5 min), on every instance, reads the running experiments for news
 * to announce as cards; the notices in PostgreSQL make each announcement happen once. Off in tests: experiments
 * other tests leave in the shared database must not send cards there. Nothing runs before the schema is migrated.
 */
@ApplicationScoped
class ExperimentNoticeTrigger {
    private static final Logger LOG = Logger.getLogger(ExperimentNoticeTrigger.class);

    private final AnnounceExperimentResults announce;
    private final PlatformSetup setup;
    private final boolean enabled;

    ExperimentNoticeTrigger(AnnounceExperimentResults announce, PlatformSetup setup, VocConfig config) {
        this.announce = announce;
        this.setup = setup;
        this.enabled = config.experimentNotices().enabled();
    }

    @Scheduled(every = "${voc.experiment-notices.every}", delayed = "${voc.experiment-notices.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void announceNews() {
        if (!enabled || !setup.isDone(SetupStep.POSTGRESQL_SCHEMA)) {
            return;
        }
        try {
            announce.announceNews().forEach(a -> LOG.infof("experiment %s: announced %s (alert %s)",
                    a.experiment(), a.signal(), a.alertId()));
        } catch (RuntimeException e) {
            LOG.warnf("reading the running experiments for news failed: %s", e.getMessage());
        }
    }
}
