package io.voc.card.model;

/** Where a card's delivery to one channel is. */
public enum DeliveryStatus {
    /** Waiting for its first attempt, or for the next one after a failure. */
    PENDING,
    /** The provider took it. */
    DELIVERED,
    /** Given up on: too many failures, or one that retrying cannot fix. The reason is on the delivery. */
    PARKED
}
