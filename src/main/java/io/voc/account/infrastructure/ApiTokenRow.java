package io.voc.account.infrastructure;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.voc.account.model.ApiToken;
import io.voc.account.model.Scope;
import io.voc.feedback.model.ProductKey;
import io.voc.feedback.model.ProductScope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of the {@code voc_api_token} table (db/migration V5). */
@Entity
@Table(name = "voc_api_token")
public class ApiTokenRow extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "owner_id", nullable = false)
    public UUID ownerId;
    @Column(nullable = false)
    public String name;
    @Column(name = "secret_hash", nullable = false)
    public String secretHash;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] scopes;
    @Column(name = "all_products", nullable = false)
    public boolean allProducts;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] products;
    @Column(name = "expires_at")
    public Instant expiresAt;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "created_by", nullable = false)
    public UUID createdBy;
    @Column(name = "revoked_at")
    public Instant revokedAt;
    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    static ApiTokenRow of(ApiToken token, String secretHash) {
        ApiToken.State s = token.state();
        ApiTokenRow row = new ApiTokenRow();
        row.id = s.id();
        row.ownerId = s.ownerId();
        row.name = s.name();
        row.secretHash = secretHash;
        row.scopes = s.scopes().stream().map(Scope::id).sorted().toArray(String[]::new);
        row.allProducts = s.products().isAll();
        row.products = s.products().products().stream().map(ProductKey::value).sorted().toArray(String[]::new);
        row.expiresAt = s.expiresAt();
        row.createdAt = s.createdAt();
        row.createdBy = s.createdBy();
        row.revokedAt = s.revokedAt();
        return row;
    }

    ApiToken toToken() {
        ProductScope grant = allProducts ? ProductScope.allProducts()
                : ProductScope.only(Arrays.stream(products).map(ProductKey::new).collect(Collectors.toSet()));
        return ApiToken.restore(new ApiToken.State(id, ownerId, name,
                Arrays.stream(scopes).map(s -> Scope.valueOf(s.toUpperCase(Locale.ROOT))).collect(Collectors.toSet()),
                grant, expiresAt, createdAt, createdBy, revokedAt));
    }
}
