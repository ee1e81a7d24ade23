package io.voc.query.model;

import io.voc.account.model.Role;
import java.util.Objects;

/**
 * Whoever reads or changes a saved query: their username, their role (what a query shared with a role
 * goes by) and whether they act as an admin now - a token of an admin without the admin scope does not.
 */
public record QueryUser(String username, Role role, boolean admin) {
    public QueryUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
    }
}
