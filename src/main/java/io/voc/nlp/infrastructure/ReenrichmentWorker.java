package io.voc.nlp.infrastructure;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.voc.nlp.application.DocumentsToReenrich;
import io.voc.nlp.application.ReenrichmentJobs;
import io.voc.nlp.application.RunReenrichmentJob;
import io.voc.nlp.model.ReenrichmentJob;
import io.voc.platform.Failures;
import io.voc.platform.setup.PlatformSetup;
import io.voc.platform.setup.SetupStep;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Every instance looks for re-enrichment work every few seconds: a queued job, or one whose holder has
 * not renewed its lease for 30 s (it crashed or was killed: the job resumes from its checkpoint here).
 * Claiming is a conditional save, so of several instances exactly one gets a job.
 */
@ApplicationScoped
class ReenrichmentWorker {
    private static final Logger LOG = Logger.getLogger(ReenrichmentWorker.class);
    /** A holder renews the lease with every page (1-2 s); 30 s of silence means it is gone. */
    static final Duration LEASE = Duration.ofSeconds(30);
    private static final Duration LOOK_EVERY = Duration.ofSeconds(2);
    private static final Duration AFTER_FAILURE = Duration.ofSeconds(5);

    private final ReenrichmentJobs jobs;
    private final DocumentsToReenrich documents;
    private final RunReenrichmentJob runner;
    private final PlatformSetup setup;
    /** Unique per process: a restarted instance is a new holder, so its takeover counts as a resume. */
    private final String instance = ProcessHandle.current().pid() + "@" + host() + "/"
            + UUID.randomUUID().toString().substring(0, 8);
    private volatile boolean running;
    private Thread thread;
    private String lastFailure;

    ReenrichmentWorker(ReenrichmentJobs jobs, DocumentsToReenrich documents, RunReenrichmentJob runner,
            PlatformSetup setup) {
        this.jobs = jobs;
        this.documents = documents;
        this.runner = runner;
        this.setup = setup;
    }

    void start(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::run, "voc-reenrichment");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.join(15_000); // the page in flight finishes, then the lease is released
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
                    workNextJob();
                    lastFailure = null;
                } catch (RuntimeException e) {
                    String failure = Failures.describe(e);
                    if (!failure.equals(lastFailure)) { // once per distinct problem, not every few seconds
                        LOG.warnf("Re-enrichment worker: %s; trying again every %d s", failure, AFTER_FAILURE.toSeconds());
                        lastFailure = failure;
                    }
                    pause = AFTER_FAILURE;
                }
                sleep(pause);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Takes the oldest job this instance may work and runs it; nothing when there is none. */
    private void workNextJob() {
        for (ReenrichmentJob job : jobs.unfinished(documents.location())) {
            Instant now = Instant.now();
            if (!job.claimableBy(instance, now, LEASE)) {
                continue;
            }
            job.claim(instance, now, LEASE);
            if (jobs.save(job)) {
                runner.run(job, instance, () -> running);
                return;
            }
            // another instance (or a cancel) was quicker: look at the next one
        }
    }

    private void sleep(Duration pause) throws InterruptedException {
        long until = System.currentTimeMillis() + pause.toMillis();
        while (running && System.currentTimeMillis() < until) {
            Thread.sleep(100);
        }
    }

    private static String host() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "unknown-host";
        }
    }
}
