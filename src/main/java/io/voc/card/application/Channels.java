package io.voc.card.application;

import io.voc.card.model.ChatChannel;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where chat channels are kept; their URL and secrets are stored sealed, never in clear. */
public interface Channels {

    void add(ChatChannel channel);

    Optional<ChatChannel> find(UUID id);

    /** Every channel, by name. */
    List<ChatChannel> list();

    /** Saves whether the channel is disabled (the only thing about a channel that changes). */
    void save(ChatChannel channel);

    /** Deletes the channel with its subscriptions and deliveries; false when there was none. */
    boolean delete(UUID id);
}
