package io.voc.account.application;

import io.voc.account.model.Role;
import io.voc.account.model.Scope;
import io.voc.feedback.model.ProductScope;
import java.util.Set;
import java.util.UUID;

/**
 * Who is making a request, after authentication: the user (for a token, its owner), what they may do
 * and on which products, and how they proved it. A token's scopes and products are already narrowed to
 * what its owner may do today.
 */
public record Caller(UUID userId, String username, String displayName, Role role, Set<Scope> scopes,
        ProductScope products, Via via) {

    public enum Via {
        /** A browser session cookie: state-changing requests must also carry the session's CSRF token. */
        SESSION,
        /** HTTP Basic with the user's password, for scripts. */
        PASSWORD,
        /** An API token (Bearer). */
        TOKEN,
        /** A click on a chat card, for the VOC user an admin linked the clicking chat user to. */
        CHAT
    }

    public Caller {
        scopes = Set.copyOf(scopes);
    }

    public boolean may(Scope scope) {
        return scopes.contains(scope);
    }
}
