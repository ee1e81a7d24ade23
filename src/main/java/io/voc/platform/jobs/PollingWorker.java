package io.voc.platform.jobs;

import io.voc.platform.Failures;
import io.voc.platform.setup.PlatformSetup;
import io.voc.platform.setup.SetupStep;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * The thread of a background worker that looks for work every few seconds (a queued job, one whose holder went
 * silent), once the schema and the index are set up. A failure (a store away) is logged once per distinct
 * problem, not with every look, and the next look comes a little later. {@link #stop} lets the work in hand
 * finish its step: the worker's {@code keepGoing} turns false.
 */
public final class PollingWorker {
    private static final Duration AFTER_FAILURE = Duration.ofSeconds(5);

    private final String name;
    private final Runnable lookForWork;
    private final PlatformSetup setup;
    private final Duration every;
    private final Logger log;
    private volatile boolean running;
    private Thread thread;
    private String lastFailure;

    /** {@code lookForWork}: takes one piece of work if there is one and does it; it may check {@link #running}. */
    public PollingWorker(String name, Duration every, PlatformSetup setup, Logger log, Runnable lookForWork) {
        this.name = name;
        this.every = every;
        this.setup = setup;
        this.log = log;
        this.lookForWork = lookForWork;
    }

    public void start() {
        running = true;
        thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Asks the worker to stop and waits up to {@code grace} for the step in hand. */
    public void stop(Duration grace) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.join(grace.toMillis());
        }
    }

    /** False once the worker is asked to stop: work in hand ends its step and returns. */
    public boolean running() {
        return running;
    }

    private void run() {
        while (running && !(setup.isDone(SetupStep.POSTGRESQL_SCHEMA) && setup.isDone(SetupStep.ELASTICSEARCH_INDEX))) {
            Pause.whileGoing(Duration.ofMillis(500), this::running);
        }
        while (running) {
            Duration pause = every;
            try {
                lookForWork.run();
                lastFailure = null;
            } catch (RuntimeException e) {
                String failure = Failures.describe(e);
                if (!failure.equals(lastFailure)) {
                    log.warnf("%s: %s; trying again every %d s", name, failure, AFTER_FAILURE.toSeconds());
                    lastFailure = failure;
                }
                pause = AFTER_FAILURE;
            }
            Pause.whileGoing(pause, this::running);
        }
    }
}
