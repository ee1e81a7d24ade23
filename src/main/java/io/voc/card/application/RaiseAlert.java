package io.voc.card.application;

import io.voc.card.model.Alert;
import io.voc.card.model.Card;
import io.voc.card.model.Delivery;
import io.voc.card.model.EventKind;
import io.voc.card.model.Subscription;
import io.voc.feedback.model.ProductKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Use case: something VOC noticed (a saved query's condition, an emerging issue) becomes an alert, and a
 * card for it is queued for every enabled channel subscribed to that event about that product - one per
 * channel however many of its subscriptions match. The alert and its deliveries are saved together (the
 * outbox): a dispatcher sends them later, and nothing is sent for an alert that was not saved, nor is an
 * alert saved whose cards were lost.
 */
@ApplicationScoped
public class RaiseAlert {
    private final Alerts alerts;
    private final Subscriptions subscriptions;
    private final Clock clock = CardClock.UTC_MICROS;

    RaiseAlert(Alerts alerts, Subscriptions subscriptions) {
        this.alerts = alerts;
        this.subscriptions = subscriptions;
    }

    /** The new alert's id and how many cards were queued for it. */
    public record Raised(UUID alertId, int queued) {
    }

    /** {@code link}: the path in VOC that explains it (e.g. /emerging?product=x), or null. */
    public Raised raise(ProductKey product, EventKind event, String title, String detail, String link,
            List<Card.Fact> facts) {
        Instant now = clock.instant();
        Alert alert = Alert.raise(product, title, detail, link, now);
        List<Delivery> deliveries = subscriptions.ofEnabledChannels().stream()
                .filter(s -> s.wants(event, product))
                .map(Subscription::channelId)
                .distinct()
                .map(channel -> Delivery.queue(channel, alert.id(), now))
                .toList();
        alerts.raise(new AlertCard(alert, event, facts), deliveries);
        return new Raised(alert.id(), deliveries.size());
    }
}
