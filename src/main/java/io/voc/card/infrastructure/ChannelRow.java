package io.voc.card.infrastructure;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.voc.card.application.ChannelView;
import io.voc.card.model.ChannelKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
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
    @Column(name = "url_shown", nullable = false)
    public String urlShown;
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

    /** The channel as lists show it, without opening anything sealed. */
    ChannelView toView() {
        return new ChannelView(id, name, ChannelKind.valueOf(kind).wireName(), urlShown, signingSealed != null,
                callbackSealed != null, owner, allProducts, products == null ? List.of() : Arrays.stream(products)
                        .sorted().toList(), disabled, createdAt);
    }
}
