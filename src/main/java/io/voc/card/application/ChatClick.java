package io.voc.card.application;

import io.voc.card.model.CardAction;
import io.voc.card.model.ChannelKind;
import java.util.Objects;
import java.util.UUID;

/**
 * A verified click on a card button, as its provider told it: who clicked (the chat's own user id), the
 * callback's id (the same on every delivery of this click), the alert and the button.
 */
public record ChatClick(ChannelKind provider, String chatUser, CallbackId callback, UUID alertId,
        CardAction action) {
    public ChatClick {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(callback, "callback");
        Objects.requireNonNull(alertId, "alertId");
        Objects.requireNonNull(action, "action");
    }
}
