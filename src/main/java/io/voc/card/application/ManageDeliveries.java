package io.voc.card.application;

import io.voc.account.application.AuditLog;
import io.voc.account.application.Caller;
import io.voc.account.model.NotAllowedException;
import io.voc.account.model.Scope;
import io.voc.card.model.Delivery;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;

/**
 * Use case: admins read the delivery log (what went where, what the provider said) and send a parked
 * delivery again once its channel is fixed.
 */
@ApplicationScoped
public class ManageDeliveries {
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock = CardClock.UTC_MICROS;

    ManageDeliveries(Outbox outbox, AuditLog audit) {
        this.outbox = outbox;
        this.audit = audit;
    }

    public Outbox.LogPage log(Caller admin, Outbox.LogQuery query) {
        requireAdmin(admin);
        return outbox.log(query);
    }

    /** @throws DeliveryNotParkedException when the delivery is pending (on its way) or delivered */
    public Delivery retry(Caller admin, UUID deliveryId) {
        requireAdmin(admin);
        Delivery delivery = outbox.retryNow(deliveryId, clock.instant())
                .orElseThrow(() -> new DeliveryNotFoundException(deliveryId));
        audit.record(admin.userId(), admin.username(), AuditLog.Action.DELIVERY_RETRIED, "delivery " + deliveryId, null);
        return delivery;
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.may(Scope.ADMIN)) {
            throw new NotAllowedException("the delivery log is for admins");
        }
    }
}
