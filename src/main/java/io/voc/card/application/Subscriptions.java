package io.voc.card.application;

import io.voc.card.model.Subscription;
import java.util.List;
import java.util.UUID;

/** What channels asked to hear about. */
public interface Subscriptions {

    /** @throws ChannelNotFoundException when the channel was deleted meanwhile */
    void add(Subscription subscription);

    /** The channel's subscriptions, oldest first. */
    List<Subscription> ofChannel(UUID channelId);

    /** False when the channel has no such subscription. */
    boolean remove(UUID channelId, UUID subscriptionId);

    /** The subscriptions of every channel that is not disabled: who may get a card now. */
    List<Subscription> ofEnabledChannels();
}
