package io.voc.card.infrastructure;

import static io.voc.card.infrastructure.PostgresChannels.POSTGRES;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.voc.card.application.CardIdentities;
import io.voc.card.model.CardIdentity;
import io.voc.card.model.ChannelKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Links of chat users to VOC users in {@code card_identity}; the username is read from {@code voc_user}. */
@ApplicationScoped
class PostgresCardIdentities implements CardIdentities {
    /** A chat user is linked to one VOC user: linking again moves the link. */
    private static final String UPSERT = """
            insert into card_identity (provider, external_id, user_id, linked_by, linked_at)
            values (:provider, :externalId, :userId, :linkedBy, :linkedAt)
            on conflict (provider, external_id) do update
            set user_id = excluded.user_id, linked_by = excluded.linked_by, linked_at = excluded.linked_at
            """;
    private static final String LIST = """
            select i.provider, i.external_id, i.user_id, u.username, i.linked_by, i.linked_at
            from card_identity i join voc_user u on u.id = i.user_id
            order by i.provider, i.external_id
            """;

    @Override
    public Optional<UUID> userOf(ChannelKind provider, String externalId) {
        IdentityRow row = POSTGRES.await(() -> Panache.withSession(() -> IdentityRow.<IdentityRow>findById(
                new IdentityRow.Key(provider.wireName(), externalId))));
        return Optional.ofNullable(row).map(r -> r.userId);
    }

    @Override
    public void put(CardIdentity identity) {
        POSTGRES.await(() -> Panache.withTransaction(() -> Panache.getSession().chain(session -> session
                .createNativeQuery(UPSERT)
                .setParameter("provider", identity.provider().wireName())
                .setParameter("externalId", identity.externalId())
                .setParameter("userId", identity.userId())
                .setParameter("linkedBy", identity.linkedBy())
                .setParameter("linkedAt", identity.linkedAt())
                .executeUpdate())));
    }

    @Override
    public boolean delete(ChannelKind provider, String externalId) {
        return POSTGRES.await(() -> Panache.withTransaction(() -> IdentityRow.delete(
                "provider = ?1 and externalId = ?2", provider.wireName(), externalId))) > 0;
    }

    @Override
    public List<CardIdentity> list() {
        List<Object[]> rows = POSTGRES.await(() -> Panache.withSession(() -> Panache.getSession().chain(
                session -> session.createNativeQuery(LIST, Object[].class).getResultList())));
        return rows.stream().map(PostgresCardIdentities::identity).toList();
    }

    private static CardIdentity identity(Object[] row) {
        return new CardIdentity(ChannelKind.parse((String) row[0]), (String) row[1], (UUID) row[2], (String) row[3],
                (String) row[4], instant(row[5]));
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime t ? t.toInstant() : (Instant) value;
    }
}
