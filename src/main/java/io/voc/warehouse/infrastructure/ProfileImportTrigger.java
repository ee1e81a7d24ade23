package io.voc.warehouse.infrastructure;

import io.quarkus.scheduler.Scheduled;
import io.voc.platform.VocConfig;
import io.voc.platform.setup.PlatformSetup;
import io.voc.platform.setup.SetupStep;
import io.voc.warehouse.application.ImportProfiles;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Every {@code voc.warehouse.profiles.poll-every}, on every instance with a warehouse: runs a requested profile
 * import, or the scheduled refresh of the current period if no instance has yet. Scheduled refreshes are off in
 * tests (they would replace the profiles other tests import).
 */
@ApplicationScoped
class ProfileImportTrigger {
    private static final Logger LOG = Logger.getLogger(ProfileImportTrigger.class);

    private final ImportProfiles importProfiles;
    private final PlatformSetup setup;
    private final boolean enabled;
    private final boolean scheduled;
    private final String instance = ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);

    ProfileImportTrigger(ImportProfiles importProfiles, PlatformSetup setup, HiveWarehouse warehouse, VocConfig config) {
        this.importProfiles = importProfiles;
        this.setup = setup;
        this.enabled = warehouse.configured();
        this.scheduled = config.warehouse().profiles().scheduled();
    }

    @Scheduled(every = "${voc.warehouse.profiles.poll-every}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void runDue() {
        if (!enabled || !setup.isDone(SetupStep.POSTGRESQL_SCHEMA)) {
            return;
        }
        try {
            importProfiles.runDue(instance, Instant.now(), scheduled);
        } catch (RuntimeException e) {
            LOG.warnf("Looking for a due profile import failed (tried again shortly): %s", e.getMessage());
        }
    }
}
