package io.voc.account.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void fourWrongPasswordsCostNothingTheFifthLocksForAMinuteThenDoublingUpToFifteen() {
        for (int failures = 0; failures < 5; failures++) {
            assertTrue(SignInThrottle.lockedUntil(failures, NOW).isEmpty(), failures + " failures");
        }
        assertEquals(NOW.plus(Duration.ofMinutes(1)), SignInThrottle.lockedUntil(5, NOW).orElseThrow());
        assertEquals(NOW.plus(Duration.ofMinutes(2)), SignInThrottle.lockedUntil(6, NOW).orElseThrow());
        assertEquals(NOW.plus(Duration.ofMinutes(8)), SignInThrottle.lockedUntil(8, NOW).orElseThrow());
        assertEquals(NOW.plus(Duration.ofMinutes(15)), SignInThrottle.lockedUntil(9, NOW).orElseThrow());
        assertEquals(NOW.plus(Duration.ofMinutes(15)), SignInThrottle.lockedUntil(500, NOW).orElseThrow());
    }
}
