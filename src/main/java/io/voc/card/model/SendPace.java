package io.voc.card.model;

import java.time.Duration;

/**
 * A token bucket for one channel: whether a card may go now at its {@link SendRate}, and if not, how long
 * until it may. Providers count cards as they arrive, and a card may take a while on the wire while the next
 * goes quickly: so one card goes at a time, and the pace counts from when the previous one was answered
 * ({@link #sent}), which keeps arrivals at least an interval apart. A provider that asked VOC to slow down
 * ({@code Retry-After}) holds the whole channel, not only the card it refused. Times are a monotonic clock's
 * nanoseconds (System.nanoTime), passed in so the bucket is plain arithmetic.
 */
public final class SendPace {
    private final SendRate rate;
    private double tokens;
    private long updatedAt;
    private long heldUntil;
    private boolean sending;

    public SendPace(SendRate rate, long nowNanos) {
        this.rate = rate;
        this.tokens = rate.burst();
        this.updatedAt = nowNanos;
        this.heldUntil = nowNanos;
    }

    /** Takes one send if the channel may be sent to now: {@link Duration#ZERO}; otherwise the wait, taking nothing. */
    public synchronized Duration tryTake(long nowNanos) {
        if (sending) {
            return rate.interval(); // a guess: the card under way is usually answered by then
        }
        refill(nowNanos);
        if (nowNanos - heldUntil < 0) {
            return Duration.ofNanos(heldUntil - nowNanos);
        }
        if (tokens >= 1) {
            tokens -= 1;
            sending = true;
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) Math.ceil((1 - tokens) * rate.interval().toNanos()));
    }

    /** The card taken for was answered (or not sent after all): the next may follow at the pace from now. */
    public synchronized void sent(long nowNanos) {
        sending = false;
        if (nowNanos - updatedAt > 0) {
            updatedAt = nowNanos; // the time on the wire refills nothing
        }
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
