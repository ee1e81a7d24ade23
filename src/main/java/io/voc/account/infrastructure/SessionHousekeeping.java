package io.voc.account.infrastructure;

import io.quarkus.scheduler.Scheduled;
import io.voc.account.application.BrowserSessions;
import io.voc.platform.model.DependencyUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Deletes sessions that can no longer be used (expired, or idle too long). They would be refused
 * anyway; this keeps the table small. Any instance may run it; running it twice at once is harmless.
 */
@ApplicationScoped
class SessionHousekeeping {
    private static final Logger LOG = Logger.getLogger(SessionHousekeeping.class);

    private final BrowserSessions sessions;

    SessionHousekeeping(BrowserSessions sessions) {
        this.sessions = sessions;
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetEndedSessions() {
        try {
            int deleted = sessions.forgetEnded();
            if (deleted > 0) {
                LOG.infof("Deleted %d ended browser sessions", deleted);
            }
        } catch (DependencyUnavailableException e) {
            LOG.debugf("Session housekeeping skipped: %s", e.getMessage());
        }
    }
}
