package io.voc.account.application;

import io.voc.platform.VocConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Use case: browser sessions after a sign-in. The cookie carries 256 random bits; the store keeps only
 * their hash. Each request re-reads the user, so disabling someone or changing their role or products
 * takes effect on their next click, and signing out ends the session everywhere it was copied.
 */
@ApplicationScoped
public class BrowserSessions {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern COOKIE_SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
    /** Writing last-seen on every request would make each click a database write. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final SessionStore store;
    private final Duration idleTimeout;
    private final Duration lifetime;
    private final Clock clock;

    /** A new session: the cookie value to set, and the CSRF token its forms carry. */
    public record NewSession(String cookieValue, String csrfToken, Duration maxAge) {
    }

    /** A session that is still valid, with the caller it signs in. */
    public record ActiveSession(Caller caller, String csrfToken) {
    }

    @Inject
    BrowserSessions(SessionStore store, VocConfig config) {
        this(store, config.auth().sessionIdleTimeout(), config.auth().sessionLifetime(), Clock.systemUTC());
    }

    BrowserSessions(SessionStore store, Duration idleTimeout, Duration lifetime, Clock clock) {
        this.store = store;
        this.idleTimeout = idleTimeout;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    public NewSession start(Caller caller, String userAgent) {
        Instant now = clock.instant();
        String cookieValue = randomToken();
        String csrf = randomToken();
        String agent = userAgent == null ? null : userAgent.substring(0, Math.min(200, userAgent.length()));
        store.save(new SessionStore.StoredSession(hash(cookieValue), caller.userId(), csrf, now, now,
                now.plus(lifetime), agent));
        return new NewSession(cookieValue, csrf, lifetime);
    }

    public Optional<ActiveSession> resume(String cookieValue) {
        if (cookieValue == null || !COOKIE_SHAPE.matcher(cookieValue).matches()) {
            return Optional.empty();
        }
        String idHash = hash(cookieValue);
        Optional<SessionStore.SessionOfUser> found = store.find(idHash);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SessionStore.StoredSession session = found.get().session();
        Instant now = clock.instant();
        if (!now.isBefore(session.expiresAt()) || !now.isBefore(session.lastSeenAt().plus(idleTimeout))
                || found.get().user().disabled()) {
            store.delete(idHash);
            return Optional.empty();
        }
        if (now.isAfter(session.lastSeenAt().plus(TOUCH_EVERY))) {
            store.touch(idHash, now);
        }
        return Optional.of(new ActiveSession(Callers.of(found.get().user(), Caller.Via.SESSION), session.csrfToken()));
    }

    public void end(String cookieValue) {
        if (cookieValue != null && COOKIE_SHAPE.matcher(cookieValue).matches()) {
            store.delete(hash(cookieValue));
        }
    }

    /**
     * Signs a user out everywhere, except in the browser whose cookie is {@code keepCookieValue} (null:
     * everywhere): after a password change, whoever knew the old one loses their sessions too.
     */
    public void endAllOf(java.util.UUID userId, String keepCookieValue) {
        store.deleteAllOf(userId, keepCookieValue == null || !COOKIE_SHAPE.matcher(keepCookieValue).matches() ? null
                : hash(keepCookieValue));
    }

    /** Housekeeping: forgets sessions that can no longer be used. */
    public int forgetEnded() {
        Instant now = clock.instant();
        return store.deleteEnded(now, now.minus(idleTimeout));
    }

    /** 256 random bits, URL-safe. */
    public static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
