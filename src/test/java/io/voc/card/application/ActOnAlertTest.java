package io.voc.card.application;

import static io.voc.card.application.CardFixtures.caller;
import static io.voc.card.application.CardFixtures.count;
import static io.voc.card.application.CardFixtures.newProduct;
import static io.voc.card.application.CardFixtures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.voc.account.application.Caller;
import io.voc.account.model.NotAllowedException;
import io.voc.account.model.Role;
import io.voc.card.model.AlertStatus;
import io.voc.card.model.CardAction;
import io.voc.card.model.EventKind;
import io.voc.feedback.model.ProductKey;
import io.voc.support.TestStack;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Buttons clicked on cards: a callback the provider delivers three times is one change and one audit line;
 * another click of the same button changes nothing; a user without the product's rights changes nothing.
 */
@QuarkusTest
@QuarkusTestResource(TestStack.class)
class ActOnAlertTest {
    @Inject
    ActOnAlert actOnAlert;
    @Inject
    RaiseAlert raiseAlert;
    @Inject
    Alerts alerts;

    private ProductKey product;
    private UUID alert;

    @BeforeEach
    void anOpenAlert() {
        CardFixtures.awaitSchema();
        product = newProduct();
        alert = raiseAlert.raise(product, EventKind.ALERT_FIRED, "Ratings dropped", null, null, List.of()).alertId();
    }

    @Test
    void aCallbackDeliveredThreeTimesAtOnceIsOneChange() throws Exception {
        Caller pm = caller("pm", Role.VIEWER, only(product));
        CallbackId callback = new CallbackId("slack", "trigger-" + UUID.randomUUID());
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<ActOnAlert.Result> results = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ActOnAlert.Result>> deliveries = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                deliveries.add(pool.submit(() -> {
                    start.await();
                    return actOnAlert.act(pm, callback, alert, CardAction.ACKNOWLEDGE);
                }));
            }
            start.countDown();
            for (Future<ActOnAlert.Result> delivery : deliveries) {
                results.add(delivery.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(1, results.stream().filter(ActOnAlert.Result::changed).count());
        assertEquals(2, results.stream().filter(ActOnAlert.Result::replay).count());
        results.forEach(r -> assertEquals(AlertStatus.ACKNOWLEDGED, r.alert().alert().status(),
                "every answer carries the acknowledged alert for the card"));
        assertEquals(pm.username(), alerts.find(alert).orElseThrow().alert().state().acknowledgedBy());
        assertEquals(1, auditLines());
    }

    @Test
    void anotherClickOfTheSameButtonChangesNothing() {
        Caller first = caller("pm", Role.VIEWER, only(product));
        Caller second = caller("pm", Role.ANALYST, only(product));
        ActOnAlert.Result acknowledged = actOnAlert.act(first, new CallbackId("lark", UUID.randomUUID().toString()),
                alert, CardAction.ACKNOWLEDGE);
        assertTrue(acknowledged.changed());

        ActOnAlert.Result again = actOnAlert.act(second, new CallbackId("lark", UUID.randomUUID().toString()), alert,
                CardAction.ACKNOWLEDGE);

        assertFalse(again.changed());
        assertFalse(again.replay(), "a new callback, which the alert's rules make a no-op");
        assertEquals(first.username(), again.alert().alert().state().acknowledgedBy());
        assertEquals(1, auditLines());

        assertTrue(actOnAlert.act(second, new CallbackId("lark", UUID.randomUUID().toString()), alert,
                CardAction.RESOLVE).changed());
        assertEquals(AlertStatus.RESOLVED, alerts.find(alert).orElseThrow().alert().status());
        assertEquals(2, auditLines());
    }

    @Test
    void aUserWithoutTheProductsRightsIsRefused() {
        Caller outsider = caller("outsider", Role.ADMIN, only(newProduct()));

        NotAllowedException refused = assertThrows(NotAllowedException.class, () -> actOnAlert.act(outsider,
                new CallbackId("slack", "trigger-" + UUID.randomUUID()), alert, CardAction.RESOLVE));

        assertTrue(refused.getMessage().contains(product.value()), refused.getMessage());
        assertEquals(AlertStatus.OPEN, alerts.find(alert).orElseThrow().alert().status());
        assertEquals(0, auditLines());
    }

    @Test
    void anUnknownAlertIsSaidSo() {
        Caller pm = caller("pm", Role.VIEWER, only(product));
        assertThrows(AlertNotFoundException.class, () -> actOnAlert.act(pm,
                new CallbackId("slack", "trigger-" + UUID.randomUUID()), UUID.randomUUID(), CardAction.ACKNOWLEDGE));
    }

    private long auditLines() {
        return count("select count(*) from voc_audit where action = 'ALERT_CHANGED' and target = ?", "alert " + alert);
    }
}
