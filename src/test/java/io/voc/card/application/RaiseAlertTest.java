package io.voc.card.application;

import static io.voc.card.application.CardFixtures.admin;
import static io.voc.card.application.CardFixtures.count;
import static io.voc.card.application.CardFixtures.newProduct;
import static io.voc.card.application.CardFixtures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.voc.account.application.Caller;
import io.voc.card.model.Alert;
import io.voc.card.model.Card;
import io.voc.card.model.Delivery;
import io.voc.card.model.EventKind;
import io.voc.feedback.model.ProductKey;
import io.voc.feedback.model.ProductScope;
import io.voc.support.TestStack;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Raising an alert queues one card per enabled channel whose subscriptions want that event about that
 * product - and the alert and its cards are stored together or not at all (the outbox).
 */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class RaiseAlertTest {
    @Inject
    RaiseAlert raiseAlert;
    @Inject
    ManageChannels channels;
    @Inject
    ManageSubscriptions subscriptions;
    @Inject
    Alerts alerts;

    @BeforeEach
    void schema() {
        CardFixtures.awaitSchema();
    }

    @Test
    void cardsAreQueuedOnlyForMatchingSubscriptionsOfEnabledChannels() {
        ProductKey product = newProduct();
        ProductKey other = newProduct();
        Caller admin = admin();
        UUID wantsIt = channel(admin, "wants it", ProductScope.allProducts());
        subscriptions.add(admin, wantsIt, Set.of(EventKind.EMERGING_ISSUE), only(product));
        // two matching subscriptions on one channel are still one card
        subscriptions.add(admin, wantsIt, Set.of(EventKind.EMERGING_ISSUE, EventKind.DIGEST), only(product, other));
        UUID otherEvent = channel(admin, "other event", only(product));
        subscriptions.add(admin, otherEvent, Set.of(EventKind.DIGEST), null);
        UUID otherProduct = channel(admin, "other product", only(other));
        subscriptions.add(admin, otherProduct, Set.of(EventKind.EMERGING_ISSUE), null);
        UUID disabled = channel(admin, "disabled", only(product));
        subscriptions.add(admin, disabled, Set.of(EventKind.EMERGING_ISSUE), null);
        channels.disable(admin, disabled);

        RaiseAlert.Raised raised = raiseAlert.raise(product, EventKind.EMERGING_ISSUE, "Login crashes on 3.9.0",
                "85% negative since Monday", "/emerging?product=" + product.value(),
                List.of(new Card.Fact("Negative", "85%")));

        assertEquals(1, raised.queued());
        assertEquals(List.of(wantsIt), CardFixtures.column(
                "select channel_id from card_delivery where alert_id = ? and status = 'PENDING'", raised.alertId()));
        AlertCard stored = alerts.find(raised.alertId()).orElseThrow();
        assertEquals("Login crashes on 3.9.0", stored.alert().state().title());
        assertEquals(List.of(new Card.Fact("Negative", "85%")), stored.facts());
        assertEquals(EventKind.EMERGING_ISSUE, stored.event());
    }

    @Test
    void anAlertNobodySubscribedToIsStoredWithNoCards() {
        RaiseAlert.Raised raised = raiseAlert.raise(newProduct(), EventKind.DIGEST, "Weekly digest", null, null,
                List.of());
        assertEquals(0, raised.queued());
        assertTrue(alerts.find(raised.alertId()).isPresent());
    }

    @Test
    void whenQueueingFailsTheAlertIsNotSavedEither() {
        ProductKey product = newProduct();
        Caller admin = admin();
        UUID channel = channel(admin, "real", only(product));
        Alert alert = Alert.raise(product, "Half-done", null, null, Instant.now());
        // the second card's channel was deleted between reading the subscriptions and saving
        List<Delivery> deliveries = List.of(Delivery.queue(channel, alert.id(), Instant.now()),
                Delivery.queue(UUID.randomUUID(), alert.id(), Instant.now()));

        assertThrows(CardsUnavailableException.class,
                () -> alerts.raise(new AlertCard(alert, EventKind.ALERT_FIRED, List.of()), deliveries));

        assertTrue(alerts.find(alert.id()).isEmpty(), "the alert was rolled back with its cards");
        assertEquals(0, count("select count(*) from card_delivery where alert_id = ?", alert.id()));
    }

    private UUID channel(Caller admin, String name, ProductScope products) {
        return channels.create(admin, name, "lark", "https://203.0.113.20/hook", null, products).id();
    }
}
