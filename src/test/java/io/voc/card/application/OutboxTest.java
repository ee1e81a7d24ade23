package io.voc.card.application;

import static io.voc.card.application.CardFixtures.admin;
import static io.voc.card.application.CardFixtures.newProduct;
import static io.voc.card.application.CardFixtures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.voc.card.model.Alert;
import io.voc.card.model.Delivery;
import io.voc.card.model.DeliveryOutcome;
import io.voc.card.model.DeliveryStatus;
import io.voc.card.model.EventKind;
import io.voc.card.model.RetryPolicy;
import io.voc.feedback.model.ProductKey;
import io.voc.support.TestStack;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox as dispatchers on several instances use it. The shared test database holds other tests'
 * deliveries, due now; this test's are due at a moment long past ({@link #past}), and claims are made as
 * of just after it, so they see this test's deliveries only.
 */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class OutboxTest {
    @Inject
    Outbox outbox;
    @Inject
    Alerts alerts;
    @Inject
    ManageChannels channels;
    @Inject
    ManageDeliveries deliveries;

    private Instant past;

    @BeforeEach
    void schema() {
        CardFixtures.awaitSchema();
        // a moment of its own per test, before any other test's deliveries; earlier runs' are older still
        past = Instant.parse("2001-01-01T00:00:00Z").plusSeconds(Instant.now().getEpochSecond() % 100_000_000);
    }

    @Test
    void twoConcurrentClaimersNeverGetTheSameDelivery() throws Exception {
        Set<UUID> queued = queue(40);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<UUID>>> claimers = new ArrayList<>();
            for (String instance : List.of("instance-a", "instance-b")) {
                claimers.add(pool.submit(claimAll(instance, start)));
            }
            start.countDown();
            List<UUID> a = claimers.get(0).get();
            List<UUID> b = claimers.get(1).get();

            Set<UUID> both = new HashSet<>(a);
            both.retainAll(b);
            assertTrue(both.isEmpty(), "claimed twice: " + both);
            assertEquals(a.size(), new HashSet<>(a).size());
            assertEquals(b.size(), new HashSet<>(b).size());
            Set<UUID> all = new HashSet<>(a);
            all.addAll(b);
            assertTrue(all.containsAll(queued), "every due delivery was claimed by one of them");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDeliveryWhoseLeaseRanOutIsClaimedByAnotherInstance() {
        Set<UUID> queued = queue(1);
        Instant now = past.plusSeconds(1);
        List<Outbox.DueDelivery> first = mine(outbox.claimDue("crashed", 10, Duration.ofMinutes(2), now), queued);
        assertEquals(1, first.size());
        assertEquals(EventKind.ALERT_FIRED, first.get(0).event());
        assertEquals("Outbox test", first.get(0).alert().alert().state().title());
        assertEquals("Outbox channel", first.get(0).channel().name());

        assertTrue(mine(outbox.claimDue("other", 10, Duration.ofMinutes(2), now.plusSeconds(60)), queued).isEmpty(),
                "within the lease nobody else takes it");
        List<Outbox.DueDelivery> taken = mine(outbox.claimDue("other", 10, Duration.ofMinutes(2),
                now.plusSeconds(121)), queued);
        assertEquals(1, taken.size(), "after the lease ran out another instance takes it over");

        Delivery late = first.get(0).delivery();
        late.record(DeliveryOutcome.failedForNow("timeout", Optional.empty()), now, RetryPolicy.DEFAULT, () -> 0.5);
        assertFalse(outbox.record("crashed", late), "the instance that lost its lease saves nothing");
        Delivery sent = taken.get(0).delivery();
        sent.record(DeliveryOutcome.delivered("200 ok"), now.plusSeconds(122), RetryPolicy.DEFAULT, () -> 0.5);
        assertTrue(outbox.record("other", sent));

        Outbox.LogEntry logged = log(sent.id());
        assertEquals(DeliveryStatus.DELIVERED, logged.delivery().status());
        assertEquals(1, logged.delivery().attempts());
        assertEquals("Outbox channel", logged.channelName());
        assertTrue(mine(outbox.claimDue("third", 10, Duration.ofMinutes(2), now.plusSeconds(600)), queued).isEmpty(),
                "a delivered card is not sent again");
    }

    @Test
    void aParkedDeliveryIsSentAgainOnAnAdminsRequest() {
        Set<UUID> queued = queue(1);
        Instant now = past.plusSeconds(1);
        Delivery delivery = outbox.claimDue("dispatcher", 10, Duration.ofMinutes(1), now).stream()
                .filter(d -> queued.contains(d.delivery().id())).findFirst().orElseThrow().delivery();
        delivery.record(DeliveryOutcome.failedForGood("HTTP 404: no_service"), now, RetryPolicy.DEFAULT, () -> 0.5);
        assertTrue(outbox.record("dispatcher", delivery));
        assertEquals(DeliveryStatus.PARKED, log(delivery.id()).delivery().status());

        Delivery again = deliveries.retry(admin(), delivery.id());

        assertEquals(DeliveryStatus.PENDING, again.status());
        assertEquals(0, again.attempts());
        assertEquals(DeliveryStatus.PENDING, log(delivery.id()).delivery().status());
        assertThrows(DeliveryNotParkedException.class, () -> deliveries.retry(admin(), delivery.id()));
    }

    /** This test's deliveries and alerts are the only ones from before 2010. */
    @AfterEach
    void removeWhatThisTestQueued() {
        CardFixtures.update("delete from card_delivery where created_at < '2010-01-01'");
        CardFixtures.update("delete from card_alert where raised_at < '2010-01-01'");
    }

    @Test
    void cardsOfAChannelWhoseSecretsDoNotOpenAreParkedWithTheReason() {
        Set<UUID> queued = queue(2);
        List<UUID> channelIds = queued.stream().map(id -> (UUID) CardFixtures.column(
                "select channel_id from card_delivery where id = ?", id).get(0)).toList();
        // as after a changed key: the first channel's URL is one sealed for another row
        CardFixtures.update("update card_channel set url_sealed = (select url_sealed from card_channel where id = ?)"
                + " where id = ?", channelIds.get(1), channelIds.get(0));

        List<Outbox.DueDelivery> claimed = mine(outbox.claimDue("dispatcher", 10, Duration.ofMinutes(1),
                past.plusSeconds(1)), queued);

        assertEquals(1, claimed.size(), "the healthy channel's card goes out");
        assertEquals(channelIds.get(1), claimed.get(0).channel().id());
        UUID broken = queued.stream().filter(id -> !id.equals(claimed.get(0).delivery().id())).findFirst().orElseThrow();
        Outbox.LogEntry parked = log(broken);
        assertEquals(DeliveryStatus.PARKED, parked.delivery().status());
        assertTrue(parked.delivery().lastResponse().contains("do not open"), parked.delivery().lastResponse());
    }

    private Callable<List<UUID>> claimAll(String instance, CountDownLatch start) {
        return () -> {
            start.await();
            List<UUID> claimed = new ArrayList<>();
            List<Outbox.DueDelivery> batch;
            do {
                batch = outbox.claimDue(instance, 3, Duration.ofMinutes(5), past.plusSeconds(1));
                batch.forEach(d -> claimed.add(d.delivery().id()));
            } while (!batch.isEmpty());
            return claimed;
        };
    }

    /** Queues {@code n} deliveries due at {@link #past}, each to a channel of its own. */
    private Set<UUID> queue(int n) {
        ProductKey product = newProduct();
        Alert alert = Alert.raise(product, "Outbox test", null, null, past);
        List<Delivery> queued = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            UUID channel = channels.create(admin(), "Outbox channel", "lark", "https://203.0.113.30/hook", null,
                    only(product)).id();
            queued.add(Delivery.queue(channel, alert.id(), past));
        }
        alerts.raise(new AlertCard(alert, EventKind.ALERT_FIRED, List.of()), queued);
        Set<UUID> ids = new HashSet<>();
        queued.forEach(d -> ids.add(d.id()));
        return ids;
    }

    private static List<Outbox.DueDelivery> mine(List<Outbox.DueDelivery> claimed, Set<UUID> queued) {
        return claimed.stream().filter(d -> queued.contains(d.delivery().id())).toList();
    }

    private Outbox.LogEntry log(UUID deliveryId) {
        UUID channel = (UUID) CardFixtures.column("select channel_id from card_delivery where id = ?", deliveryId)
                .get(0);
        return deliveries.log(admin(), new Outbox.LogQuery(Optional.empty(), Optional.of(channel), 0, 10)).entries()
                .stream().filter(e -> e.delivery().id().equals(deliveryId)).findFirst().orElseThrow();
    }
}
