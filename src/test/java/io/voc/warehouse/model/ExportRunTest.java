package io.voc.warehouse.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.voc.platform.model.IllegalJobStateException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExportRunTest {
    private static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);

    @Test
    void daysAreExportedInOrderAndEachLeavesARecord() {
        ExportRun run = started(new DayRange(NOV_1, NOV_1.plusDays(2)));
        assertThrows(IllegalArgumentException.class, () -> run.dayExported(NOV_1.plusDays(1), 5, NOW));

        ExportedDay first = run.dayExported(NOV_1, 7, NOW);
        assertEquals(new ExportedDay(NOV_1, 7, NOW, run.id()), first);
        run.dayExported(NOV_1.plusDays(1), 0, NOW);
        assertEquals(2, run.daysDone());
        assertEquals(2 / 3.0, run.progress(), 1e-9);
        assertThrows(IllegalJobStateException.class, () -> run.finish(NOW), "a day is still to do");

        run.dayExported(NOV_1.plusDays(2), 3, NOW);
        assertEquals(Optional.empty(), run.nextDay());
        run.finish(NOW);
        assertEquals(ExportRun.Status.DONE, run.status());
        assertEquals(10, run.rows());
        assertFalse(run.claimableBy("b", NOW, LEASE), "a finished run is nobody's work");
    }

    @Test
    void aRunWhoseHolderWentSilentIsTakenOverAndGoesOnAfterItsLastDay() {
        ExportRun run = started(new DayRange(NOV_1, NOV_1.plusDays(2)));
        run.dayExported(NOV_1, 7, NOW);
        assertFalse(run.claimableBy("b", NOW.plusSeconds(29), LEASE), "the holder may still be at work");

        run.claim("b", NOW.plusSeconds(31), LEASE);
        assertEquals(1, run.resumes());
        assertTrue(run.heldBy("b"));
        assertEquals(Optional.of(NOV_1.plusDays(1)), run.nextDay(), "the day done is not done again");
    }

    @Test
    void aCancelStopsAQueuedRunAtOnceAndARunningOneAfterItsDay() {
        ExportRun queued = ExportRun.backfill("voc", new DayRange(NOV_1, NOV_1), "ann", NOW);
        queued.cancel(NOW);
        assertEquals(ExportRun.Status.CANCELLED, queued.status());
        assertThrows(IllegalJobStateException.class, () -> queued.cancel(NOW));

        ExportRun running = started(new DayRange(NOV_1, NOV_1.plusDays(1)));
        running.cancel(NOW);
        assertEquals(ExportRun.Status.CANCELLING, running.status());
        running.dayExported(NOV_1, 4, NOW); // the day in flight still counts
        running.cancelled(NOW);
        assertEquals(ExportRun.Status.CANCELLED, running.status());
        assertEquals(1, running.daysDone());
    }

    @Test
    void theDailyRunExportsTheDaysBeforeItsDay() {
        ExportRun run = ExportRun.daily("voc", LocalDate.of(2026, 11, 26), 2, NOW);
        assertEquals(new DayRange(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 25)), run.range());
        assertEquals(Optional.of(LocalDate.of(2026, 11, 26)), run.scheduledFor());
        assertEquals(ExportRun.Trigger.SCHEDULED, run.trigger());
    }

    private static ExportRun started(DayRange range) {
        ExportRun run = ExportRun.backfill("voc", range, "ann", NOW);
        run.claim("a", NOW, LEASE);
        run.start(NOW);
        return run;
    }
}
