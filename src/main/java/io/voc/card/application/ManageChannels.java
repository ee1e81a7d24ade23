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
    private final Clock clock = CardClock.UTC_MICROS;

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
        ChannelView view = ChannelView.of(channel);
        audit.record(caller.userId(), caller.username(), AuditLog.Action.CHANNEL_CREATED, target(view),
                channel.kind().wireName() + " to " + address.redacted() + ", products " + products);
        return view;
    }

    /** Admins see every channel, others the ones they own. */
    public List<ChannelView> list(Caller caller) {
        return channels.list().stream().filter(c -> ChannelAccess.maySee(caller, c)).toList();
    }

    public ChannelView get(Caller caller, UUID id) {
        return visible(caller, id);
    }

    /** A disabled channel gets no new cards; queued ones wait until it is enabled again. */
    public ChannelView disable(Caller caller, UUID id) {
        return setDisabled(caller, id, true, AuditLog.Action.CHANNEL_DISABLED);
    }

    public ChannelView enable(Caller caller, UUID id) {
        return setDisabled(caller, id, false, AuditLog.Action.CHANNEL_ENABLED);
    }

    /**
     * Deletes the channel with its subscriptions and its deliveries (queued or logged). Opens nothing, so a
     * channel whose secrets no longer open (a lost key) can be deleted and set up again.
     */
    public void delete(Caller caller, UUID id) {
        ChannelView channel = visible(caller, id);
        if (!channels.delete(id)) {
            throw new ChannelNotFoundException(id);
        }
        audit.record(caller.userId(), caller.username(), AuditLog.Action.CHANNEL_DELETED, target(channel), null);
    }

    private ChannelView setDisabled(Caller caller, UUID id, boolean disabled, AuditLog.Action action) {
        ChannelView channel = visible(caller, id);
        if (!channels.setDisabled(id, disabled)) {
            throw new ChannelNotFoundException(id);
        }
        audit.record(caller.userId(), caller.username(), action, target(channel), null);
        return channels.view(id).orElseThrow(() -> new ChannelNotFoundException(id));
    }

    private ChannelView visible(Caller caller, UUID id) {
        return ChannelAccess.requireMayChange(caller,
                channels.view(id).orElseThrow(() -> new ChannelNotFoundException(id)));
    }

    static String target(ChannelView channel) {
        return "channel " + channel.name() + " (" + channel.id() + ")";
    }
}
