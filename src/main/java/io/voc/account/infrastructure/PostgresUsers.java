package io.voc.account.infrastructure;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import io.voc.account.application.AccountsUnavailableException;
import io.voc.account.application.Users;
import io.voc.account.model.Role;
import io.voc.account.model.User;
import io.voc.account.model.Username;
import io.voc.platform.persistence.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Users in PostgreSQL through Hibernate Reactive. Callers are blocking threads (setup steps, later REST
 * calls), so each call runs on a Vert.x context and waits. The unique username makes an add of a taken
 * name fail in the database, which also settles two instances adding the same user at once.
 */
@ApplicationScoped
class PostgresUsers implements Users {
    private static final Blocking POSTGRES = Blocking.failingWith(AccountsUnavailableException::new);

    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean addIfAbsent(User user) {
        UserRow row = UserRow.of(user);
        return POSTGRES.await(() -> Panache.withTransaction(() -> row.persist().replaceWith(true))
                .onFailure(PostgresUsers::isUniqueViolation).recoverWithItem(false));
    }

    @Override
    public Optional<User> find(Username username) {
        UserRow row = POSTGRES.await(() -> Panache.withSession(
                () -> UserRow.<UserRow>find("username", username.value()).firstResult()));
        return Optional.ofNullable(row).map(UserRow::toUser);
    }

    @Override
    public Optional<User> findById(java.util.UUID id) {
        UserRow row = POSTGRES.await(() -> Panache.withSession(() -> UserRow.<UserRow>findById(id)));
        return Optional.ofNullable(row).map(UserRow::toUser);
    }

    @Override
    public long countActiveAdmins() {
        return POSTGRES.await(() -> Panache.withSession(
                () -> UserRow.count("role = ?1 and disabled = false", Role.ADMIN.name())));
    }

    @Override
    public java.util.List<User> list() {
        java.util.List<UserRow> rows = POSTGRES.await(() -> Panache.withSession(
                () -> UserRow.<UserRow>listAll(io.quarkus.panache.common.Sort.by("username"))));
        return rows.stream().map(UserRow::toUser).toList();
    }

    @Override
    public Optional<User> change(Username username, java.util.function.ObjLongConsumer<User> change) {
        // Locking the active admins' rows serialises every change that could take admin rights away: a
        // second one waits, then counts what the first left behind - after the wait PostgreSQL re-checks
        // the WHERE on each row's latest version (READ COMMITTED), so an admin the first one demoted or
        // disabled is no longer in the list. The changed user's row is locked too: the whole row is written
        // back, and a sign-in failure recorded meanwhile (a lockout) must not be overwritten by it.
        return Optional.ofNullable(POSTGRES.await(() -> Panache.withTransaction(() -> Uni.createFrom().voidItem()
                .chain(s -> UserRow.<UserRow>find("role = ?1 and disabled = false", Role.ADMIN.name())
                        .withLock(LockModeType.PESSIMISTIC_WRITE).list())
                .chain(admins -> UserRow.<UserRow>find("username", username.value())
                        .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult()
                        .map(row -> {
                            if (row == null) {
                                return null;
                            }
                            User user = row.toUser();
                            change.accept(user, admins.size());
                            row.copyFrom(user);
                            return user;
                        })))));
    }

    static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException
                    || t instanceof PgException pg && UNIQUE_VIOLATION.equals(pg.getSqlState())) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
