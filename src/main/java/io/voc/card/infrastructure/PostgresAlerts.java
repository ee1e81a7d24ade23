package io.voc.card.infrastructure;

import static io.voc.card.infrastructure.PostgresChannels.POSTGRES;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.voc.card.application.AlertCard;
import io.voc.card.application.Alerts;
import io.voc.card.application.CallbackId;
import io.voc.card.model.Alert;
import io.voc.card.model.AlertChanged;
import io.voc.card.model.Delivery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Alerts in {@code card_alert}, with their deliveries in the outbox {@code card_delivery} and the callbacks
 * already applied in {@code card_callback}.
 */
@ApplicationScoped
class PostgresAlerts implements Alerts {
    /** A callback seen before inserts nothing: that is how a replay is recognised, in the same transaction. */
    private static final String FIRST_TIME = """
            insert into card_callback (provider, event_id, received_at) values (:provider, :eventId, :at)
            on conflict (provider, event_id) do nothing
            """;

    @Override
    public void raise(AlertCard alert, List<Delivery> deliveries) {
        AlertRow row = AlertRow.of(alert);
        List<DeliveryRow> queued = deliveries.stream().map(d -> DeliveryRow.of(d, alert.event())).toList();
        // The alert is flushed first: the deliveries refer to it, and Hibernate may order inserts by entity.
        POSTGRES.await(() -> Panache.withTransaction(() -> row.persistAndFlush()
                .chain(() -> queued.isEmpty() ? Uni.createFrom().voidItem() : DeliveryRow.persist(queued))
                .replaceWithVoid()));
    }

    @Override
    public Optional<AlertCard> find(UUID id) {
        AlertRow row = POSTGRES.await(() -> Panache.withSession(() -> AlertRow.<AlertRow>findById(id)));
        return Optional.ofNullable(row).map(AlertRow::toAlertCard);
    }

    @Override
    public Optional<Acted> act(CallbackId callback, UUID alertId, Function<Alert, Optional<AlertChanged>> action) {
        return Optional.ofNullable(POSTGRES.await(() -> Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(FIRST_TIME)
                        .setParameter("provider", callback.provider())
                        .setParameter("eventId", callback.eventId())
                        .setParameter("at", Instant.now())
                        .executeUpdate())
                .chain(inserted -> inserted == 0 ? replay(alertId) : apply(alertId, action)))));
    }

    private static Uni<Acted> replay(UUID alertId) {
        return AlertRow.<AlertRow>findById(alertId)
                .map(row -> row == null ? null : new Acted(row.toAlertCard(), Optional.empty(), true));
    }

    /** Locked, so two different callbacks on one alert (two people clicking) apply one after the other. */
    private static Uni<Acted> apply(UUID alertId, Function<Alert, Optional<AlertChanged>> action) {
        return AlertRow.<AlertRow>findById(alertId, LockModeType.PESSIMISTIC_WRITE).map(row -> {
            if (row == null) {
                return null;
            }
            Alert alert = row.toAlert();
            Optional<AlertChanged> change = action.apply(alert);
            change.ifPresent(c -> row.copyFrom(alert));
            return new Acted(row.toAlertCard(), change, false);
        });
    }
}
