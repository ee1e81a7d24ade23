package io.voc.card.model;

import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When to try a failed delivery again: exponential backoff ({@code base}, doubling up to {@code cap}) with
 * "equal jitter" - half the step fixed, half random - so deliveries that failed together (a provider outage)
 * do not all come back at the same moment, yet none retries at once. A provider's {@code Retry-After} is a
 * floor. After {@code maxAttempts} failures a delivery is parked for a person to look at.
 */
public record RetryPolicy(int maxAttempts, Duration base, Duration cap) {
    public static final RetryPolicy DEFAULT = new RetryPolicy(8, Duration.ofSeconds(2), Duration.ofMinutes(10));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("0 < base <= cap");
        }
    }

    /** The wait after the {@code attempt}-th failure (1-based); {@code random} gives values in [0, 1). */
    public Duration delayAfter(int attempt, Optional<Duration> retryAfter, DoubleSupplier random) {
        long step = base.toMillis() << Math.min(attempt - 1, 30);
        long capped = Math.min(cap.toMillis(), step > 0 ? step : cap.toMillis());
        long delay = capped / 2 + (long) (random.getAsDouble() * (capped - capped / 2));
        long floor = retryAfter.map(Duration::toMillis).orElse(0L);
        return Duration.ofMillis(Math.max(delay, floor));
    }

    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }
}
