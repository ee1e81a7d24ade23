package io.voc.account.application;

import io.voc.account.model.ApiToken;
import io.voc.account.model.NotAllowedException;
import io.voc.account.model.Role;
import io.voc.account.model.Scope;
import io.voc.account.model.User;
import io.voc.account.model.Username;
import io.voc.feedback.model.ProductScope;
import io.voc.platform.model.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Use case: people create, list and revoke API tokens - their own, or anybody's when they are admins.
 * The secret is returned once, at creation, and never stored. Tokens cannot create tokens: a leaked
 * token must not be able to mint successors that outlive its revocation.
 */
@ApplicationScoped
public class ManageTokens {
    static final String PREFIX = "voc_";

    private final ApiTokens tokens;
    private final Users users;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    ManageTokens(ApiTokens tokens, Users users, AuditLog audit) {
        this.tokens = tokens;
        this.users = users;
        this.audit = audit;
    }

    /** What to create; owner null: the caller; products null: all the owner may see; expiresAt null: never. */
    public record Request(String owner, String name, Set<Scope> scopes, ProductScope products, Instant expiresAt) {
    }

    /** The secret (shown once) and the token. */
    public record Issued(String secret, TokenView token) {
    }

    public Issued issue(Caller caller, Request request) {
        User issuer = userOf(requireNotToken(caller));
        User owner = request.owner() == null || request.owner().isBlank() ? issuer : users.find(parse(request.owner()))
                .orElseThrow(() -> new InvalidInputException("owner", "no user '" + request.owner() + "'"));
        Instant now = clock.instant();
        ApiToken token = ApiToken.issue(owner, issuer, request.name(), request.scopes(), request.products(),
                request.expiresAt(), now);
        String secret = PREFIX + BrowserSessions.randomToken();
        tokens.add(token, BrowserSessions.hash(secret));
        audit.record(issuer.id(), issuer.username().value(), AuditLog.Action.TOKEN_CREATED,
                "token " + token.id() + " (" + token.name() + ") of " + owner.username(),
                "scopes " + request.scopes() + ", products " + token.products()
                        + (token.expiresAt() == null ? "" : ", expires " + token.expiresAt()));
        return new Issued(secret, TokenView.of(new ApiTokens.TokenOfOwner(token, owner, null), now));
    }

    /** The caller's tokens; an admin asking for {@code all} sees everyone's. */
    public List<TokenView> list(Caller caller, boolean all) {
        if (all && caller.role() != Role.ADMIN) {
            throw new NotAllowedException("only admins see everyone's tokens");
        }
        Instant now = clock.instant();
        return tokens.list(all ? null : caller.userId()).stream().map(t -> TokenView.of(t, now)).toList();
    }

    /** Revokes a token of the caller's (any token, for an admin). Takes effect with the next request. */
    public TokenView revoke(Caller caller, UUID id) {
        ApiTokens.TokenOfOwner found = tokens.find(id).filter(t -> mayManage(caller, t))
                .orElseThrow(() -> new TokenNotFoundException(id));
        Instant now = clock.instant();
        if (found.token().revokedAt() == null) {
            tokens.revoke(id, now);
            found.token().revoke(now);
            audit.record(caller.userId(), caller.username(), AuditLog.Action.TOKEN_REVOKED,
                    "token " + id + " (" + found.token().name() + ") of " + found.owner().username(), null);
        }
        return TokenView.of(found, now);
    }

    private static boolean mayManage(Caller caller, ApiTokens.TokenOfOwner token) {
        return caller.role() == Role.ADMIN && caller.via() != Caller.Via.TOKEN
                || token.owner().id().equals(caller.userId());
    }

    private static Caller requireNotToken(Caller caller) {
        if (caller.via() == Caller.Via.TOKEN) {
            throw new NotAllowedException("tokens cannot create tokens; sign in with a password");
        }
        return caller;
    }

    private User userOf(Caller caller) {
        return users.findById(caller.userId()).orElseThrow(() -> new NotAllowedException("unknown user"));
    }

    private static Username parse(String name) {
        try {
            return new Username(name);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("owner", e.getMessage());
        }
    }
}
