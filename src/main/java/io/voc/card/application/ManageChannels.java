package io.voc.card.application;

import io.voc.account.application.AuditLog;
import io.voc.account.application.Caller;
import io.voc.account.model.NotAllowedException;
import io.voc.card.model.ChannelAddress;
import io.voc.card.model.ChannelKind;
import io.voc.card.model.ChannelSecrets;
import io.voc.card.model.ChatChannel;
import io.voc.feedback.model.ProductScope;
import io.voc.platform.model.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Use case: people set up the chats VOC pushes cards to - create, list, disable and enable, delete. A
 * channel receives cards about no more products than its creator may see, and its URL must not lead into
 * VOC's own network. Secrets go in and are never shown again. Every change is in the audit log.
 */
@ApplicationScoped
public class ManageChannels {
    private final Channels channels;
    private final OutboundAddresses addresses;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    ManageChannels(Channels channels, OutboundAddresses addresses, AuditLog audit) {
        this.channels = channels;
        this.addresses = addresses;
        this.audit = audit;
    }

    /** {@code products}: the products whose cards may go there, within the caller's own. */
    public ChannelView create(Caller caller, String name, String kind, String url, ChannelSecrets secrets,
            ProductScope products) {
        ChannelAccess.requireMayCreate(caller);
        if (products == null) {
            throw new InvalidInputException("products", "products is required (a list, or all products)");
        }
        if (!caller.products().includes(products)) {
            throw new NotAllowedException("a channel may only receive cards about products you may see ("
                    + caller.products() + ")");
        }
        ChannelAddress address = ChannelAddress.parse(url);
        ChatChannel channel = ChatChannel.create(name, ChannelKind.parse(kind), address,
                secrets == null ? ChannelSecrets.NONE : secrets, caller.username(), products, clock.instant());
        addresses.requireAllowed(address);
        channels.add(channel);
        audit.record(caller.userId(), caller.username(), AuditLog.Action.CHANNEL_CREATED, target(channel),
                channel.kind().wireName() + " to " + address.redacted() + ", products " + products);
        return ChannelView.of(channel);
    }

    /** Admins see every channel, others the ones they own. */
    public List<ChannelView> list(Caller caller) {
        return channels.list().stream().filter(c -> ChannelAccess.maySee(caller, c)).map(ChannelView::of).toList();
    }

    public ChannelView get(Caller caller, UUID id) {
        return ChannelView.of(visible(caller, id));
    }

    /** A disabled channel gets no new cards; queued ones wait until it is enabled again. */
    public ChannelView disable(Caller caller, UUID id) {
        return change(caller, id, ChatChannel::disable, AuditLog.Action.CHANNEL_DISABLED);
    }

    public ChannelView enable(Caller caller, UUID id) {
        return change(caller, id, ChatChannel::enable, AuditLog.Action.CHANNEL_ENABLED);
    }

    /** Deletes the channel with its subscriptions and its deliveries (queued or logged). */
    public void delete(Caller caller, UUID id) {
        ChatChannel channel = visible(caller, id);
        if (!channels.delete(id)) {
            throw new ChannelNotFoundException(id);
        }
        audit.record(caller.userId(), caller.username(), AuditLog.Action.CHANNEL_DELETED, target(channel), null);
    }

    private ChannelView change(Caller caller, UUID id, Consumer<ChatChannel> change, AuditLog.Action action) {
        ChatChannel channel = visible(caller, id);
        change.accept(channel);
        channels.save(channel);
        audit.record(caller.userId(), caller.username(), action, target(channel), null);
        return ChannelView.of(channel);
    }

    private ChatChannel visible(Caller caller, UUID id) {
        return ChannelAccess.requireMayChange(caller,
                channels.find(id).orElseThrow(() -> new ChannelNotFoundException(id)));
    }

    private static String target(ChatChannel channel) {
        return "channel " + channel.name() + " (" + channel.id() + ")";
    }
}
