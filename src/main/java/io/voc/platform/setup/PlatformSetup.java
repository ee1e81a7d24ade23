package io.voc.platform.setup;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import io.voc.platform.Failures;
import org.jboss.logging.Logger;

/**
 * Runs every {@link SetupStep} in the background at start, each retried with back-off until it
 * succeeds. The app serves its health page meanwhile; readiness stays DOWN until all are done.
 */
@ApplicationScoped
public class PlatformSetup {
    private static final Logger LOG = Logger.getLogger(PlatformSetup.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private final List<SetupStep> steps;
    private final Map<String, String> pending = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    PlatformSetup(@Any Instance<SetupStep> steps) {
        this.steps = steps.stream().toList();
        this.steps.forEach(s -> pending.put(s.name(), "not started"));
    }

    void start(@Observes StartupEvent event) {
        for (SetupStep step : steps) {
            Thread thread = new Thread(() -> runUntilDone(step), "voc-setup-" + step.name());
            thread.setDaemon(true);
            thread.start();
        }
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** Steps not yet done, with the last error of each. Empty when the platform is prepared. */
    public Map<String, String> pending() {
        return Map.copyOf(pending);
    }

    /** Whether one step is done, for work that needs only that dependency prepared. */
    public boolean isDone(String step) {
        return !pending.containsKey(step);
    }

    private void runUntilDone(SetupStep step) {
        Duration backoff = Duration.ofMillis(500);
        while (!stopping) {
            try {
                step.run();
                pending.remove(step.name());
                LOG.infof("Setup step %s done", step.name());
                return;
            } catch (Exception e) {
                String reason = Failures.describe(e);
                pending.put(step.name(), reason);
                LOG.warnf("Setup step %s failed (%s); retrying in %d ms", step.name(), reason, backoff.toMillis());
            }
            try {
                Thread.sleep(backoff.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        }
    }

}
