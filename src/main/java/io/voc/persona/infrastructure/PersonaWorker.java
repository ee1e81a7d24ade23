package io.voc.persona.infrastructure;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.voc.persona.application.PersonaRuns;
import io.voc.persona.application.RunPersonas;
import io.voc.persona.model.PersonaRun;
import io.voc.platform.Failures;
import io.voc.platform.setup.PlatformSetup;
import io.voc.platform.setup.SetupStep;
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
    private static final Duration LOOK_EVERY = Duration.ofSeconds(2);

    private final PersonaRuns runs;
    private final RunPersonas runner;
    private final PlatformSetup setup;
    private final String instance = ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
    private volatile boolean running;
    private Thread thread;
    private String lastFailure;

    PersonaWorker(PersonaRuns runs, RunPersonas runner, PlatformSetup setup) {
        this.runs = runs;
        this.runner = runner;
        this.setup = setup;
    }

    void start(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::run, "voc-personas");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.join(10_000);
        }
    }

    private void run() {
        try {
            while (running) {
                if (setup.isDone(SetupStep.POSTGRESQL_SCHEMA) && setup.isDone(SetupStep.ELASTICSEARCH_INDEX)) {
                    try {
                        Optional<PersonaRun> run = runs.take(instance, Instant.now(), LEASE);
                        run.ifPresent(r -> runner.run(r, instance, () -> running));
                        lastFailure = null;
                    } catch (RuntimeException e) {
                        String failure = Failures.describe(e);
                        if (!failure.equals(lastFailure)) {
                            LOG.warnf("Persona worker: %s; trying again", failure);
                            lastFailure = failure;
                        }
                    }
                }
                Thread.sleep(LOOK_EVERY.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
