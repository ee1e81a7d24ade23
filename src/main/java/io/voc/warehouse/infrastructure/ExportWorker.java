package io.voc.warehouse.infrastructure;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.voc.platform.VocConfig;
import io.voc.platform.jobs.PollingWorker;
import io.voc.platform.setup.PlatformSetup;
import io.voc.warehouse.application.ExportRuns;
import io.voc.warehouse.application.RunExport;
import io.voc.warehouse.model.ExportRun;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Every instance with a warehouse looks for export work every few seconds: a queued run, or one whose holder has
 * not renewed its lease for 30 s (it crashed or was killed: the run resumes from its last day here). Claiming is a
 * conditional save, so of several instances exactly one gets a run.
 */
@ApplicationScoped
class ExportWorker {
    private static final Logger LOG = Logger.getLogger(ExportWorker.class);
    /** A holder renews the lease with every day and every 10 s within a day; 30 s of silence means it is gone. */
    static final Duration LEASE = Duration.ofSeconds(30);

    private final ExportRuns runs;
    private final RunExport runner;
    private final HiveWarehouse warehouse;
    private final String database;
    private final String instance = ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
    private final PollingWorker worker;

    ExportWorker(ExportRuns runs, RunExport runner, PlatformSetup setup, HiveWarehouse warehouse, VocConfig config) {
        this.runs = runs;
        this.runner = runner;
        this.warehouse = warehouse;
        this.database = config.warehouse().database();
        this.worker = new PollingWorker("voc-warehouse-export", Duration.ofSeconds(2), setup, LOG, this::workNextRun);
    }

    void start(@Observes StartupEvent event) {
        if (!warehouse.configured()) {
            LOG.info("No warehouse configured (voc.warehouse.url): exports are not run on this instance");
            return;
        }
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        // a statement in flight may take longer: the lease then lapses and another instance resumes
        worker.stop(Duration.ofSeconds(15));
    }

    /** Takes the oldest run this instance may work and runs it; nothing when there is none. */
    private void workNextRun() {
        for (ExportRun run : runs.unfinished(database)) {
            Instant now = Instant.now();
            if (!run.claimableBy(instance, now, LEASE)) {
                continue;
            }
            run.claim(instance, now, LEASE);
            if (runs.save(run)) {
                runner.run(run, instance, worker::running);
                return;
            }
            // another instance (or a cancel) was quicker: look at the next one
        }
    }
}
