package io.voc.card.model;

import java.time.Instant;
import java.util.UUID;

/**
 * What a card action did to an alert, for the audit log and for updating every card of it. Only a real
 * change is an event: acknowledging an acknowledged alert changes nothing and yields none.
 */
public record AlertChanged(UUID alertId, CardAction action, String by, Instant at) {
}
