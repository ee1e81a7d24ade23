package io.voc.warehouse.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileImportRecordTest {
    private static final Instant NOW = Instant.parse("2026-11-26T00:00:00Z");

    @Test
    void rejectionsAreAllCountedAndTheFirstKeptWithTheirReason() {
        ProfileImport run = ProfileImport.scheduled("42", "instance", NOW);
        List<ProfileImport.Rejection> rejections = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            rejections.add(new ProfileImport.Rejection("u" + i, "user_id is missing"));
        }
        run.progressed(970, rejections, NOW);
        run.finish(5, NOW);
        assertEquals(1_000, run.read());
        assertEquals(970, run.imported());
        assertEquals(30, run.rejected());
        assertEquals(ProfileImport.KEPT_REJECTIONS, run.rejections().size());
        assertEquals("u0", run.rejections().get(0).userId());
        assertEquals(5, run.removed());
    }

    @Test
    void aRunningImportSilentForLongIsAbandoned() {
        ProfileImport run = ProfileImport.scheduled("42", "instance", NOW);
        assertFalse(run.abandoned(NOW.plusSeconds(60), Duration.ofMinutes(2)));
        assertTrue(run.abandoned(NOW.plusSeconds(121), Duration.ofMinutes(2)));
    }

    @Test
    void aProfileKeepsTheWarehousesWordsTrimmedAndRefusesWhatIsNoProfile() {
        UserProfile p = new UserProfile(" u1 ", " DE ", "25-34", " ", 12, "premium", null);
        assertEquals("u1", p.userId());
        assertEquals("DE", p.country());
        assertEquals(null, p.deviceTier());
        assertEquals("user_id", org.junit.jupiter.api.Assertions.assertThrows(
                io.voc.platform.model.InvalidInputException.class,
                () -> new UserProfile(null, "DE", null, null, null, null, null)).field());
        assertEquals("tenure_days", org.junit.jupiter.api.Assertions.assertThrows(
                io.voc.platform.model.InvalidInputException.class,
                () -> new UserProfile("u", null, null, null, -1, null, null)).field());
    }
}
