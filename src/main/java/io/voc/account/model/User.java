package io.voc.account.model;

import io.voc.feedback.model.ProductScope;
import io.voc.feedback.model.ProductKey;
import io.voc.platform.model.InvalidInputException;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Someone who uses VOC: a role, the products granted, and a password hash (never the password). A user
 * is disabled rather than deleted, so what they did stays attributable.
 *
 * <p>There must always be an active admin, or nobody could manage users. Whether a change removes the
 * last one depends on the other users, so the changes that take admin rights away - {@link #changeRole}
 * and {@link #disable} - take the current number of active admins (this user included) and refuse to
 * bring it to zero. The store must count and save in one transaction for the rule to hold under races.
 */
public final class User {
    public static final int MAX_DISPLAY_NAME = 100;

    private final UUID id;
    private final Username username;
    private final Instant createdAt;
    private String displayName;
    private Role role;
    private ProductScope grant;
    private String passwordHash;
    private boolean disabled;
    private Instant updatedAt;

    /** The stored state of a user, as the store reads it back. */
    public record State(UUID id, Username username, String displayName, Role role, ProductScope grant,
            String passwordHash, boolean disabled, Instant createdAt, Instant updatedAt) {
    }

    private User(State s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.username = Objects.requireNonNull(s.username(), "username");
        this.displayName = checkDisplayName(s.displayName());
        this.role = Objects.requireNonNull(s.role(), "role");
        this.grant = Objects.requireNonNull(s.grant(), "grant");
        this.passwordHash = checkHash(s.passwordHash());
        this.disabled = s.disabled();
        this.createdAt = Objects.requireNonNull(s.createdAt(), "createdAt");
        this.updatedAt = Objects.requireNonNull(s.updatedAt(), "updatedAt");
    }

    /** A new, active user. The password was checked against {@link PasswordPolicy} and hashed by the caller. */
    public static User create(Username username, String displayName, Role role, ProductScope grant,
            String passwordHash, Instant now) {
        return new User(new State(UUID.randomUUID(), username, displayName, role, grant, passwordHash, false, now, now));
    }

    public static User restore(State state) {
        return new User(state);
    }

    public State state() {
        return new State(id, username, displayName, role, grant, passwordHash, disabled, createdAt, updatedAt);
    }

    /** Gives the user another role; refused when it would demote the last active admin. */
    public void changeRole(Role newRole, long activeAdmins, Instant now) {
        Objects.requireNonNull(newRole, "role");
        if (newRole == role) {
            return;
        }
        if (newRole != Role.ADMIN) {
            requireAnotherAdmin(activeAdmins, "change the role of");
        }
        role = newRole;
        updatedAt = now;
    }

    /** Replaces the products the user may see. */
    public void grant(ProductScope newGrant, Instant now) {
        grant = Objects.requireNonNull(newGrant, "grant");
        updatedAt = now;
    }

    /** The user can no longer sign in; refused for the last active admin. */
    public void disable(long activeAdmins, Instant now) {
        if (disabled) {
            return;
        }
        requireAnotherAdmin(activeAdmins, "disable");
        disabled = true;
        updatedAt = now;
    }

    public void enable(Instant now) {
        if (disabled) {
            disabled = false;
            updatedAt = now;
        }
    }

    public void rename(String newDisplayName, Instant now) {
        displayName = checkDisplayName(newDisplayName);
        updatedAt = now;
    }

    /** A new password hash (the password was checked against {@link PasswordPolicy} before hashing). */
    public void changePasswordHash(String newHash, Instant now) {
        passwordHash = checkHash(newHash);
        updatedAt = now;
    }

    public boolean isActiveAdmin() {
        return !disabled && role == Role.ADMIN;
    }

    /** Whether this user may do what {@code needed} allows, on {@code product}; nothing once disabled. */
    public boolean may(Role needed, ProductKey product) {
        return !disabled && role.includes(needed) && grant.covers(product);
    }

    private void requireAnotherAdmin(long activeAdmins, String action) {
        if (isActiveAdmin() && activeAdmins <= 1) {
            throw new LastAdminException("cannot " + action + " '" + username + "': it is the last active admin;"
                    + " make another user admin first");
        }
    }

    private static String checkDisplayName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("displayName", "displayName is required");
        }
        String stripped = name.strip();
        if (stripped.length() > MAX_DISPLAY_NAME) {
            throw new InvalidInputException("displayName",
                    "displayName must be at most " + MAX_DISPLAY_NAME + " characters");
        }
        return stripped;
    }

    private static String checkHash(String hash) {
        if (hash == null || hash.isBlank()) {
            throw new IllegalArgumentException("a user needs a password hash");
        }
        return hash;
    }

    public UUID id() {
        return id;
    }

    public Username username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public ProductScope grant() {
        return grant;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean disabled() {
        return disabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
