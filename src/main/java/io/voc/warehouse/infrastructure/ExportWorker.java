package io.voc.warehouse.infrastructure;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.voc.platform.Failures;
import io.voc.platform.VocConfig;
import io.voc.platform.setup.PlatformSetup;
import io.voc.platform.setup.SetupStep;
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
    private static final Duration LOOK_EVERY = Duration.ofSeconds(2);
    private static final Duration AFTER_FAILURE = Duration.ofSeconds(5);

    private final ExportRuns runs;
    private final RunExport runner;
    private final PlatformSetup setup;
    private final HiveWarehouse warehouse;
    private final String database;
    private final String instance = ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
    private volatile boolean running;
    private Thread thread;
    private String lastFailure;

    ExportWorker(ExportRuns runs, RunExport runner, PlatformSetup setup, HiveWarehouse warehouse, VocConfig config) {
        this.runs = runs;
        this.runner = runner;
        this.setup = setup;
        this.warehouse = warehouse;
        this.database = config.warehouse().database();
    }

    void start(@Observes StartupEvent event) {
        if (!warehouse.configured()) {
            LOG.info("No warehouse configured (voc.warehouse.url): exports are not run on this instance");
            return;
        }
        running = true;
        thread = new Thread(this::run, "voc-warehouse-export");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.join(15_000); // a statement in flight may take longer: the lease then lapses and another resumes
        }
    }

    private void run() {
        try {
            while (running && !(setup.isDone(SetupStep.POSTGRESQL_SCHEMA) && setup.isDone(SetupStep.ELASTICSEARCH_INDEX))) {
                Thread.sleep(500);
            }
            while (running) {
                Duration pause = LOOK_EVERY;
                try {
                    workNextRun();
                    lastFailure = null;
                } catch (RuntimeException e) {
                    String failure = Failures.describe(e);
                    if (!failure.equals(lastFailure)) { // once per distinct problem, not every few seconds
                        LOG.warnf("Warehouse export worker: %s; trying again every %d s", failure, AFTER_FAILURE.toSeconds());
                        lastFailure = failure;
                    }
                    pause = AFTER_FAILURE;
                }
                long until = System.currentTimeMillis() + pause.toMillis();
                while (running && System.currentTimeMillis() < until) {
                    Thread.sleep(100);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
                runner.run(run, instance, () -> running);
                return;
            }
            // another instance (or a cancel) was quicker: look at the next one
        }
    }
}
