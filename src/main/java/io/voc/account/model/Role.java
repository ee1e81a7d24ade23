package io.voc.account.model;

/**
 * What a user may do. Each role includes the ones below it: an analyst can do all a viewer can, an
 * admin all an analyst can.
 */
public enum Role {
    /** A product manager: reads dashboards and search. */
    VIEWER,
    /** Plus saved queries and exports. */
    ANALYST,
    /** Plus users, products, channels and experiment settings. */
    ADMIN;

    /** Whether this role grants everything {@code other} grants. */
    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }
}
