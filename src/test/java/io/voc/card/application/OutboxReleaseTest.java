package io.voc.card.application;

import static io.voc.card.application.CardFixtures.admin;
import static io.voc.card.application.CardFixtures.newProduct;
import static io.voc.card.application.CardFixtures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.voc.card.model.Alert;
import io.voc.card.model.Delivery;
import io.voc.card.model.EventKind;
import io.voc.feedback.model.ProductKey;
import io.voc.support.TestStack;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Claims given back unsent: by a stopping instance (due as before, for anyone at once) and for a channel
 * at its rate (due later). No attempt is counted either way, and a lease lost meanwhile is not touched.
 * Like {@link OutboxTest}, this test's deliveries are due at a moment long past, so claims see only them.
 */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class OutboxReleaseTest {
    @Inject
    Outbox outbox;
    @Inject
    Alerts alerts;
    @Inject
    ManageChannels channels;

    private Instant past;

    @BeforeEach
    void schema() {
        CardFixtures.awaitSchema();
        past = Instant.parse("2002-01-01T00:00:00Z").plusSeconds(Instant.now().getEpochSecond() % 100_000_000);
    }

    @AfterEach
    void removeWhatThisTestQueued() {
        CardFixtures.update("delete from card_delivery where created_at < '2010-01-01'");
        CardFixtures.update("delete from card_alert where raised_at < '2010-01-01'");
    }

    @Test
    void releasedClaimsAreTakenAtOnceByAnotherInstanceWithNoAttemptCounted() {
        List<UUID> queued = queue(3);
        Instant now = past.plusSeconds(1);
        assertEquals(3, mine(outbox.claimDue("stopping", 10, Duration.ofMinutes(1), now), queued).size());

        assertEquals(2, outbox.release("stopping", queued.subList(0, 2)));

        List<UUID> taken = ids(mine(outbox.claimDue("next", 10, Duration.ofMinutes(1), now.plusSeconds(1)), queued));
        assertEquals(Set.copyOf(queued.subList(0, 2)), Set.copyOf(taken), "the released two, not the one still held");
        assertEquals(List.of(0, 0, 0), attempts(queued));
        assertEquals(1, outbox.release("stopping", queued), "only the one it still held: the others are another's now");
        assertEquals(List.of("next", "next"), queued.subList(0, 2).stream()
                .map(id -> CardFixtures.column("select leased_by from card_delivery where id = ?", id).get(0)).toList());
    }

    @Test
    void postponedClaimsComeBackWhenTheirChannelHasRoomAgain() {
        List<UUID> queued = queue(2);
        Instant now = past.plusSeconds(1);
        outbox.claimDue("dispatcher", 10, Duration.ofMinutes(1), now);

        assertEquals(2, outbox.postpone("dispatcher", Map.of(queued.get(0), now.plusSeconds(2),
                queued.get(1), now.plusSeconds(3))));

        assertTrue(mine(outbox.claimDue("dispatcher", 10, Duration.ofMinutes(1), now.plusSeconds(1)), queued).isEmpty(),
                "not due before their time");
        assertEquals(List.of(queued.get(0)),
                ids(mine(outbox.claimDue("dispatcher", 10, Duration.ofMinutes(1), now.plusSeconds(2)), queued)));
        assertEquals(List.of(queued.get(1)),
                ids(mine(outbox.claimDue("dispatcher", 10, Duration.ofMinutes(1), now.plusSeconds(3)), queued)));
        assertEquals(List.of(0, 0), attempts(queued), "waiting for the channel is no attempt");
        Timestamp due = (Timestamp) CardFixtures.column(
                "select next_attempt_at from card_delivery where id = ?", queued.get(1)).get(0);
        assertEquals(now.plusSeconds(3), due.toInstant());
    }

    /** Queues {@code n} deliveries due at {@link #past}, each to a channel of its own. */
    private List<UUID> queue(int n) {
        ProductKey product = newProduct();
        Alert alert = Alert.raise(product, "Release test", null, null, past);
        List<Delivery> queued = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            UUID channel = channels.create(admin(), "Release channel", "lark", "https://203.0.113.31/hook", null,
                    only(product)).id();
            queued.add(Delivery.queue(channel, alert.id(), past.plusMillis(i)));
        }
        alerts.raise(new AlertCard(alert, EventKind.ALERT_FIRED, List.of()), queued);
        return queued.stream().map(Delivery::id).toList();
    }

    private static List<Outbox.DueDelivery> mine(List<Outbox.DueDelivery> claimed, List<UUID> queued) {
        return claimed.stream().filter(d -> queued.contains(d.delivery().id())).toList();
    }

    private static List<Object> attempts(List<UUID> deliveries) {
        return deliveries.stream()
                .map(id -> CardFixtures.column("select attempts from card_delivery where id = ?", id).get(0)).toList();
    }

    private static List<UUID> ids(List<Outbox.DueDelivery> claimed) {
        return claimed.stream().map(d -> d.delivery().id()).toList();
    }
}
