package io.voc.account.infrastructure;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.voc.account.application.AccountsUnavailableException;
import io.voc.account.application.SignInAttempts;
import io.voc.platform.persistence.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Sign-in failures on the {@code voc_user} row. The increment is an UPDATE, which also locks the row
 * until the count is read back in the same transaction: parallel guesses are each counted.
 */
@ApplicationScoped
class PostgresSignInAttempts implements SignInAttempts {
    private static final Blocking POSTGRES = Blocking.failingWith(AccountsUnavailableException::new);


    @Override
    public Optional<Instant> lockedUntil(UUID userId) {
        UserRow row = POSTGRES.await(() -> Panache.withSession(() -> UserRow.<UserRow>findById(userId)));
        return Optional.ofNullable(row).map(r -> r.lockedUntil);
    }

    @Override
    public int recordFailure(UUID userId) {
        return POSTGRES.await(() -> Panache.withTransaction(
                () -> UserRow.update("failedSignIns = failedSignIns + 1 where id = ?1", userId)
                        .chain(() -> Panache.getSession().chain(s -> s
                                .createQuery("select failedSignIns from UserRow where id = :id", Integer.class)
                                .setParameter("id", userId)
                                .getSingleResult()))));
    }

    @Override
    public void lock(UUID userId, Instant until) {
        POSTGRES.await(() -> Panache.withTransaction(() -> UserRow.update(
                "lockedUntil = ?1 where id = ?2 and (lockedUntil is null or lockedUntil < ?1)", until, userId)));
    }

    @Override
    public void recordSuccess(UUID userId, Instant at) {
        // scripts sign in with every request: rewrite the row only when something changes
        POSTGRES.await(() -> Panache.withTransaction(() -> UserRow.update(
                "failedSignIns = 0, lockedUntil = null, lastSignInAt = ?1 where id = ?2"
                        + " and (failedSignIns > 0 or lastSignInAt is null or lastSignInAt < ?3)",
                at, userId, at.minusSeconds(60))));
    }
}
