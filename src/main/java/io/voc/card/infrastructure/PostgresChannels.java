package io.voc.card.infrastructure;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.voc.card.application.CardsUnavailableException;
import io.voc.card.application.ChannelView;
import io.voc.card.application.Channels;
import io.voc.card.model.ChatChannel;
import io.voc.platform.persistence.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Chat channels in {@code card_channel}, sealed by {@link SealedChannels}. */
@ApplicationScoped
class PostgresChannels implements Channels {
    static final Blocking POSTGRES = Blocking.failingWith(CardsUnavailableException::new);

    private final SealedChannels sealed;

    PostgresChannels(SealedChannels sealed) {
        this.sealed = sealed;
    }

    @Override
    public void add(ChatChannel channel) {
        ChannelRow row = sealed.toRow(channel);
        POSTGRES.await(() -> Panache.withTransaction(() -> row.persist().replaceWithVoid()));
    }

    @Override
    public Optional<ChatChannel> find(UUID id) {
        ChannelRow row = POSTGRES.await(() -> Panache.withSession(() -> ChannelRow.<ChannelRow>findById(id)));
        return Optional.ofNullable(row).map(sealed::toChannel);
    }

    @Override
    public Optional<ChannelView> view(UUID id) {
        ChannelRow row = POSTGRES.await(() -> Panache.withSession(() -> ChannelRow.<ChannelRow>findById(id)));
        return Optional.ofNullable(row).map(ChannelRow::toView);
    }

    @Override
    public List<ChannelView> list() {
        List<ChannelRow> rows = POSTGRES.await(() -> Panache.withSession(
                () -> ChannelRow.<ChannelRow>listAll(Sort.by("name").and("id"))));
        return rows.stream().map(ChannelRow::toView).toList();
    }

    @Override
    public boolean setDisabled(UUID id, boolean disabled) {
        return POSTGRES.await(() -> Panache.withTransaction(
                () -> ChannelRow.update("disabled = ?1 where id = ?2", disabled, id))) > 0;
    }

    @Override
    public boolean delete(UUID id) {
        return POSTGRES.await(() -> Panache.withTransaction(() -> ChannelRow.delete("id", id))) > 0;
    }
}
