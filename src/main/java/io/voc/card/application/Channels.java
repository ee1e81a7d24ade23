package io.voc.card.application;

import io.voc.card.model.ChatChannel;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where chat channels are kept; their URL and secrets are stored sealed, never in clear. */
public interface Channels {

    void add(ChatChannel channel);

    /**
     * The channel with its URL and secrets opened, for sending and verifying callbacks.
     *
     * @throws IllegalStateException when they do not open (the key changed, or a value was moved in the database)
     */
    Optional<ChatChannel> find(UUID id);

    /** The channel as pages show it; opens nothing, so it works for a channel whose secrets do not open. */
    Optional<ChannelView> view(UUID id);

    /** Every channel as pages show it, by name. */
    List<ChannelView> list();

    /** Disables or enables the channel (the only thing about a channel that changes); false when there is none. */
    boolean setDisabled(UUID id, boolean disabled);

    /** Deletes the channel with its subscriptions and deliveries; false when there was none. */
    boolean delete(UUID id);
}
