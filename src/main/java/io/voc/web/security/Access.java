package io.voc.web.security;

import io.voc.account.model.Scope;

/**
 * The role names that {@code @RolesAllowed} checks: the ids of {@link Scope}. A signed-in user holds
 * the scopes of their role; a token holds its own scopes.
 */
public final class Access {
    public static final String READ = "read";
    public static final String QUERY = "query";
    public static final String INGEST = "ingest";
    public static final String ADMIN = "admin";

    static {
        // the annotations need constants; this keeps them honest
        for (Scope scope : Scope.values()) {
            String id = switch (scope) {
                case READ -> READ;
                case QUERY -> QUERY;
                case INGEST -> INGEST;
                case ADMIN -> ADMIN;
            };
            if (!id.equals(scope.id())) {
                throw new IllegalStateException("Access." + scope + " does not match the scope id " + scope.id());
            }
        }
    }

    private Access() {
    }
}
