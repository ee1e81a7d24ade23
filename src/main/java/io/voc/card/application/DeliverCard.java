package io.voc.card.application;

import io.voc.card.model.Card;
import io.voc.card.model.Delivery;
import io.voc.card.model.DeliveryOutcome;
import io.voc.card.model.RetryPolicy;
import io.voc.platform.VocConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Use case: one attempt of a claimed delivery - its card rendered as the alert stands now (a card sent after
 * a button changed the alert shows the change), posted, and the outcome saved: delivered, due again after a
 * backoff, or parked with the reason after {@code voc.cards.max-attempts} failures or one that retrying
 * cannot fix.
 */
@ApplicationScoped
public class DeliverCard {
    private final Outbox outbox;
    private final CardPoster poster;
    private final RetryPolicy retries;
    private final String vocAddress;
    private final Clock clock = CardClock.UTC_MICROS;

    @Inject
    DeliverCard(Outbox outbox, CardPoster poster, VocConfig config) {
        this(outbox, poster, new RetryPolicy(config.cards().maxAttempts(), config.cards().retryBase(),
                config.cards().retryMax()), config.cards().publicUrl());
    }

    DeliverCard(Outbox outbox, CardPoster poster, RetryPolicy retries, String vocAddress) {
        this.outbox = outbox;
        this.poster = poster;
        this.retries = retries;
        this.vocAddress = vocAddress;
    }

    /** What became of the attempt. {@code saved} is false when the lease was lost meanwhile: nothing was saved. */
    public record Attempt(Delivery delivery, DeliveryOutcome outcome, boolean saved) {
    }

    public Attempt deliver(String instanceId, Outbox.DueDelivery due) {
        // the card carries the delivery's event, which a follow-up card of the same alert may not share
        AlertCard alert = new AlertCard(due.alert().alert(), due.event(), due.alert().facts());
        Card card = alert.card(vocAddress, clock.instant());
        DeliveryOutcome outcome = poster.post(due.channel(), card, due.delivery().id());
        Delivery delivery = due.delivery();
        delivery.record(outcome, clock.instant(), retries, ThreadLocalRandom.current()::nextDouble);
        return new Attempt(delivery, outcome, outbox.record(instanceId, delivery));
    }
}
