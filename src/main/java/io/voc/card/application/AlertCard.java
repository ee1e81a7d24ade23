package io.voc.card.application;

import io.voc.card.model.Alert;
import io.voc.card.model.Card;
import io.voc.card.model.EventKind;
import io.voc.platform.model.InvalidInputException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An alert with what its cards show besides it: the kind of event that raised it and its facts (label and
 * value, such as "Negative: 85%"). Enough to render its card again after a button changed it.
 */
public record AlertCard(Alert alert, EventKind event, List<Card.Fact> facts) {
    public static final int MAX_FACTS = 10;

    public AlertCard {
        Objects.requireNonNull(alert, "alert");
        Objects.requireNonNull(event, "event");
        facts = facts == null ? List.of() : List.copyOf(facts);
        if (facts.size() > MAX_FACTS) {
            throw new InvalidInputException("facts", "at most " + MAX_FACTS + " facts");
        }
    }

    /** The card as the alert stands now; {@code vocAddress}: VOC's public address (voc.cards.public-url). */
    public Card card(String vocAddress, Instant now) {
        String address = vocAddress.endsWith("/") ? vocAddress.substring(0, vocAddress.length() - 1) : vocAddress;
        return Card.of(alert, event, facts, address, now);
    }
}
