package io.voc.experiment.infrastructure;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.voc.experiment.application.ExperimentsUnavailableException;
import io.voc.experiment.application.ResultNotices;
import io.voc.platform.persistence.Blocking;
import io.voc.platform.persistence.SqlStates;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * Notices in {@code experiment_notice} (V15): the row's primary key is the claim. Of any number of instances
 * inserting the same signal at once, PostgreSQL lets exactly one make the row; the claim commits before the
 * alert is raised, so an instance dying in between loses that card rather than anyone sending it twice.
 */
@ApplicationScoped
class PostgresResultNotices implements ResultNotices {
    private static final Blocking POSTGRES = Blocking.failingWith(ExperimentsUnavailableException::new);
    private static final String CLAIM = """
            insert into experiment_notice (experiment_id, phase, signal, noticed_at)
            values (:experiment, :phase, :signal, :at)
            on conflict (experiment_id, phase, signal) do nothing
            """;
    private static final String ANNOUNCED = """
            update experiment_notice set alert_id = :alert
            where experiment_id = :experiment and phase = :phase and signal = :signal
            """;

    @Override
    public boolean claim(UUID experimentId, int phase, String signal) {
        return POSTGRES.await(() -> Panache.withTransaction(() -> Panache.getSession()
                        .chain(session -> session.createNativeQuery(CLAIM)
                                .setParameter("experiment", experimentId)
                                .setParameter("phase", phase)
                                .setParameter("signal", signal)
                                .setParameter("at", Instant.now())
                                .executeUpdate()))
                .map(inserted -> inserted == 1)
                // the experiment was deleted meanwhile: nothing to announce
                .onFailure(failure -> SqlStates.is(failure, SqlStates.FOREIGN_KEY_VIOLATION)).recoverWithItem(false));
    }

    @Override
    public void announced(UUID experimentId, int phase, String signal, UUID alertId) {
        POSTGRES.await(() -> Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(ANNOUNCED)
                        .setParameter("alert", alertId)
                        .setParameter("experiment", experimentId)
                        .setParameter("phase", phase)
                        .setParameter("signal", signal)
                        .executeUpdate())
                .replaceWithVoid()));
    }
}
