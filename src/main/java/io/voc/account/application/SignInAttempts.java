package io.voc.account.application;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The record of each account's recent sign-ins, kept apart from the user aggregate because every
 * attempt writes it. Counting is atomic in the store, so parallel guesses cannot slip under the limit.
 */
public interface SignInAttempts {

    /** Until when the account refuses sign-ins; empty when it is open. */
    Optional<Instant> lockedUntil(UUID userId);

    /** Counts one more wrong password and returns the number in a row, this one included. */
    int recordFailure(UUID userId);

    void lock(UUID userId, Instant until);

    /** A correct password: the count starts again. */
    void recordSuccess(UUID userId, Instant at);
}
