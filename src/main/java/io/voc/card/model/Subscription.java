package io.voc.card.model;

import io.voc.feedback.model.ProductKey;
import io.voc.feedback.model.ProductScope;
import io.voc.platform.model.InvalidInputException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** A channel asking for some kinds of events about some products (within the channel's own products). */
public record Subscription(UUID id, UUID channelId, Set<EventKind> events, ProductScope products, String createdBy,
        Instant createdAt) {

    public Subscription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channelId, "channelId");
        if (events == null || events.isEmpty()) {
            throw new InvalidInputException("events", "a subscription needs at least one event");
        }
        events = Set.copyOf(EnumSet.copyOf(events));
        Objects.requireNonNull(products, "products");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A new subscription of {@code channel}; its products must be ones the channel may receive. */
    public static Subscription of(ChatChannel channel, Set<EventKind> events, ProductScope products, String by,
            Instant now) {
        if (!channel.products().includes(products)) {
            throw new InvalidInputException("products", "the channel " + channel.name()
                    + " may only receive cards about " + channel.products());
        }
        return new Subscription(UUID.randomUUID(), channel.id(), events, products, by, now);
    }

    public boolean wants(EventKind event, ProductKey product) {
        return events.contains(event) && products.covers(product);
    }
}
