package io.voc.account.application;

import io.voc.account.model.ApiToken;
import io.voc.account.model.User;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The stored API tokens. Every call may throw {@link AccountsUnavailableException}. */
public interface ApiTokens {

    /** A token with its owner as stored now, and when it was last used. */
    record TokenOfOwner(ApiToken token, User owner, Instant lastUsedAt) {
    }

    void add(ApiToken token, String secretHash);

    Optional<TokenOfOwner> find(UUID id);

    Optional<TokenOfOwner> findBySecretHash(String secretHash);

    /** Stores a revocation. */
    void revoke(UUID id, Instant at);

    /** Notes a use; true when this call moved last-used from before {@code previousBefore} (at most one wins). */
    boolean markUsed(UUID id, Instant at, Instant previousBefore);

    /** The tokens of one owner, or of everyone when {@code ownerId} is null; newest first. */
    List<TokenOfOwner> list(UUID ownerId);
}
