package io.voc.card.infrastructure;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.voc.card.model.Delivery;
import io.voc.card.model.DeliveryStatus;
import io.voc.card.model.EventKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of the outbox {@code card_delivery} (db/migration V6): a delivery, its event and its lease. */
@Entity
@Table(name = "card_delivery")
public class DeliveryRow extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "channel_id", nullable = false)
    public UUID channelId;
    @Column(name = "alert_id", nullable = false)
    public UUID alertId;
    @Column(nullable = false)
    public String event;
    @Column(nullable = false)
    public String status;
    public int attempts;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    @Column(name = "last_response")
    public String lastResponse;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "delivered_at")
    public Instant deliveredAt;
    @Column(name = "leased_by")
    public String leasedBy;
    @Column(name = "leased_until")
    public Instant leasedUntil;

    static DeliveryRow of(Delivery delivery, EventKind event) {
        DeliveryRow row = new DeliveryRow();
        row.event = event.name();
        row.copyFrom(delivery);
        return row;
    }

    void copyFrom(Delivery delivery) {
        Delivery.State s = delivery.state();
        id = s.id();
        channelId = s.channelId();
        alertId = s.alertId();
        createdAt = s.createdAt();
        status = s.status().name();
        attempts = s.attempts();
        nextAttemptAt = s.nextAttemptAt();
        lastResponse = s.lastResponse();
        deliveredAt = s.deliveredAt();
    }

    Delivery toDelivery() {
        return Delivery.restore(new Delivery.State(id, channelId, alertId, createdAt, DeliveryStatus.valueOf(status),
                attempts, nextAttemptAt, lastResponse, deliveredAt));
    }
}
