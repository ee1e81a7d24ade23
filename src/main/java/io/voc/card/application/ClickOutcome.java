package io.voc.card.application;

import io.voc.card.model.AlertStatus;
import io.voc.card.model.Card;

/**
 * What a click on a card did, for the answer shown in the chat. {@code APPLIED}: the action went through
 * ({@code changed} false when there was nothing to change, such as acknowledging an acknowledged alert, or
 * {@code replay} for a callback delivered again); {@code card} is the alert's card as it stands now. Anything
 * else is a refusal shown only to the person who clicked; nothing changed and {@code card} is null.
 */
public record ClickOutcome(Kind kind, String message, AlertStatus status, Card card, boolean changed,
        boolean replay) {

    public enum Kind {
        APPLIED,
        /** The chat user is not linked to a VOC user (or that user is disabled). */
        NOT_LINKED,
        /** The VOC user may not see the alert's product. */
        NOT_ALLOWED,
        /** No such alert (any more). */
        NO_ALERT
    }

    static ClickOutcome applied(AlertStatus status, Card card, boolean changed, boolean replay) {
        String message = changed ? "Done: " + card.status()
                : replay ? card.status() : "Nothing to change: " + card.status();
        return new ClickOutcome(Kind.APPLIED, message, status, card, changed, replay);
    }

    static ClickOutcome refused(Kind kind, String message) {
        return new ClickOutcome(kind, message, null, null, false, false);
    }

    public boolean applied() {
        return kind == Kind.APPLIED;
    }
}
