package io.voc.card.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.voc.feedback.model.ProductKey;
import io.voc.platform.model.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Card buttons on an alert: each click applies once, in an order that makes sense to a team. */
class AlertTest {
    private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");

    private final Alert alert = Alert.raise(new ProductKey("pocketbank"), "Login crashes on 3.9.0",
            "45% of eu Android feedback", "/emerging?product=pocketbank", NOW);

    @Test
    void acknowledgingTwiceIsOneAcknowledgement() {
        assertTrue(alert.apply(CardAction.ACKNOWLEDGE, "alice", NOW).isPresent());
        assertTrue(alert.apply(CardAction.ACKNOWLEDGE, "bob", NOW.plusSeconds(1)).isEmpty());
        assertEquals("Acknowledged by alice", alert.statusLine(NOW));
    }

    @Test
    void assigningAcknowledgesAndResolvingEndsIt() {
        assertTrue(alert.apply(CardAction.ASSIGN_TO_ME, "bob", NOW).isPresent());
        assertEquals("Acknowledged by bob · assigned to bob", alert.statusLine(NOW));
        assertTrue(alert.apply(CardAction.ASSIGN_TO_ME, "bob", NOW).isEmpty(), "already bob's");
        assertTrue(alert.apply(CardAction.RESOLVE, "carol", NOW).isPresent());
        assertEquals(AlertStatus.RESOLVED, alert.status());
        assertTrue(alert.apply(CardAction.ACKNOWLEDGE, "dave", NOW).isEmpty(), "a resolved alert stays resolved");
        assertTrue(alert.apply(CardAction.MUTE_24H, "dave", NOW).isEmpty());
        assertEquals("Resolved by carol", alert.statusLine(NOW));
    }

    @Test
    void muteLastsADayAndARepeatedClickDoesNotExtendIt() {
        assertTrue(alert.apply(CardAction.MUTE_24H, "alice", NOW).isPresent());
        assertTrue(alert.apply(CardAction.MUTE_24H, "alice", NOW.plus(Duration.ofHours(2))).isEmpty());
        assertTrue(alert.isMuted(NOW.plus(Duration.ofHours(23))));
        assertFalse(alert.isMuted(NOW.plus(Duration.ofHours(24))));
        assertTrue(alert.apply(CardAction.OPEN, "alice", NOW).isEmpty(), "opening changes nothing");
    }

    @Test
    void aLinkMustStayInsideVoc() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Alert.raise(new ProductKey("x"),
                "t", null, "https://evil.example/", NOW));
        assertEquals("link", e.field());
        assertThrows(InvalidInputException.class, () -> Alert.raise(new ProductKey("x"), "t", null, "//evil.example", NOW));
        assertThrows(InvalidInputException.class, () -> Alert.raise(new ProductKey("x"), " ", null, null, NOW));
    }
}
