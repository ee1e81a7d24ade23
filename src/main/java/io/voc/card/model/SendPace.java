package io.voc.card.model;

import java.time.Duration;

/**
 * A token bucket for one channel: whether a card may go now at its {@link SendRate}, and if not, how long
 * until it may. A provider that asked VOC to slow down ({@code Retry-After}) holds the whole channel, not
 * only the card it refused. Times are a monotonic clock's nanoseconds (System.nanoTime), passed in so the
 * bucket is plain arithmetic.
 */
public final class SendPace {
    private final SendRate rate;
    private double tokens;
    private long updatedAt;
    private long heldUntil;

    public SendPace(SendRate rate, long nowNanos) {
        this.rate = rate;
        this.tokens = rate.burst();
        this.updatedAt = nowNanos;
        this.heldUntil = nowNanos;
    }

    /** Takes one send if the channel may be sent to now: {@link Duration#ZERO}; otherwise the wait, taking nothing. */
    public synchronized Duration tryTake(long nowNanos) {
        refill(nowNanos);
        if (nowNanos - heldUntil < 0) {
            return Duration.ofNanos(heldUntil - nowNanos);
        }
        if (tokens >= 1) {
            tokens -= 1;
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) Math.ceil((1 - tokens) * rate.interval().toNanos()));
    }

    /** Nothing goes to the channel for {@code wait} (a provider's {@code Retry-After}). */
    public synchronized void holdFor(Duration wait, long nowNanos) {
        long until = nowNanos + wait.toNanos();
        if (until - heldUntil > 0) {
            heldUntil = until;
        }
    }

    private void refill(long nowNanos) {
        long elapsed = nowNanos - updatedAt;
        if (elapsed > 0) {
            tokens = Math.min(rate.burst(), tokens + (double) elapsed / rate.interval().toNanos());
            updatedAt = nowNanos;
        }
    }
}
