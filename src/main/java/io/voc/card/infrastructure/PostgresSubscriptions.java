package io.voc.card.infrastructure;

import static io.voc.card.infrastructure.PostgresChannels.POSTGRES;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.voc.card.application.ChannelNotFoundException;
import io.voc.card.application.Subscriptions;
import io.voc.card.model.Subscription;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Subscriptions in {@code card_subscription}; they go with their channel (on delete cascade). */
@ApplicationScoped
class PostgresSubscriptions implements Subscriptions {

    @Override
    public void add(Subscription subscription) {
        SubscriptionRow row = SubscriptionRow.of(subscription);
        POSTGRES.await(() -> Panache.withTransaction(() -> row.persist().replaceWithVoid())
                .onFailure(Constraints::isForeignKeyViolation)
                .transform(e -> new ChannelNotFoundException(subscription.channelId())));
    }

    @Override
    public List<Subscription> ofChannel(UUID channelId) {
        List<SubscriptionRow> rows = POSTGRES.await(() -> Panache.withSession(() -> SubscriptionRow
                .<SubscriptionRow>list("channelId", Sort.by("createdAt").and("id"), channelId)));
        return rows.stream().map(SubscriptionRow::toSubscription).toList();
    }

    @Override
    public boolean remove(UUID channelId, UUID subscriptionId) {
        return POSTGRES.await(() -> Panache.withTransaction(
                () -> SubscriptionRow.delete("id = ?1 and channelId = ?2", subscriptionId, channelId))) > 0;
    }

    @Override
    public List<Subscription> ofEnabledChannels() {
        List<SubscriptionRow> rows = POSTGRES.await(() -> Panache.withSession(() -> SubscriptionRow
                .<SubscriptionRow>list("channelId in (select c.id from ChannelRow c where c.disabled = false)")));
        return rows.stream().map(SubscriptionRow::toSubscription).toList();
    }
}
