package io.voc.nlp.infrastructure;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.voc.nlp.application.DocumentsToReenrich;
import io.voc.nlp.application.ReenrichmentJobs;
import io.voc.nlp.application.RunReenrichmentJob;
import io.voc.nlp.model.ReenrichmentJob;
import io.voc.platform.jobs.PollingWorker;
import io.voc.platform.setup.PlatformSetup;
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

    private final ReenrichmentJobs jobs;
    private final DocumentsToReenrich documents;
    private final RunReenrichmentJob runner;
    /** Unique per process: a restarted instance is a new holder, so its takeover counts as a resume. */
    private final String instance = ProcessHandle.current().pid() + "@" + host() + "/"
            + UUID.randomUUID().toString().substring(0, 8);
    private final PollingWorker worker;

    ReenrichmentWorker(ReenrichmentJobs jobs, DocumentsToReenrich documents, RunReenrichmentJob runner,
            PlatformSetup setup) {
        this.jobs = jobs;
        this.documents = documents;
        this.runner = runner;
        this.worker = new PollingWorker("voc-reenrichment", Duration.ofSeconds(2), setup, LOG, this::workNextJob);
    }

    void start(@Observes StartupEvent event) {
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        worker.stop(Duration.ofSeconds(15)); // the page in flight finishes, then the lease is released
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
                runner.run(job, instance, worker::running);
                return;
            }
            // another instance (or a cancel) was quicker: look at the next one
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
