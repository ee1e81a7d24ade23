package io.voc.account.infrastructure;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.voc.account.application.SignInAttempts;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** Sign-in failures on the {@code voc_user} row; the increment is one atomic UPDATE ... RETURNING. */
@ApplicationScoped
class PostgresSignInAttempts implements SignInAttempts {

    @Override
    public Optional<Instant> lockedUntil(UUID userId) {
        Object until = Blocking.await(() -> Panache.withSession(() -> Panache.getSession().chain(s -> s
                .createNativeQuery("select locked_until from voc_user where id = :id")
                .setParameter("id", userId)
                .getSingleResultOrNull())));
        return Optional.ofNullable(until).map(PostgresSignInAttempts::instant);
    }

    @Override
    public int recordFailure(UUID userId) {
        Object count = Blocking.await(() -> Panache.withTransaction(() -> Panache.getSession().chain(s -> s
                .createNativeQuery("update voc_user set failed_sign_ins = failed_sign_ins + 1 where id = :id"
                        + " returning failed_sign_ins")
                .setParameter("id", userId)
                .getSingleResult())));
        return ((Number) count).intValue();
    }

    @Override
    public void lock(UUID userId, Instant until) {
        Blocking.await(() -> Panache.withTransaction(() -> Panache.getSession().chain(s -> s
                .createNativeQuery("update voc_user set locked_until = greatest(coalesce(locked_until, :until), :until)"
                        + " where id = :id")
                .setParameter("until", until)
                .setParameter("id", userId)
                .executeUpdate())));
    }

    @Override
    public void recordSuccess(UUID userId, Instant at) {
        Blocking.await(() -> Panache.withTransaction(() -> Panache.getSession().chain(s -> s
                // scripts sign in with every request: rewrite the row only when something changes
                .createNativeQuery("update voc_user set failed_sign_ins = 0, locked_until = null, last_sign_in_at = :at"
                        + " where id = :id and (failed_sign_ins > 0 or last_sign_in_at is null"
                        + " or last_sign_in_at < :since)")
                .setParameter("at", at)
                .setParameter("since", at.minusSeconds(60))
                .setParameter("id", userId)
                .executeUpdate())));
    }

    static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
