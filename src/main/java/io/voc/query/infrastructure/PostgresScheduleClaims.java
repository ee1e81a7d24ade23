package io.voc.query.infrastructure;

import static io.voc.query.infrastructure.PostgresQuerySchedules.POSTGRES;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.voc.query.application.RunOutcome;
import io.voc.query.application.ScheduleClaims;
import io.voc.platform.persistence.SqlStates;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * Claims in {@code query_schedule_run}: the row's primary key (schedule_id, slot) is the lease. Of any number
 * of instances inserting the same slot at once, PostgreSQL lets exactly one insert a row; the others' "on
 * conflict do nothing" inserts none, and that count is the answer (V9 explains why a crash loses the slot
 * rather than running it twice). The claim commits on its own, before the query runs.
 */
@ApplicationScoped
class PostgresScheduleClaims implements ScheduleClaims {
    private static final String CLAIM = """
            insert into query_schedule_run (schedule_id, slot, claimed_by, claimed_at)
            values (:schedule, :slot, :instance, :at)
            on conflict (schedule_id, slot) do nothing
            """;
    private static final String FINISH = """
            update query_schedule_run
            set outcome = :outcome, finished_at = :at, current_value = :current, previous_value = :previous,
                alert_id = :alert, error = :error
            where schedule_id = :schedule and slot = :slot and outcome is null
            """;
    private static final int MAX_ERROR = 2_000;

    @Override
    public boolean claim(UUID scheduleId, Instant slot, String instance) {
        return POSTGRES.await(() -> Panache.withTransaction(() -> Panache.getSession()
                        .chain(session -> session.createNativeQuery(CLAIM)
                                .setParameter("schedule", scheduleId)
                                .setParameter("slot", slot)
                                .setParameter("instance", instance)
                                .setParameter("at", Instant.now())
                                .executeUpdate()))
                .map(inserted -> inserted == 1)
                // the schedule was deleted meanwhile: there is nothing to run
                .onFailure(failure -> SqlStates.is(failure, SqlStates.FOREIGN_KEY_VIOLATION)).recoverWithItem(false));
    }

    @Override
    public void finish(UUID scheduleId, Instant slot, RunOutcome outcome) {
        String error = outcome.error() == null || outcome.error().length() <= MAX_ERROR ? outcome.error()
                : outcome.error().substring(0, MAX_ERROR);
        POSTGRES.await(() -> Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(FINISH)
                        .setParameter("outcome", outcome.kind().name())
                        .setParameter("at", outcome.at())
                        .setParameter("current", outcome.current())
                        .setParameter("previous", outcome.previous())
                        .setParameter("alert", outcome.alertId())
                        .setParameter("error", error)
                        .setParameter("schedule", scheduleId)
                        .setParameter("slot", slot)
                        .executeUpdate())
                .replaceWithVoid()));
    }
}
