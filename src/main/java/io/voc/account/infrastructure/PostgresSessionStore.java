package io.voc.account.infrastructure;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.voc.account.application.AccountsUnavailableException;
import io.voc.account.application.SessionStore;
import io.voc.platform.persistence.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/** Browser sessions in PostgreSQL; callers are blocking threads (see {@link Blocking}). */
@ApplicationScoped
class PostgresSessionStore implements SessionStore {
    private static final Blocking POSTGRES = Blocking.failingWith(AccountsUnavailableException::new);


    @Override
    public void save(StoredSession session) {
        POSTGRES.await(() -> Panache.withTransaction(() -> SessionRow.of(session).persist().replaceWithVoid()));
    }

    @Override
    public Optional<SessionOfUser> find(String idHash) {
        return Optional.ofNullable(POSTGRES.await(() -> Panache.withSession(() -> SessionRow.<SessionRow>findById(idHash)
                .chain(session -> session == null ? Uni.createFrom().<SessionOfUser>nullItem()
                        : UserRow.<UserRow>findById(session.userId).map(user -> user == null ? null
                                : new SessionOfUser(session.toSession(), user.toUser()))))));
    }

    @Override
    public void touch(String idHash, Instant at) {
        POSTGRES.await(() -> Panache.withTransaction(
                () -> SessionRow.update("lastSeenAt = ?1 where idHash = ?2 and lastSeenAt < ?1", at, idHash)));
    }

    @Override
    public void delete(String idHash) {
        POSTGRES.await(() -> Panache.withTransaction(() -> SessionRow.delete("idHash", idHash)));
    }

    @Override
    public void deleteAllOf(java.util.UUID userId, String keepIdHash) {
        POSTGRES.await(() -> Panache.withTransaction(() -> keepIdHash == null
                ? SessionRow.delete("userId", userId)
                : SessionRow.delete("userId = ?1 and idHash <> ?2", userId, keepIdHash)));
    }

    @Override
    public int deleteEnded(Instant now, Instant idleSince) {
        long deleted = POSTGRES.await(() -> Panache.withTransaction(
                () -> SessionRow.delete("expiresAt <= ?1 or lastSeenAt < ?2", now, idleSince)));
        return (int) deleted;
    }
}
