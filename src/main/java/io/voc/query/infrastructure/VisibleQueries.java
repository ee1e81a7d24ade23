package io.voc.query.infrastructure;

import io.voc.account.model.Role;
import io.voc.query.model.QueryUser;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The SQL condition for "a saved query this user may see", the same rule as {@code SavedQuery.isVisibleTo}:
 * own, shared by name, or shared with a role the user holds (roles include the ones below them). For lists
 * paged in PostgreSQL, where filtering afterwards would break the pages. Binds {@code :everyone} and
 * {@code :me}.
 */
final class VisibleQueries {
    private VisibleQueries() {
    }

    /** @param q the alias of {@code query_saved} in the statement */
    static String condition(String q, QueryUser user) {
        // the roles the user holds, as literals: Role names, never the caller's input
        String roles = Arrays.stream(Role.values()).filter(user.role()::includes).map(r -> "'" + r.name() + "'")
                .collect(Collectors.joining(","));
        return "(:everyone or %1$s.owner = :me or :me = any(%1$s.shared_users) or %1$s.shared_roles && array[%2$s]::text[])"
                .formatted(q, roles);
    }
}
