package io.voc.account.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a user may do. Each role includes the ones below it: an analyst can do all a viewer can, an
 * admin all an analyst can.
 */
public enum Role {
    /** A product manager: reads dashboards and search. */
    VIEWER(EnumSet.of(Scope.READ)),
    /** Plus saved queries and exports. */
    ANALYST(EnumSet.of(Scope.READ, Scope.QUERY)),
    /** Plus users, products, channels and experiment settings, and submitting feedback (imports). */
    ADMIN(EnumSet.allOf(Scope.class));

    private final Set<Scope> scopes;

    Role(Set<Scope> scopes) {
        this.scopes = Set.copyOf(scopes);
    }

    /** What someone with this role may do. */
    public Set<Scope> scopes() {
        return scopes;
    }

    /** Whether this role grants everything {@code other} grants. */
    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }
}
