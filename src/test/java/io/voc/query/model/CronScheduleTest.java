package io.voc.query.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.voc.platform.model.InvalidInputException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Cron expressions as a schedule reads them: which are refused, and which slot an instant is in. */
class CronScheduleTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "not a cron", "* * * *", "0 8 * * * *", "61 * * * *", "0 25 * * *",
            "0 8 32 * *", "0 8 * 13 *", "0 8 * * 8", "0 8 * * mon-", "*/0 * * * *", "0 8 ? * *x", "0 0 30 2 *"})
    void aBrokenExpressionIsRefusedNamingTheCron(String expression) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CronSchedule.of(expression, null));
        assertEquals("schedule.cron", e.field(), e.getMessage());
    }

    @Test
    void anUnknownTimeZoneIsRefusedNamingIt() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CronSchedule.of("0 8 * * *", "Mars/Olympus"));
        assertEquals("schedule.timeZone", e.field());
    }

    @Test
    void theSlotIsTheLatestScheduledMinuteNotAfterNow() {
        CronSchedule hourly = CronSchedule.of("0 * * * *", null);
        assertEquals(ZoneId.of("UTC"), hourly.zone(), "UTC by default");
        assertEquals(at("2026-11-26T10:00:00Z"), hourly.slotAt(Instant.parse("2026-11-26T10:59:59Z")));
        assertEquals(at("2026-11-26T10:00:00Z"), hourly.slotAt(Instant.parse("2026-11-26T10:00:00Z")), "on time");
        assertEquals(at("2026-11-26T10:00:00Z"), hourly.slotAt(Instant.parse("2026-11-26T10:00:30.5Z")),
                "within the minute");
        assertEquals(at("2026-11-26T09:00:00Z"), hourly.slotAt(Instant.parse("2026-11-26T09:59:59.999Z")));
        assertEquals(Instant.parse("2026-11-26T11:00:00Z"), hourly.nextAfter(Instant.parse("2026-11-26T10:00:00Z"))
                .orElseThrow(), "strictly after");
    }

    @Test
    void slotsFollowTheTimeZoneAcrossDaylightSaving() {
        // Mondays 08:00 in Berlin: 07:00 UTC in summer, 08:00 UTC after the clocks went back (25 October 2026)
        CronSchedule mondays = CronSchedule.of(" 0  8 * * 1 ", "Europe/Berlin");
        assertEquals("0 8 * * 1", mondays.expression(), "spacing normalised");
        assertEquals(at("2026-10-19T06:00:00Z"), mondays.slotAt(Instant.parse("2026-10-25T12:00:00Z")));
        assertEquals(at("2026-10-26T07:00:00Z"), mondays.slotAt(Instant.parse("2026-10-26T07:00:00Z")));
        assertEquals(at("2026-10-19T06:00:00Z"), mondays.slotAt(Instant.parse("2026-10-26T06:59:00Z")));
        assertEquals(Instant.parse("2026-11-02T07:00:00Z"),
                mondays.nextAfter(Instant.parse("2026-10-26T07:00:00Z")).orElseThrow());
    }

    @Test
    void stepsListsAndRangesAreUnderstood() {
        CronSchedule weekdays = CronSchedule.of("*/15 9-17 * * 1-5", "UTC");
        // Saturday 28 November: the last slot is Friday 17:45
        assertEquals(at("2026-11-27T17:45:00Z"), weekdays.slotAt(Instant.parse("2026-11-28T12:00:00Z")));
        assertEquals(at("2026-11-26T10:30:00Z"), weekdays.slotAt(Instant.parse("2026-11-26T10:44:00Z")));
    }

    private static Optional<Instant> at(String instant) {
        return Optional.of(Instant.parse(instant));
    }
}
