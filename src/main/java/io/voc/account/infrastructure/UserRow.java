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

    static UserRow of(User user) {
        User.State s = user.state();
        UserRow row = new UserRow();
        row.id = s.id();
        row.username = s.username().value();
        row.displayName = s.displayName();
        row.role = s.role().name();
        row.allProducts = s.grant().isAll();
        row.products = s.grant().products().stream().map(ProductKey::value).sorted().toArray(String[]::new);
        row.passwordHash = s.passwordHash();
        row.disabled = s.disabled();
        row.createdAt = s.createdAt();
        row.updatedAt = s.updatedAt();
        return row;
    }

    User toUser() {
        ProductScope grant = allProducts ? ProductScope.allProducts()
                : ProductScope.only(Arrays.stream(products == null ? new String[0] : products).map(ProductKey::new)
                        .collect(Collectors.toSet()));
        return User.restore(new User.State(id, new Username(username), displayName, Role.valueOf(role), grant,
                passwordHash, disabled, createdAt, updatedAt));
    }
}
