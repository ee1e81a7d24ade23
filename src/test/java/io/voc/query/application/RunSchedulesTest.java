package io.voc.query.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.voc.account.application.PasswordHasher;
import io.voc.account.application.Users;
import io.voc.account.model.Role;
import io.voc.card.application.Alerts;
import io.voc.card.application.RaiseAlert;
import io.voc.card.model.Alert;
import io.voc.feedback.model.ProductKey;
import io.voc.feedback.model.ProductScope;
import io.voc.query.model.AlertCondition;
import io.voc.query.model.CronSchedule;
import io.voc.query.model.QuerySchedule;
import io.voc.query.model.QueryUser;
import io.voc.query.model.SavedQuery;
import io.voc.support.SignedIn;
import io.voc.support.TestStack;
import jakarta.inject.Inject;
import java.time.Instant;
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
 * Running due schedules against the real stores and Elasticsearch: a condition that holds raises one alert
 * linking to the query, once per slot however often the instance looks; one that does not is recorded as not
 * fired with its numbers; one that cannot become an alert is recorded as failed. The clock is set in 2020, before
 * any other schedule in the shared database was made, so only this test's schedules are due.
 */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class RunSchedulesTest {
    private static final Instant MADE = Instant.parse("2020-01-06T09:30:00Z");
    private static final Instant NOW = Instant.parse("2020-01-06T10:00:30Z");
    private static final Instant SLOT = Instant.parse("2020-01-06T10:00:00Z");

    @Inject
    RunSchedules run;
    @Inject
    SavedQueries queries;
    @Inject
    QuerySchedules schedules;
    @Inject
    Alerts alerts;
    @Inject
    ScheduleClaims claims;
    @Inject
    QueryDefinitionCheck definitions;
    @Inject
    QueryExecutor executor;
    @Inject
    RaiseAlert raiseAlert;
    @Inject
    Users users;
    @Inject
    PasswordHasher hasher;

    // the shared database keeps no schedule of ours: an app running against it later would run them
    private final List<UUID> made = new ArrayList<>();

    @AfterEach
    void deleteTheQueries() {
        made.forEach(queries::delete);
    }

    @Test
    void aConditionThatHoldsRaisesOneAlertPerSlot() {
        String product = "sched-" + UUID.randomUUID().toString().substring(0, 8);
        QuerySchedule schedule = schedule("{\"filters\":{\"product\":\"" + product + "\"},\"period\":{\"last\":\"7d\"}}",
                AlertCondition.of("count", "<=", 0.0, null));

        RunOutcome outcome = ranFor(run.runDue(NOW), schedule);
        assertEquals(RunOutcome.Kind.FIRED, outcome.kind(), String.valueOf(outcome.error()));
        assertEquals(0.0, outcome.current(), "no feedback of this product");
        Alert alert = alerts.find(outcome.alertId()).orElseThrow().alert();
        assertEquals(new ProductKey(product), alert.product());
        assertEquals("/queries/" + schedule.queryId(), alert.state().link());

        assertTrue(run.runDue(NOW).stream().noneMatch(r -> r.scheduleId().equals(schedule.id())),
                "the slot ran: looking again runs nothing");
        assertTrue(run.runDue(NOW.plusSeconds(1_800)).stream().noneMatch(r -> r.scheduleId().equals(schedule.id())),
                "still the same slot half an hour later");
    }

    @Test
    void twoInstancesLookingAtOnceRunASlotOnce() throws Exception {
        // a second instance in this JVM: its own name in the claims, the same PostgreSQL and Elasticsearch
        RunSchedules other = new RunSchedules(schedules, claims, queries, definitions, executor, users, raiseAlert);
        Instant now = NOW.plusSeconds(3_600); // the 11:00 slot: the other tests' schedules ran 10:00 at most
        String product = "sched-" + UUID.randomUUID().toString().substring(0, 8);
        QuerySchedule schedule = schedule("{\"filters\":{\"product\":\"" + product + "\"}}",
                AlertCondition.of("count", "<=", 0.0, null));
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier together = new CyclicBarrier(2);
            Future<List<RunSchedules.Ran>> a = instances.submit(() -> {
                together.await(10, TimeUnit.SECONDS);
                return run.runDue(now);
            });
            Future<List<RunSchedules.Ran>> b = instances.submit(() -> {
                together.await(10, TimeUnit.SECONDS);
                return other.runDue(now);
            });
            List<RunSchedules.Ran> both = new ArrayList<>(a.get(60, TimeUnit.SECONDS));
            both.addAll(b.get(60, TimeUnit.SECONDS));
            List<RunSchedules.Ran> mine = both.stream().filter(r -> r.scheduleId().equals(schedule.id())).toList();
            assertEquals(1, mine.size(), "one of the two ran it: " + both);
            assertEquals(RunOutcome.Kind.FIRED, mine.get(0).outcome().kind());
        } finally {
            instances.shutdownNow();
        }
    }

    @Test
    void aConditionThatDoesNotHoldIsRecordedWithItsNumbers() {
        String product = "sched-" + UUID.randomUUID().toString().substring(0, 8);
        QuerySchedule schedule = schedule("{\"filters\":{\"product\":\"" + product + "\"},\"period\":{\"last\":\"7d\"}}",
                AlertCondition.of("count", ">=", 1.0, "7d"));
        RunOutcome outcome = ranFor(run.runDue(NOW), schedule);
        assertEquals(RunOutcome.Kind.NOT_FIRED, outcome.kind(), String.valueOf(outcome.error()));
        assertEquals(0.0, outcome.current());
        assertEquals(0.0, outcome.previous(), "the same query a week earlier");
        assertNull(outcome.alertId());
    }

    @Test
    void anAlertNeedsTheQueryToNameOneProduct() {
        QuerySchedule schedule = schedule("{\"text\":\"zzqx-" + UUID.randomUUID() + "\"}",
                AlertCondition.of("count", "<=", 0.0, null));
        RunOutcome outcome = ranFor(run.runDue(NOW), schedule);
        assertEquals(RunOutcome.Kind.FAILED, outcome.kind());
        assertTrue(outcome.error().contains("one product"), outcome.error());
    }

    private QuerySchedule schedule(String definition, AlertCondition condition) {
        SignedIn.ensureAdmin();
        String owner = SignedIn.newUser(users, hasher, "sched", Role.ANALYST, ProductScope.allProducts());
        QueryUser me = new QueryUser(owner, Role.ANALYST, false);
        SavedQuery.Created query = SavedQuery.create(me, "Scheduled", null, definition, null, MADE);
        assertTrue(queries.add(query.query(), query.firstVersion()));
        made.add(query.query().id());
        QuerySchedule schedule = QuerySchedule.create(me, query.query(), CronSchedule.of("0 * * * *", null),
                condition, MADE);
        schedules.add(schedule);
        return schedule;
    }

    private static RunOutcome ranFor(List<RunSchedules.Ran> ran, QuerySchedule schedule) {
        List<RunSchedules.Ran> mine = ran.stream().filter(r -> r.scheduleId().equals(schedule.id())).toList();
        assertEquals(1, mine.size(), "ran once: " + ran);
        assertEquals(SLOT, mine.get(0).slot());
        return mine.get(0).outcome();
    }
}
