package io.voc.card.application;

import java.util.UUID;

/** The channel has no such subscription (removed already, or another channel's). */
public class SubscriptionNotFoundException extends RuntimeException {
    public SubscriptionNotFoundException(UUID id) {
        super("no subscription " + id + " on this channel");
    }
}
