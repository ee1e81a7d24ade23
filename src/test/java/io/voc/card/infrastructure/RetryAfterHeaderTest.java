package io.voc.card.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A provider's Retry-After, in either of HTTP's forms, becomes how long to wait at least. */
class RetryAfterHeaderTest {
    private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");

    @Test
    void secondsAndDatesBothRead() {
        assertEquals(Optional.of(Duration.ofSeconds(7)), RetryAfterHeader.parse("7", NOW));
        assertEquals(Optional.of(Duration.ofSeconds(90)), RetryAfterHeader.parse("Thu, 26 Nov 2026 08:01:30 GMT", NOW));
    }

    @Test
    void aPastDateMeansNowAndNonsenseMeansNothing() {
        assertEquals(Optional.of(Duration.ZERO), RetryAfterHeader.parse("Thu, 26 Nov 2026 07:00:00 GMT", NOW));
        assertEquals(Optional.empty(), RetryAfterHeader.parse("soon", NOW));
        assertEquals(Optional.empty(), RetryAfterHeader.parse(null, NOW));
    }

    @Test
    void aProviderCannotParkADeliveryForMonths() {
        assertEquals(Optional.of(Duration.ofDays(1)), RetryAfterHeader.parse("99999999", NOW));
        assertEquals(Optional.of(Duration.ofDays(1)), RetryAfterHeader.parse("99999999999999999999999", NOW));
    }
}
