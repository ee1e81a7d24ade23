package io.voc.card.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.function.DoubleSupplier;

/**
 * One card on its way to one channel: its attempts, when the next is due, and what the provider said last.
 * Its id is the card's idempotency key towards the receiver (the generic webhook sends it as
 * {@code X-VOC-Delivery}), and the dispatcher claims a delivery before sending, so a restart never sends a
 * delivered card again.
 */
public final class Delivery {
    private final UUID id;
    private final UUID channelId;
    private final UUID alertId;
    private final Instant createdAt;
    private DeliveryStatus status;
    private int attempts;
    private Instant nextAttemptAt;
    private String lastResponse;
    private Instant deliveredAt;

    public record State(UUID id, UUID channelId, UUID alertId, Instant createdAt, DeliveryStatus status, int attempts,
            Instant nextAttemptAt, String lastResponse, Instant deliveredAt) {
    }

    private Delivery(State s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.channelId = Objects.requireNonNull(s.channelId(), "channelId");
        this.alertId = Objects.requireNonNull(s.alertId(), "alertId");
        this.createdAt = Objects.requireNonNull(s.createdAt(), "createdAt");
        this.status = Objects.requireNonNull(s.status(), "status");
        this.attempts = s.attempts();
        this.nextAttemptAt = s.nextAttemptAt();
        this.lastResponse = s.lastResponse();
        this.deliveredAt = s.deliveredAt();
    }

    /** A card about {@code alertId} for {@code channelId}, due at once. */
    public static Delivery queue(UUID channelId, UUID alertId, Instant now) {
        return new Delivery(new State(UUID.randomUUID(), channelId, alertId, now, DeliveryStatus.PENDING, 0, now, null,
                null));
    }

    public static Delivery restore(State state) {
        return new Delivery(state);
    }

    public State state() {
        return new State(id, channelId, alertId, createdAt, status, attempts, nextAttemptAt, lastResponse, deliveredAt);
    }

    public boolean isDue(Instant now) {
        return status == DeliveryStatus.PENDING && !nextAttemptAt.isAfter(now);
    }

    /** Records an attempt's outcome: delivered, due again after a backoff, or parked with the reason. */
    public void record(DeliveryOutcome outcome, Instant at, RetryPolicy policy, DoubleSupplier random) {
        if (status != DeliveryStatus.PENDING) {
            throw new IllegalStateException("delivery " + id + " is " + status + ", not pending");
        }
        attempts++;
        lastResponse = outcome.detail();
        if (outcome.delivered()) {
            status = DeliveryStatus.DELIVERED;
            deliveredAt = at;
            nextAttemptAt = null;
        } else if (outcome.permanent() || policy.exhausted(attempts)) {
            status = DeliveryStatus.PARKED;
            nextAttemptAt = null;
            lastResponse = (outcome.permanent() ? "not retried: " : "gave up after " + attempts + " attempts: ")
                    + outcome.detail();
        } else {
            nextAttemptAt = at.plus(policy.delayAfter(attempts, outcome.retryAfter(), random));
        }
    }

    /** An admin sends a parked delivery again (after fixing the channel, say): a fresh set of attempts. */
    public void retryNow(Instant now) {
        if (status != DeliveryStatus.PARKED) {
            throw new IllegalStateException("only a parked delivery can be retried; this one is " + status);
        }
        status = DeliveryStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    public UUID id() {
        return id;
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastResponse() {
        return lastResponse;
    }
}
