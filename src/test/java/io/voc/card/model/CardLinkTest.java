package io.voc.card.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Teams link signatures: bound to alert, action and expiry; refused once expired; another key does not open. */
class CardLinkTest {
    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void aLinkHoldsForSevenDaysAndOnlyForItsAlertActionAndExpiry() {
        CardLink link = CardLink.of(UUID.randomUUID(), CardAction.RESOLVE, NOW);
        String sig = link.signature(KEY);

        assertEquals(NOW.plus(CardLink.LIFETIME), link.expires());
        assertTrue(link.verify(KEY, sig, NOW.plusSeconds(60)).valid());
        assertFalse(new CardLink(link.alertId(), CardAction.ACKNOWLEDGE, link.expires()).verify(KEY, sig, NOW).valid());
        assertFalse(new CardLink(UUID.randomUUID(), CardAction.RESOLVE, link.expires()).verify(KEY, sig, NOW).valid());
        assertFalse(new CardLink(link.alertId(), CardAction.RESOLVE, link.expires().plusSeconds(86_400))
                .verify(KEY, sig, NOW).valid(), "its life cannot be stretched");
        assertFalse(link.verify("another-key-another-key-another!!".getBytes(StandardCharsets.US_ASCII), sig, NOW)
                .valid());

        SignatureCheck expired = link.verify(KEY, sig, link.expires());
        assertFalse(expired.valid());
        assertTrue(expired.problem().contains("expired"), expired.problem());
    }
}
