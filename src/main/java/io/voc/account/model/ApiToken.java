package io.voc.account.model;

import io.voc.feedback.model.ProductScope;
import io.voc.platform.model.InvalidInputException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * An API token: what a pipeline, script or bot presents instead of a password. It belongs to a user and
 * can never do more than that user may do today: its scopes and products are cut down to the owner's
 * at every use ({@link #scopesFor}, {@link #productsFor}), so demoting or disabling the owner reaches
 * their tokens too. The secret itself is not part of the aggregate; the store keeps only its hash.
 */
public final class ApiToken {
    public static final int MAX_NAME = 100;

    private final UUID id;
    private final UUID ownerId;
    private final String name;
    private final Set<Scope> scopes;
    private final ProductScope products;
    private final Instant expiresAt;
    private final Instant createdAt;
    private final UUID createdBy;
    private Instant revokedAt;

    public record State(UUID id, UUID ownerId, String name, Set<Scope> scopes, ProductScope products,
            Instant expiresAt, Instant createdAt, UUID createdBy, Instant revokedAt) {
    }

    private ApiToken(State s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.ownerId = Objects.requireNonNull(s.ownerId(), "ownerId");
        this.name = checkName(s.name());
        if (s.scopes() == null || s.scopes().isEmpty()) {
            throw new InvalidInputException("scopes", "a token needs at least one scope: read, query, ingest or admin");
        }
        this.scopes = Set.copyOf(s.scopes());
        this.products = Objects.requireNonNull(s.products(), "products");
        this.createdAt = Objects.requireNonNull(s.createdAt(), "createdAt");
        this.expiresAt = s.expiresAt();
        if (expiresAt != null && !expiresAt.isAfter(createdAt)) {
            throw new InvalidInputException("expiresAt", "expiresAt must be in the future");
        }
        this.createdBy = Objects.requireNonNull(s.createdBy(), "createdBy");
        this.revokedAt = s.revokedAt();
    }

    /**
     * A new token for {@code owner}, issued by {@code issuer} (the owner, or an admin). Refused when it
     * would give more than the owner may have: a scope beyond their role, a product beyond their grant.
     */
    public static ApiToken issue(User owner, User issuer, String name, Set<Scope> scopes, ProductScope products,
            Instant expiresAt, Instant now) {
        if (!issuer.id().equals(owner.id()) && !issuer.role().includes(Role.ADMIN)) {
            throw new NotAllowedException("only an admin may create tokens for someone else");
        }
        if (owner.disabled()) {
            throw new InvalidInputException("owner", "'" + owner.username() + "' is disabled");
        }
        Set<Scope> beyondRole = EnumSet.noneOf(Scope.class);
        if (scopes != null) {
            beyondRole.addAll(scopes);
            beyondRole.removeAll(owner.role().scopes());
        }
        if (!beyondRole.isEmpty()) {
            throw new InvalidInputException("scopes", "'" + owner.username() + "' (" + owner.role().name().toLowerCase()
                    + ") may not have scope " + beyondRole.iterator().next().id());
        }
        if (products != null && !owner.grant().includes(products)) {
            throw new InvalidInputException("products", "the products must be among those '" + owner.username()
                    + "' may see: " + owner.grant());
        }
        return new ApiToken(new State(UUID.randomUUID(), owner.id(), name, scopes,
                products == null ? owner.grant() : products, expiresAt, now, issuer.id(), null));
    }

    public static ApiToken restore(State state) {
        return new ApiToken(state);
    }

    public State state() {
        return new State(id, ownerId, name, scopes, products, expiresAt, createdAt, createdBy, revokedAt);
    }

    /** From now on the token opens nothing. Revoking twice changes nothing. */
    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public boolean usableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    /** What the token allows today: its scopes within its owner's role. */
    public Set<Scope> scopesFor(User owner) {
        Set<Scope> effective = EnumSet.noneOf(Scope.class);
        if (!owner.disabled()) {
            effective.addAll(scopes);
            effective.retainAll(owner.role().scopes());
        }
        return effective;
    }

    public ProductScope productsFor(User owner) {
        return products.intersect(owner.grant());
    }

    private static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "a token needs a name that says what uses it, e.g. 'app-store importer'");
        }
        String stripped = name.strip();
        if (stripped.length() > MAX_NAME) {
            throw new InvalidInputException("name", "name must be at most " + MAX_NAME + " characters");
        }
        return stripped;
    }

    public UUID id() {
        return id;
    }

    public UUID ownerId() {
        return ownerId;
    }

    public String name() {
        return name;
    }

    public Set<Scope> scopes() {
        return scopes;
    }

    public ProductScope products() {
        return products;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public UUID createdBy() {
        return createdBy;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
