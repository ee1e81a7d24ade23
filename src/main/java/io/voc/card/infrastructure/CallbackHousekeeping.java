package io.voc.card.infrastructure;

import static io.voc.card.infrastructure.PostgresChannels.POSTGRES;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.voc.platform.model.DependencyUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Forgets callbacks applied more than {@link #KEEP} ago. Providers repeat a callback within minutes, and a
 * signed callback older than 5 minutes is refused anyway, so older ids guard against nothing; this keeps
 * {@code card_callback} small. Any instance may run it; two at once are harmless.
 */
@ApplicationScoped
class CallbackHousekeeping {
    static final Duration KEEP = Duration.ofDays(3);
    private static final Logger LOG = Logger.getLogger(CallbackHousekeeping.class);

    @Scheduled(every = "1h", delayed = "7m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOldCallbacks() {
        try {
            Instant before = Instant.now().minus(KEEP);
            int deleted = POSTGRES.await(() -> Panache.withTransaction(() -> Panache.getSession()
                    .chain(session -> session.createNativeQuery("delete from card_callback where received_at < :before")
                            .setParameter("before", before)
                            .executeUpdate())));
            if (deleted > 0) {
                LOG.infof("Forgot %d card callbacks older than %s", deleted, KEEP);
            }
        } catch (DependencyUnavailableException e) {
            LOG.debugf("Callback housekeeping skipped: %s", e.getMessage());
        }
    }
}
