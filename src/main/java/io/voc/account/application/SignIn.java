package io.voc.account.application;

import io.voc.account.model.SignInThrottle;
import io.voc.account.model.User;
import io.voc.account.model.Username;
import io.voc.platform.model.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Use case: a person proves who they are with username and password (the sign-in form, or HTTP Basic
 * from a script). Wrong passwords in a row lock the account for a while ({@link SignInThrottle});
 * while it is locked, not even the right password is checked, so guessing gains nothing.
 */
@ApplicationScoped
public class SignIn {
    private final Users users;
    private final SignInAttempts attempts;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Clock clock;
    private final VerifiedPasswords verified = new VerifiedPasswords();
    private volatile String decoyHash;

    @Inject
    SignIn(Users users, SignInAttempts attempts, PasswordHasher hasher, AuditLog audit) {
        this(users, attempts, hasher, audit, Clock.systemUTC());
    }

    SignIn(Users users, SignInAttempts attempts, PasswordHasher hasher, AuditLog audit, Clock clock) {
        this.users = users;
        this.attempts = attempts;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    /** The caller, or {@link SignInRefusedException}; may throw {@link AccountsUnavailableException}. */
    public Caller withPassword(String username, String password, Caller.Via via) {
        if (password == null || password.isEmpty()) {
            throw SignInRefusedException.wrongCredentials();
        }
        Optional<User> found = parse(username).flatMap(users::find);
        if (found.isEmpty()) {
            // as slow as a wrong password, so response times do not tell which usernames exist
            hasher.verify(password, decoyHash());
            audit.record(null, abbreviate(username), AuditLog.Action.SIGN_IN_FAILED, null, "unknown user, " + via);
            throw SignInRefusedException.wrongCredentials();
        }
        User user = found.get();
        String name = user.username().value();
        Instant now = clock.instant();
        Optional<Instant> locked = attempts.lockedUntil(user.id()).filter(now::isBefore);
        if (locked.isPresent()) {
            throw SignInRefusedException.locked(locked.get(), now);
        }
        if (!passwordMatches(user, password)) {
            int failures = attempts.recordFailure(user.id());
            Optional<Instant> lock = SignInThrottle.lockedUntil(failures, now);
            lock.ifPresent(until -> attempts.lock(user.id(), until));
            audit.record(user.id(), name, lock.isPresent() ? AuditLog.Action.SIGN_IN_LOCKED
                    : AuditLog.Action.SIGN_IN_FAILED, name, failures + " wrong password(s) in a row, " + via
                            + lock.map(until -> ", locked until " + until).orElse(""));
            throw lock.map(until -> SignInRefusedException.locked(until, now))
                    .orElseGet(SignInRefusedException::wrongCredentials);
        }
        if (user.disabled()) {
            audit.record(user.id(), name, AuditLog.Action.SIGN_IN_FAILED, name, "disabled, " + via);
            throw SignInRefusedException.wrongCredentials();
        }
        attempts.recordSuccess(user.id(), now);
        if (via == Caller.Via.SESSION) {
            // scripts sending Basic on every request would flood the log; the form is a person signing in
            audit.record(user.id(), name, AuditLog.Action.SIGN_IN, name, null);
        }
        return Callers.of(user, via);
    }

    private static String abbreviate(String username) {
        return username == null ? null : username.substring(0, Math.min(64, username.length()));
    }

    private boolean passwordMatches(User user, String password) {
        String name = user.username().value();
        if (verified.known(name, password, user.passwordHash())) {
            return true;
        }
        boolean matches = hasher.verify(password, user.passwordHash());
        if (matches) {
            verified.remember(name, password, user.passwordHash());
        }
        return matches;
    }

    private static Optional<Username> parse(String username) {
        try {
            return Optional.of(new Username(username));
        } catch (InvalidInputException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String decoyHash() {
        if (decoyHash == null) {
            decoyHash = hasher.hash("not a password anyone has");
        }
        return decoyHash;
    }
}
