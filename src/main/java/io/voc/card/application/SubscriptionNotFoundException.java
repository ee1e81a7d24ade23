package io.voc.card.application;

import io.voc.platform.model.ResourceNotFoundException;
import java.util.UUID;

/** The channel has no such subscription (removed already, or another channel's). */
public class SubscriptionNotFoundException extends ResourceNotFoundException {
    public SubscriptionNotFoundException(UUID id) {
        super("no subscription " + id + " on this channel");
    }
}
