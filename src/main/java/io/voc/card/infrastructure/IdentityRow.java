package io.voc.card.infrastructure;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code card_identity} (db/migration V7): a chat user linked to a VOC user. */
@Entity
@Table(name = "card_identity")
@IdClass(IdentityRow.Key.class)
public class IdentityRow extends PanacheEntityBase {
    @Id
    public String provider;
    @Id
    @Column(name = "external_id")
    public String externalId;
    @Column(name = "user_id", nullable = false)
    public UUID userId;
    @Column(name = "linked_by", nullable = false)
    public String linkedBy;
    @Column(name = "linked_at", nullable = false)
    public Instant linkedAt;

    /** The primary key: provider (slack, lark, webhook) and the chat's user id. */
    public static class Key implements Serializable {
        public String provider;
        public String externalId;

        public Key() {
        }

        Key(String provider, String externalId) {
            this.provider = provider;
            this.externalId = externalId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.provider.equals(provider) && k.externalId.equals(externalId);
        }

        @Override
        public int hashCode() {
            return provider.hashCode() * 31 + externalId.hashCode();
        }
    }
}
