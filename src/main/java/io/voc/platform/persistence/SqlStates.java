package io.voc.platform.persistence;

import io.vertx.pgclient.PgException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * PostgreSQL's SQLSTATE of a failure, wherever in the cause chain Hibernate Reactive or the Vert.x client put
 * it: the way to tell "that name is taken" (a rule, answered as such) from a broken database (an outage).
 */
public final class SqlStates {
    public static final String UNIQUE_VIOLATION = "23505";
    public static final String FOREIGN_KEY_VIOLATION = "23503";

    private SqlStates() {
    }

    /** Whether {@code failure} (or a cause of it) is PostgreSQL's error {@code sqlState}. */
    public static boolean is(Throwable failure, String sqlState) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConstraintViolationException c && sqlState.equals(c.getSQLState())
                    || t instanceof PgException pg && sqlState.equals(pg.getSqlState())) {
                return true;
            }
        }
        return false;
    }
}
