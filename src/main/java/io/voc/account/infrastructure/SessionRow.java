package io.voc.account.infrastructure;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.voc.account.application.SessionStore;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of the {@code voc_session} table (db/migration V4). */
@Entity
@Table(name = "voc_session")
public class SessionRow extends PanacheEntityBase {
    @Id
    @Column(name = "id_hash")
    public String idHash;
    @Column(name = "user_id", nullable = false)
    public UUID userId;
    @Column(name = "csrf_token", nullable = false)
    public String csrfToken;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "last_seen_at", nullable = false)
    public Instant lastSeenAt;
    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;
    @Column(name = "user_agent")
    public String userAgent;

    static SessionRow of(SessionStore.StoredSession s) {
        SessionRow row = new SessionRow();
        row.idHash = s.idHash();
        row.userId = s.userId();
        row.csrfToken = s.csrfToken();
        row.createdAt = s.createdAt();
        row.lastSeenAt = s.lastSeenAt();
        row.expiresAt = s.expiresAt();
        row.userAgent = s.userAgent();
        return row;
    }

    SessionStore.StoredSession toSession() {
        return new SessionStore.StoredSession(idHash, userId, csrfToken, createdAt, lastSeenAt, expiresAt, userAgent);
    }
}
