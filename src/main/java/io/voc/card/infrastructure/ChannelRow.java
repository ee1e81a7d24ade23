package io.voc.card.infrastructure;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A row of {@code card_channel} (db/migration V6); {@link SealedChannels} maps it to and from the model. */
@Entity
@Table(name = "card_channel")
public class ChannelRow extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(nullable = false)
    public String name;
    @Column(nullable = false)
    public String kind;
    @Column(name = "url_sealed", nullable = false)
    public String urlSealed;
    @Column(name = "signing_sealed")
    public String signingSealed;
    @Column(name = "callback_sealed")
    public String callbackSealed;
    @Column(nullable = false)
    public String owner;
    @Column(name = "all_products", nullable = false)
    public boolean allProducts;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] products;
    public boolean disabled;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
