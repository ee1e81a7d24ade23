package io.voc.query.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.voc.account.model.NotAllowedException;
import io.voc.account.model.Role;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who may schedule a saved query, and which slot a schedule is due for. */
class QueryScheduleTest {
    private static final QueryUser OWNER = new QueryUser("olga", Role.ANALYST, false);
    private static final Instant MADE = Instant.parse("2026-11-26T10:15:00Z");
    private static final AlertCondition OVER_50 = AlertCondition.of("count", ">", 50.0, null);

    @Test
    void onlyTheOwnerOrAnAdminSchedulesAQuery() {
        SavedQuery query = SavedQuery.create(OWNER, "Crashes", null, "{}",
                Visibility.of(java.util.List.of(Role.ANALYST), java.util.List.of()), MADE).query();
        QueryUser colleague = new QueryUser("carl", Role.ANALYST, false);
        assertThrows(NotAllowedException.class, () -> QuerySchedule.create(colleague, query, hourly(), OVER_50, MADE),
                "shared with them is reading and running, not scheduling as the owner");
        QuerySchedule byAdmin = QuerySchedule.create(new QueryUser("root", Role.ADMIN, true), query, hourly(),
                OVER_50, MADE);
        assertEquals(query.id(), byAdmin.queryId());
        assertTrue(byAdmin.enabled());
    }

    @Test
    void aScheduleIsDueFromTheFirstSlotAfterItWasMade() {
        QuerySchedule schedule = QuerySchedule.create(OWNER, query(), hourly(), OVER_50, MADE);
        assertEquals(Optional.empty(), schedule.dueSlot(Instant.parse("2026-11-26T10:59:00Z")),
                "10:00 passed before it existed");
        assertEquals(Optional.of(Instant.parse("2026-11-26T11:00:00Z")),
                schedule.dueSlot(Instant.parse("2026-11-26T11:00:10Z")));
        assertEquals(Optional.of(Instant.parse("2026-11-26T11:00:00Z")),
                schedule.dueSlot(Instant.parse("2026-11-26T11:59:59Z")), "the same slot until the next one");

    }

    @Test
    void aScheduleSwitchedBackOnSkipsTheSlotsItMissedWhileOff() {
        SavedQuery query = query();
        QuerySchedule schedule = QuerySchedule.create(OWNER, query, hourly(), OVER_50, MADE);
        QuerySchedule off = schedule.switchedOn(false, OWNER, query, Instant.parse("2026-11-26T10:30:00Z"));
        assertFalse(off.enabled());
        assertEquals(Optional.empty(), off.dueSlot(Instant.parse("2026-11-26T11:00:10Z")));

        QuerySchedule on = off.switchedOn(true, OWNER, query, Instant.parse("2026-11-26T11:20:00Z"));
        assertEquals(Optional.empty(), on.dueSlot(Instant.parse("2026-11-26T11:20:05Z")),
                "11:00 passed while it was off: switching it on does not run it late");
        assertEquals(Optional.of(Instant.parse("2026-11-26T12:00:00Z")),
                on.dueSlot(Instant.parse("2026-11-26T12:00:10Z")));
        assertEquals(on.state(), on.switchedOn(true, OWNER, query, Instant.parse("2026-11-26T12:30:00Z")).state(),
                "switching on a schedule that is on changes nothing");
    }

    @Test
    void onlyTheOwnerOrAnAdminSwitchesAScheduleOff() {
        SavedQuery query = SavedQuery.create(OWNER, "Crashes", null, "{}",
                Visibility.of(java.util.List.of(Role.ANALYST), java.util.List.of()), MADE).query();
        QuerySchedule schedule = QuerySchedule.create(OWNER, query, hourly(), OVER_50, MADE);
        NotAllowedException refused = assertThrows(NotAllowedException.class,
                () -> schedule.switchedOn(false, new QueryUser("carl", Role.ANALYST, false), query, MADE));
        assertTrue(refused.getMessage().contains("olga"), refused.getMessage());
        assertFalse(schedule.switchedOn(false, new QueryUser("root", Role.ADMIN, true), query, MADE).enabled());
    }

    @Test
    void anEvaluationSaysWhetherItFires() {
        QuerySchedule schedule = QuerySchedule.create(OWNER, query(), hourly(), OVER_50, MADE);
        Instant slot = Instant.parse("2026-11-26T11:00:00Z");
        QuerySchedule.Evaluation fired = schedule.evaluate(slot, 51.0, null);
        assertTrue(fired.fires());
        assertEquals(schedule.id(), fired.scheduleId());
        assertFalse(schedule.evaluate(slot, 12.0, null).fires());
    }

    private static SavedQuery query() {
        return SavedQuery.create(OWNER, "Crashes", null, "{}", Visibility.PRIVATE, MADE).query();
    }

    private static CronSchedule hourly() {
        return CronSchedule.of("0 * * * *", null);
    }
}
