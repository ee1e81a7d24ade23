package io.voc.account.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How an account resists password guessing: the first {@value #FREE_ATTEMPTS} wrong passwords in a row
 * cost nothing; each one after that locks the account for a while, doubling from one minute up to
 * fifteen. A lock slows an attacker to a few guesses an hour without locking the owner out for long,
 * and a correct password after the lock ends clears the count.
 */
public final class SignInThrottle {
    public static final int FREE_ATTEMPTS = 5;
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration LONGEST_LOCK = Duration.ofMinutes(15);

    private SignInThrottle() {
    }

    /** When the account opens again after {@code consecutiveFailures} wrong passwords, the last at {@code now}. */
    public static Optional<Instant> lockedUntil(int consecutiveFailures, Instant now) {
        if (consecutiveFailures < FREE_ATTEMPTS) {
            return Optional.empty();
        }
        int doublings = Math.min(consecutiveFailures - FREE_ATTEMPTS, 10);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return Optional.of(now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock));
    }
}
