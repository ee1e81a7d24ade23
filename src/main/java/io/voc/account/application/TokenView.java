package io.voc.account.application;

import io.voc.account.model.Scope;
import io.voc.feedback.model.ProductKey;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A token as its owner and admins see it: everything but the secret. {@code products} null: all. */
public record TokenView(UUID id, String name, String owner, List<String> scopes, List<String> products,
        Instant expiresAt, Instant createdAt, Instant lastUsedAt, Instant revokedAt, boolean active) {

    static TokenView of(ApiTokens.TokenOfOwner t, Instant now) {
        var token = t.token();
        return new TokenView(token.id(), token.name(), t.owner().username().value(),
                token.scopes().stream().map(Scope::id).sorted().toList(),
                token.products().isAll() ? null
                        : token.products().products().stream().map(ProductKey::value).sorted().toList(),
                token.expiresAt(), token.createdAt(), t.lastUsedAt(), token.revokedAt(), token.usableAt(now));
    }
}
