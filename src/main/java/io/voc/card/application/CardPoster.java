package io.voc.card.application;

import io.voc.card.model.Card;
import io.voc.card.model.ChatChannel;
import io.voc.card.model.DeliveryOutcome;
import java.util.UUID;

/** Puts one card in one chat and says how the provider answered. Blocking: it waits for the answer. */
public interface CardPoster {

    /** {@code deliveryId} is the same on every attempt of one delivery, so a receiver can drop a repeat. */
    DeliveryOutcome post(ChatChannel channel, Card card, UUID deliveryId);
}
