package io.voc.card.infrastructure;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.voc.card.model.EventKind;
import io.voc.card.model.Subscription;
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

/** A row of {@code card_subscription} (db/migration V6), mapped to and from the model. */
@Entity
@Table(name = "card_subscription")
public class SubscriptionRow extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "channel_id", nullable = false)
    public UUID channelId;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] events;
    @Column(name = "all_products", nullable = false)
    public boolean allProducts;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] products;
    @Column(name = "created_by", nullable = false)
    public String createdBy;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    static SubscriptionRow of(Subscription s) {
        SubscriptionRow row = new SubscriptionRow();
        row.id = s.id();
        row.channelId = s.channelId();
        row.events = s.events().stream().map(EventKind::name).sorted().toArray(String[]::new);
        row.allProducts = s.products().isAll();
        row.products = ProductColumns.keys(s.products());
        row.createdBy = s.createdBy();
        row.createdAt = s.createdAt();
        return row;
    }

    Subscription toSubscription() {
        return new Subscription(id, channelId, Arrays.stream(events).map(EventKind::valueOf).collect(Collectors.toSet()),
                ProductColumns.scope(allProducts, products), createdBy, createdAt);
    }
}
