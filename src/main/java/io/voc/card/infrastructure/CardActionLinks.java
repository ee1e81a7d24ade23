package io.voc.card.infrastructure;

import io.voc.card.model.Card;
import io.voc.card.model.CardAction;

/**
 * Where a Teams card's button leads. Teams incoming webhooks send no clicks back, so each button opens a
 * link to VOC that applies its action once the user has signed in; that link must be signed and expire so
 * it cannot be forged or replayed (docs/cards.md).
 */
@FunctionalInterface
public interface CardActionLinks {
    /**
     * A placeholder until the signed action links exist: every button opens the alert in VOC, where the
     * user acts by hand. Nothing is applied by following it, so nothing needs signing yet.
     */
    CardActionLinks OPEN_ALERT = (card, action) -> card.openUrl();

    String linkFor(Card card, CardAction action);
}
