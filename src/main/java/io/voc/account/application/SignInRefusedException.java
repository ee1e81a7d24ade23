package io.voc.account.application;

import java.time.Instant;
import java.util.Optional;

/**
 * A sign-in that did not succeed. The message never says whether the username exists or the password was
 * close; {@link #retryAfter()} is present while the account is locked after repeated failures.
 */
public class SignInRefusedException extends RuntimeException {
    private final Instant retryAfter;

    SignInRefusedException(String message, Instant retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    static SignInRefusedException wrongCredentials() {
        return new SignInRefusedException("Wrong username or password.", null);
    }

    static SignInRefusedException locked(Instant until, Instant now) {
        long minutes = Math.max(1, (java.time.Duration.between(now, until).getSeconds() + 59) / 60);
        return new SignInRefusedException("Too many wrong passwords for this account: sign-in is locked for "
                + (minutes == 1 ? "a minute" : minutes + " minutes") + ".", until);
    }

    public Optional<Instant> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
