package io.voc.query.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.voc.account.model.Role;
import io.voc.query.application.QuerySchedules;
import io.voc.query.application.RunOutcome;
import io.voc.query.application.SavedQueries;
import io.voc.query.application.ScheduleClaims;
import io.voc.query.model.AlertCondition;
import io.voc.query.model.CronSchedule;
import io.voc.query.model.QuerySchedule;
import io.voc.query.model.QueryUser;
import io.voc.query.model.SavedQuery;
import io.voc.support.TestStack;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The lease in PostgreSQL: of instances claiming the same slot at the same moment exactly one gets it, every
 * time; a slot once claimed is never granted again (a restart, a late instance); schedules are read back as
 * saved and go with their query.
 */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class PostgresScheduleClaimsTest {
    private static final int INSTANCES = 4;
    private static final int ROUNDS = 50;

    @Inject
    SavedQueries queries;
    @Inject
    QuerySchedules schedules;
    @Inject
    ScheduleClaims claims;

    // the shared database keeps no schedule of ours: an app running against it later would run them
    private final List<UUID> made = new ArrayList<>();

    @AfterEach
    void deleteTheQueries() {
        made.forEach(queries::delete);
    }

    @Test
    void ofInstancesClaimingTheSameSlotAtOnceExactlyOneGetsIt() throws Exception {
        QuerySchedule schedule = schedule();
        Instant first = Instant.parse("2026-11-26T10:00:00Z");
        ExecutorService instances = Executors.newFixedThreadPool(INSTANCES);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Instant slot = first.plus(round, ChronoUnit.MINUTES);
                CyclicBarrier together = new CyclicBarrier(INSTANCES);
                List<Future<Boolean>> answers = new ArrayList<>();
                for (int i = 0; i < INSTANCES; i++) {
                    String instance = "instance-" + i;
                    answers.add(instances.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        return claims.claim(schedule.id(), slot, instance);
                    }));
                }
                int granted = 0;
                for (Future<Boolean> answer : answers) {
                    granted += answer.get(30, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertEquals(1, granted, "slot " + slot);
            }
        } finally {
            instances.shutdownNow();
        }
        assertEquals(ROUNDS, runs(schedule.id()), "one row per slot");
    }

    @Test
    void aClaimedSlotIsNeverGrantedAgainAndItsOutcomeIsKept() {
        QuerySchedule schedule = schedule();
        Instant slot = Instant.parse("2026-11-26T08:00:00Z");
        assertTrue(claims.claim(schedule.id(), slot, "a"));
        assertFalse(claims.claim(schedule.id(), slot, "a"), "not even to the same instance after a restart");
        assertFalse(claims.claim(schedule.id(), slot, "b"));
        assertTrue(claims.claim(schedule.id(), slot.plus(1, ChronoUnit.HOURS), "b"), "the next slot is free");

        UUID alert = UUID.randomUUID();
        Instant done = Instant.now().truncatedTo(ChronoUnit.MICROS);
        claims.finish(schedule.id(), slot, RunOutcome.fired(61.0, null, alert, done));
        Object[] row = row(schedule.id(), slot);
        assertEquals("FIRED", row[0]);
        assertEquals(61.0, row[1]);
        assertEquals(alert, row[2]);
        // a finished slot is not overwritten (a confused second finish changes nothing)
        claims.finish(schedule.id(), slot, RunOutcome.failed("late", done));
        assertEquals("FIRED", row(schedule.id(), slot)[0]);
    }

    @Test
    void aDeletedScheduleCannotBeClaimedAndGoesWithItsQuery() {
        QuerySchedule schedule = schedule();
        assertEquals(schedule.state(), schedules.find(schedule.id()).orElseThrow().state(), "read back as saved");
        assertTrue(schedules.enabled().stream().anyMatch(s -> s.id().equals(schedule.id())));
        assertFalse(schedules.delete(UUID.randomUUID(), schedule.id()), "only through its own query");
        assertTrue(claims.claim(schedule.id(), Instant.parse("2026-11-26T09:00:00Z"), "a"));

        assertTrue(queries.delete(schedule.queryId()));
        assertTrue(schedules.find(schedule.id()).isEmpty(), "deleted with its query");
        assertEquals(0, runs(schedule.id()), "and its runs with it");
        assertFalse(claims.claim(schedule.id(), Instant.parse("2026-11-26T10:00:00Z"), "a"), "nothing to run");
    }

    private QuerySchedule schedule() {
        QueryUser owner = new QueryUser("owner-" + UUID.randomUUID().toString().substring(0, 8), Role.ANALYST, false);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        SavedQuery.Created query = SavedQuery.create(owner, "Crashes", null, "{\"text\":\"crash\"}", null, now);
        assertTrue(queries.add(query.query(), query.firstVersion()));
        made.add(query.query().id());
        QuerySchedule schedule = QuerySchedule.create(owner, query.query(), CronSchedule.of("* * * * *", "Europe/Berlin"),
                AlertCondition.of("share_negative", ">=", 0.1, "7d"), now);
        schedules.add(schedule);
        return schedule;
    }

    private static long runs(UUID scheduleId) {
        return PostgresQuerySchedules.POSTGRES.await(() -> Panache.withSession(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery("select count(*) from query_schedule_run where schedule_id = :id",
                        Long.class).setParameter("id", scheduleId).getSingleResult())));
    }

    private static Object[] row(UUID scheduleId, Instant slot) {
        return PostgresQuerySchedules.POSTGRES.await(() -> Panache.withSession(() -> Panache.getSession()
                .chain(s -> s.createNativeQuery("select outcome, current_value, alert_id from query_schedule_run "
                        + "where schedule_id = :id and slot = :slot", Object[].class)
                        .setParameter("id", scheduleId).setParameter("slot", slot).getSingleResult())));
    }
}
