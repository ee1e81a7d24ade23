package io.voc.card.application;

import io.voc.account.application.AuditLog;
import io.voc.account.application.Caller;
import io.voc.account.model.NotAllowedException;
import io.voc.card.model.ChatChannel;
import io.voc.card.model.EventKind;
import io.voc.card.model.Subscription;
import io.voc.feedback.model.ProductScope;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Use case: a channel's owner (or an admin) says which events about which products the channel hears
 * about. A subscription stays within the channel's products and the caller's own.
 */
@ApplicationScoped
public class ManageSubscriptions {
    private final Channels channels;
    private final Subscriptions subscriptions;
    private final AuditLog audit;
    private final Clock clock = CardClock.UTC_MICROS;

    ManageSubscriptions(Channels channels, Subscriptions subscriptions, AuditLog audit) {
        this.channels = channels;
        this.subscriptions = subscriptions;
        this.audit = audit;
    }

    /** {@code products}: null for all the channel's products. */
    public Subscription add(Caller caller, UUID channelId, Set<EventKind> events, ProductScope products) {
        visible(caller, channelId);
        ChatChannel channel = channels.find(channelId).orElseThrow(() -> new ChannelNotFoundException(channelId));
        ProductScope wanted = products == null ? channel.products() : products;
        if (!caller.products().includes(wanted)) {
            throw new NotAllowedException("a subscription may only be about products you may see ("
                    + caller.products() + ")");
        }
        Subscription subscription = Subscription.of(channel, events, wanted, caller.username(), clock.instant());
        subscriptions.add(subscription);
        audit.record(caller.userId(), caller.username(), AuditLog.Action.SUBSCRIPTION_ADDED,
                ManageChannels.target(ChannelView.of(channel)),
                events.stream().map(EventKind::wireName).sorted().toList() + " about " + wanted);
        return subscription;
    }

    public List<Subscription> list(Caller caller, UUID channelId) {
        visible(caller, channelId);
        return subscriptions.ofChannel(channelId);
    }

    /** @throws SubscriptionNotFoundException when the channel has no such subscription */
    public void remove(Caller caller, UUID channelId, UUID subscriptionId) {
        ChannelView channel = visible(caller, channelId);
        if (!subscriptions.remove(channelId, subscriptionId)) {
            throw new SubscriptionNotFoundException(subscriptionId);
        }
        audit.record(caller.userId(), caller.username(), AuditLog.Action.SUBSCRIPTION_REMOVED,
                ManageChannels.target(channel),
                "subscription " + subscriptionId);
    }

    private ChannelView visible(Caller caller, UUID channelId) {
        return ChannelAccess.requireMayChange(caller,
                channels.view(channelId).orElseThrow(() -> new ChannelNotFoundException(channelId)));
    }
}
