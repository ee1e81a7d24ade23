package io.voc.account.application;

import io.voc.account.model.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Use case: a request presents an API token. Each use reads the token and its owner from the store, so a
 * revocation, an expiry, or a change to the owner counts from the next request on. Use is noted on the
 * token and in the audit log at most once an hour per token, not once per request.
 */
@ApplicationScoped
public class AuthenticateToken {
    private static final Pattern SHAPE = Pattern.compile(ManageTokens.PREFIX + "[A-Za-z0-9_-]{43}");
    private static final Duration NOTE_USE_EVERY = Duration.ofHours(1);

    private final ApiTokens tokens;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    AuthenticateToken(ApiTokens tokens, AuditLog audit) {
        this.tokens = tokens;
        this.audit = audit;
    }

    /** The caller the token stands for; empty when it is unknown, revoked, expired or its owner disabled. */
    public Optional<Caller> authenticate(String secret) {
        if (secret == null || !SHAPE.matcher(secret).matches()) {
            return Optional.empty();
        }
        Optional<ApiTokens.TokenOfOwner> found = tokens.findBySecretHash(BrowserSessions.hash(secret));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ApiTokens.TokenOfOwner t = found.get();
        Instant now = clock.instant();
        Set<Scope> scopes = t.token().scopesFor(t.owner());
        if (!t.token().usableAt(now) || scopes.isEmpty()) {
            audit.record(t.owner().id(), t.owner().username().value(), AuditLog.Action.TOKEN_REFUSED,
                    "token " + t.token().id() + " (" + t.token().name() + ")",
                    t.token().revokedAt() != null ? "revoked" : t.owner().disabled() ? "owner disabled" : "expired");
            return Optional.empty();
        }
        if (t.lastUsedAt() == null || t.lastUsedAt().isBefore(now.minus(NOTE_USE_EVERY))) {
            if (tokens.markUsed(t.token().id(), now, now.minus(NOTE_USE_EVERY))) {
                audit.record(t.owner().id(), t.owner().username().value(), AuditLog.Action.TOKEN_USED,
                        "token " + t.token().id() + " (" + t.token().name() + ")", null);
            }
        }
        return Optional.of(new Caller(t.owner().id(), t.owner().username().value(), t.owner().displayName(),
                t.owner().role(), scopes, t.token().productsFor(t.owner()), Caller.Via.TOKEN));
    }
}
