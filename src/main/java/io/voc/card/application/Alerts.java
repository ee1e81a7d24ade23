package io.voc.card.application;

import io.voc.card.model.Alert;
import io.voc.card.model.AlertChanged;
import io.voc.card.model.Delivery;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** Where alerts are kept, with the outbox their deliveries go into. */
public interface Alerts {

    /**
     * Saves a new alert and queues its deliveries (for the alert's event) in one transaction: both are
     * stored, or neither (e.g. when a channel was deleted meanwhile).
     */
    void raise(AlertCard alert, List<Delivery> deliveries);

    Optional<AlertCard> find(UUID id);

    /** What {@link #act} did: the alert as it stands, the change if there was one, and whether it was a replay. */
    record Acted(AlertCard alert, Optional<AlertChanged> change, boolean replay) {
    }

    /**
     * In one transaction: records {@code callback} as applied - if it was already, changes nothing (a replay)
     * - then locks the alert, applies {@code action} to it and saves it. Empty when there is no such alert.
     */
    Optional<Acted> act(CallbackId callback, UUID alertId, Function<Alert, Optional<AlertChanged>> action);
}
