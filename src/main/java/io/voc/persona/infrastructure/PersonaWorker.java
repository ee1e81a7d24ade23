package io.voc.persona.infrastructure;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.voc.persona.application.PersonaRuns;
import io.voc.persona.application.RunPersonas;
import io.voc.persona.model.PersonaRun;
import io.voc.platform.jobs.PollingWorker;
import io.voc.platform.setup.PlatformSetup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Every instance looks for persona work every few seconds: a queued run, or one whose holder has been silent for
 * a minute (it stopped: the run resumes here). Clustering holds no heartbeat for its few seconds, hence the long
 * lease.
 */
@ApplicationScoped
class PersonaWorker {
    private static final Logger LOG = Logger.getLogger(PersonaWorker.class);
    static final Duration LEASE = Duration.ofSeconds(60);

    private final PersonaRuns runs;
    private final RunPersonas runner;
    private final String instance = ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
    private final PollingWorker worker;

    PersonaWorker(PersonaRuns runs, RunPersonas runner, PlatformSetup setup) {
        this.runs = runs;
        this.runner = runner;
        this.worker = new PollingWorker("voc-personas", Duration.ofSeconds(2), setup, LOG, this::workNextRun);
    }

    void start(@Observes StartupEvent event) {
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        worker.stop(Duration.ofSeconds(10));
    }

    private void workNextRun() {
        Optional<PersonaRun> run = runs.take(instance, Instant.now(), LEASE);
        run.ifPresent(r -> runner.run(r, instance, worker::running));
    }
}
