package io.voc.feedback.infrastructure;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of the {@code product} table (see db/migration). */
@Entity
@Table(name = "product")
public class ProductRow extends PanacheEntityBase {
    @Id
    @Column(name = "key")
    public String key;

    @Column(name = "first_seen_at", nullable = false)
    public Instant firstSeenAt;

    @Column(name = "last_seen_at", nullable = false)
    public Instant lastSeenAt;
}
