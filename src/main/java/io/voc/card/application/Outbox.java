package io.voc.card.application;

import io.voc.card.model.ChannelKind;
import io.voc.card.model.ChatChannel;
import io.voc.card.model.Delivery;
import io.voc.card.model.DeliveryStatus;
import io.voc.card.model.EventKind;
import io.voc.platform.model.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The deliveries queued with alerts, as the dispatcher works through them. A dispatcher claims due
 * deliveries for a while (a lease): no other instance takes them meanwhile, and when the lease runs out
 * (the instance crashed mid-send) another one does.
 */
public interface Outbox {

    /** A claimed delivery with what its card is made of. */
    record DueDelivery(Delivery delivery, EventKind event, ChatChannel channel, AlertCard alert) {
    }

    /**
     * Claims up to {@code limit} pending deliveries due at {@code now} whose lease is free or ran out, for
     * {@code instanceId} until {@code now + lease}, oldest due first. Deliveries of disabled channels wait.
     * Concurrent claimers never get the same delivery.
     */
    List<DueDelivery> claimDue(String instanceId, int limit, Duration lease, Instant now);

    /**
     * Saves the outcome of an attempt ({@link Delivery#record}) and releases the lease. False, saving
     * nothing, when {@code instanceId} no longer holds the lease (it ran out and another instance took
     * the delivery over): that instance's outcome counts.
     */
    boolean record(String instanceId, Delivery delivery);

    /**
     * Gives claimed deliveries back unsent, as they were (due at their time, no attempt counted), for any
     * instance to take at once: the claims a stopping instance never started. Those whose lease
     * {@code instanceId} no longer holds are left alone. Answers how many were given back.
     */
    int release(String instanceId, Collection<UUID> deliveryIds);

    /**
     * Gives claimed deliveries back unsent, each due again at its time ({@code dueAt}): their channel may not
     * be sent to before (its provider's rate). No attempt is counted; lost leases are left alone. Answers how
     * many were given back.
     */
    int postpone(String instanceId, Map<UUID, Instant> dueAt);

    /**
     * Makes a parked delivery due now with fresh attempts; empty when there is none.
     *
     * @throws DeliveryNotParkedException when it is pending or delivered
     */
    Optional<Delivery> retryNow(UUID deliveryId, Instant now);

    /** One line of the delivery log. */
    record LogEntry(Delivery.State delivery, EventKind event, UUID channelId, String channelName, ChannelKind kind,
            UUID alertId, String alertTitle, String product) {
    }

    /** Which deliveries to list: optionally of one status and one channel; pages of {@code size} from 0. */
    record LogQuery(Optional<DeliveryStatus> status, Optional<UUID> channelId, int page, int size) {
        public LogQuery {
            status = status == null ? Optional.empty() : status;
            channelId = channelId == null ? Optional.empty() : channelId;
            if (page < 0 || size < 1 || size > 500) {
                throw new InvalidInputException("page", "page >= 0 and 1 <= size <= 500");
            }
        }
    }

    /** The deliveries, newest first; {@code hasMore} when a next page exists. */
    record LogPage(List<LogEntry> entries, boolean hasMore) {
    }

    LogPage log(LogQuery query);
}
