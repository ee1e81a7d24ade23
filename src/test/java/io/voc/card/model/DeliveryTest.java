package io.voc.card.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Retries with backoff and jitter, Retry-After as a floor, parking with a reason a person can act on. */
class DeliveryTest {
    private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");
    private static final RetryPolicy POLICY = new RetryPolicy(4, Duration.ofSeconds(2), Duration.ofSeconds(20));

    private final Delivery delivery = Delivery.queue(UUID.randomUUID(), UUID.randomUUID(), NOW);

    @Test
    void backsOffExponentiallyWithJitterUpToTheCap() {
        // the lowest and the highest random draw bound each wait: half the step to the whole step
        assertEquals(Duration.ofSeconds(1), POLICY.delayAfter(1, Optional.empty(), () -> 0.0));
        assertEquals(Duration.ofMillis(1999), POLICY.delayAfter(1, Optional.empty(), () -> 0.9995));
        assertEquals(Duration.ofSeconds(4), POLICY.delayAfter(3, Optional.empty(), () -> 0.0));
        assertEquals(Duration.ofSeconds(10), POLICY.delayAfter(9, Optional.empty(), () -> 0.0), "capped at 20 s");
        assertEquals(Duration.ofSeconds(30), POLICY.delayAfter(1, Optional.of(Duration.ofSeconds(30)), () -> 0.5),
                "the provider's Retry-After is a floor");
    }

    @Test
    void failsThreeTimesThenIsDeliveredOnce() {
        Instant at = NOW;
        for (int i = 0; i < 3; i++) {
            assertTrue(delivery.isDue(at));
            delivery.record(DeliveryOutcome.ofHttpStatus(503, "busy", Optional.empty()), at, POLICY, () -> 0.5);
            assertFalse(delivery.isDue(at), "not again at once");
            at = delivery.nextAttemptAt();
        }
        delivery.record(DeliveryOutcome.ofHttpStatus(200, "ok", Optional.empty()), at, POLICY, () -> 0.5);
        assertEquals(DeliveryStatus.DELIVERED, delivery.status());
        assertEquals(4, delivery.attempts());
        assertFalse(delivery.isDue(at.plusSeconds(3600)), "a delivered card is never due again");
        assertThrows(IllegalStateException.class,
                () -> delivery.record(DeliveryOutcome.delivered("again"), NOW, POLICY, () -> 0.5));
    }

    @Test
    void parksAfterTooManyFailuresOrAtOnceWhenRetryingCannotHelp() {
        for (int i = 0; i < 4; i++) {
            delivery.record(DeliveryOutcome.ofHttpStatus(500, "", Optional.empty()), NOW, POLICY, () -> 0.5);
        }
        assertEquals(DeliveryStatus.PARKED, delivery.status());
        assertEquals("gave up after 4 attempts: HTTP 500", delivery.lastResponse());

        Delivery refused = Delivery.queue(UUID.randomUUID(), UUID.randomUUID(), NOW);
        refused.record(DeliveryOutcome.ofHttpStatus(404, "no_service", Optional.empty()), NOW, POLICY, () -> 0.5);
        assertEquals(DeliveryStatus.PARKED, refused.status());
        assertEquals("not retried: HTTP 404: no_service", refused.lastResponse());
        refused.retryNow(NOW);
        assertTrue(refused.isDue(NOW), "an admin can send it again");
    }

    @Test
    void rateLimitsAreRetried() {
        delivery.record(DeliveryOutcome.ofHttpStatus(429, "", Optional.of(Duration.ofSeconds(7))), NOW, POLICY,
                () -> 0.0);
        assertEquals(DeliveryStatus.PENDING, delivery.status());
        assertEquals(NOW.plusSeconds(7), delivery.nextAttemptAt());
    }
}
