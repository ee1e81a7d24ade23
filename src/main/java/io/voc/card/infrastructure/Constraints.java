package io.voc.card.infrastructure;

import io.vertx.pgclient.PgException;

/** Which PostgreSQL constraint a failure broke, found through Hibernate's wrapping. */
final class Constraints {
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private Constraints() {
    }

    static boolean isForeignKeyViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PgException pg && FOREIGN_KEY_VIOLATION.equals(pg.getSqlState())) {
                return true;
            }
        }
        return false;
    }
}
