package io.voc.query.model;

import io.voc.account.model.Role;
import io.voc.account.model.Username;
import io.voc.platform.model.InvalidInputException;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Who besides its owner (and admins) sees a saved query: people by username and everyone holding a role.
 * Roles include the ones below them (an analyst is also a viewer), so sharing with viewers shares with
 * everyone who may read. Nobody listed: the query is private.
 */
public record Visibility(Set<Role> roles, Set<String> users) {
    public static final Visibility PRIVATE = new Visibility(Set.of(), Set.of());
    public static final int MAX_USERS = 200;

    public Visibility {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        if (users == null) {
            users = Set.of();
        }
        if (users.size() > MAX_USERS) {
            throw new InvalidInputException("users", "a query can be shared with at most " + MAX_USERS + " users");
        }
        // the same shape rules as sign-in names, so a typo is refused here rather than shared with nobody
        users = users.stream().map(Visibility::username).collect(Collectors.toUnmodifiableSet());
    }

    /** Shared with the users and roles named; both empty is private. */
    public static Visibility of(Collection<Role> roles, Collection<String> users) {
        return new Visibility(roles == null ? Set.of() : Set.copyOf(roles), users == null ? Set.of() : Set.copyOf(users));
    }

    public boolean isPrivate() {
        return roles.isEmpty() && users.isEmpty();
    }

    /** Whether a person with this name and role is among those it is shared with. */
    public boolean includes(String username, Role role) {
        return users.contains(username) || roles.stream().anyMatch(role::includes);
    }

    /** The users by name, for showing and storing in a stable order. */
    public Set<String> sortedUsers() {
        return new TreeSet<>(users);
    }

    /** A username as people sign in with it, checked as {@link Username} checks it but reported as {@code users}. */
    private static String username(String value) {
        try {
            return new Username(value == null ? null : value.strip().toLowerCase(Locale.ROOT)).value();
        } catch (InvalidInputException e) {
            throw new InvalidInputException("users", e.getMessage());
        }
    }
}
