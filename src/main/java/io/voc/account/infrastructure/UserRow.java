package io.voc.account.infrastructure;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.voc.feedback.model.ProductScope;
import io.voc.account.model.Role;
import io.voc.account.model.User;
import io.voc.account.model.Username;
import io.voc.feedback.model.ProductKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of the {@code voc_user} table (see db/migration V3), mapped to and from the aggregate. */
@Entity
@Table(name = "voc_user")
public class UserRow extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String username;
    @Column(name = "display_name", nullable = false)
    public String displayName;
    @Column(nullable = false)
    public String role;
    @Column(name = "all_products", nullable = false)
    public boolean allProducts;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] products;
    @Column(name = "password_hash", nullable = false)
    public String passwordHash;
    public boolean disabled;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    /** Sign-in bookkeeping (V4), written only by {@link PostgresSignInAttempts}, not part of the aggregate. */
    @Column(name = "failed_sign_ins", nullable = false)
    public int failedSignIns;
    @Column(name = "locked_until")
    public Instant lockedUntil;
    @Column(name = "last_sign_in_at")
    public Instant lastSignInAt;

    static UserRow of(User user) {
        UserRow row = new UserRow();
        row.copyFrom(user);
        return row;
    }

    /** Puts the aggregate's state into this row (a managed row is then saved with its transaction). */
    void copyFrom(User user) {
        User.State s = user.state();
        id = s.id();
        username = s.username().value();
        displayName = s.displayName();
        role = s.role().name();
        allProducts = s.grant().isAll();
        products = s.grant().products().stream().map(ProductKey::value).sorted().toArray(String[]::new);
        passwordHash = s.passwordHash();
        disabled = s.disabled();
        createdAt = s.createdAt();
        updatedAt = s.updatedAt();
    }

    User toUser() {
        ProductScope grant = allProducts ? ProductScope.allProducts()
                : ProductScope.only(Arrays.stream(products == null ? new String[0] : products).map(ProductKey::new)
                        .collect(Collectors.toSet()));
        return User.restore(new User.State(id, new Username(username), displayName, Role.valueOf(role), grant,
                passwordHash, disabled, createdAt, updatedAt));
    }
}
