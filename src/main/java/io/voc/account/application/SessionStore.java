package io.voc.account.application;

import io.voc.account.model.User;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The browser sessions. Every call may throw {@link AccountsUnavailableException}. */
public interface SessionStore {

    /** A session as stored: the SHA-256 of its cookie value, never the value itself. */
    record StoredSession(String idHash, UUID userId, String csrfToken, Instant createdAt, Instant lastSeenAt,
            Instant expiresAt, String userAgent) {
    }

    record SessionOfUser(StoredSession session, User user) {
    }

    void save(StoredSession session);

    Optional<SessionOfUser> find(String idHash);

    void touch(String idHash, Instant at);

    void delete(String idHash);

    /** Ends every session of a user but the one whose hash is {@code keepIdHash} (null: all). */
    void deleteAllOf(UUID userId, String keepIdHash);

    /** Removes sessions that ended (expired, or idle since before {@code idleSince}); returns how many. */
    int deleteEnded(Instant now, Instant idleSince);
}
