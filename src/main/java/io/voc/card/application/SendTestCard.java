package io.voc.card.application;

import io.voc.account.application.Caller;
import io.voc.card.model.Alert;
import io.voc.card.model.Card;
import io.voc.card.model.ChatChannel;
import io.voc.card.model.Delivery;
import io.voc.card.model.EventKind;
import io.voc.feedback.model.ProductKey;
import io.voc.platform.model.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Use case: "send test card" - right after setting up a channel, its owner wants to see a card arrive (and
 * its buttons work) without waiting for a real alert. The test card is a real alert about one of the
 * channel's products, queued for this channel only and sent by the dispatcher like any other card, so
 * the delivery log shows whether the channel works.
 */
@ApplicationScoped
public class SendTestCard {
    static final String TITLE = "Test card from VOC";

    private final Channels channels;
    private final Alerts alerts;
    private final Clock clock = CardClock.UTC_MICROS;

    SendTestCard(Channels channels, Alerts alerts) {
        this.channels = channels;
        this.alerts = alerts;
    }

    /** What was queued: the test alert and its one delivery. */
    public record Queued(UUID alertId, UUID deliveryId) {
    }

    /** {@code product}: which of the channel's products the card is about; null for its first one. */
    public Queued send(Caller caller, UUID channelId, String product) {
        ChannelView view = ChannelAccess.requireMayChange(caller,
                channels.view(channelId).orElseThrow(() -> new ChannelNotFoundException(channelId)));
        ChatChannel channel = channels.find(channelId).orElseThrow(() -> new ChannelNotFoundException(channelId));
        ProductKey about = product(view, channel, product);
        Instant now = clock.instant();
        Alert alert = Alert.raise(about, TITLE, "If you can read this, VOC reaches this chat. The buttons below "
                + "work as on every alert's card: try one.", "/cards/channels/" + channelId, now);
        Delivery delivery = Delivery.queue(channelId, alert.id(), now);
        alerts.raise(new AlertCard(alert, EventKind.ALERT_FIRED, List.of(
                new Card.Fact("Channel", view.name()), new Card.Fact("Sent by", caller.username()))),
                List.of(delivery));
        return new Queued(alert.id(), delivery.id());
    }

    private static ProductKey product(ChannelView view, ChatChannel channel, String product) {
        if (product == null || product.isBlank()) {
            if (view.allProducts()) {
                throw new InvalidInputException("product", "product is required for a channel of all products: "
                        + "which product should the test card be about?");
            }
            return new ProductKey(view.products().get(0));
        }
        ProductKey key = new ProductKey(product);
        if (!channel.receives(key)) {
            throw new InvalidInputException("product", "this channel does not receive cards about " + key.value());
        }
        return key;
    }
}
