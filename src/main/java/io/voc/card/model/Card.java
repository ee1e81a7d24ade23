package io.voc.card.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a card says, whatever chat shows it: a title, the text, facts (label and value), the alert's
 * current status, where it is explained in VOC ({@code openUrl}, absolute) and the buttons. Text and facts
 * are user-provided words: renderers escape them for each provider's markup.
 */
public record Card(UUID alertId, EventKind event, String product, String title, String text, List<Fact> facts,
        String status, String openUrl, List<CardAction> actions) {

    public record Fact(String label, String value) {
        public Fact {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    public Card {
        Objects.requireNonNull(alertId, "alertId");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(title, "title");
        text = text == null ? "" : text;
        facts = List.copyOf(facts);
        actions = List.copyOf(actions);
    }

    /**
     * The card of an alert as it stands: the buttons that still make sense (a resolved alert only opens),
     * and its status line. {@code vocAddress} is VOC's public address (no trailing slash).
     */
    public static Card of(Alert alert, EventKind event, List<Fact> facts, String vocAddress, Instant now) {
        Alert.State s = alert.state();
        List<CardAction> actions = new ArrayList<>();
        if (s.status() != AlertStatus.RESOLVED) {
            if (s.status() == AlertStatus.OPEN) {
                actions.add(CardAction.ACKNOWLEDGE);
            }
            actions.add(CardAction.ASSIGN_TO_ME);
            actions.add(CardAction.RESOLVE);
            if (!alert.isMuted(now)) {
                actions.add(CardAction.MUTE_24H);
            }
        }
        actions.add(CardAction.OPEN);
        String link = vocAddress + (s.link() == null ? "/" : s.link());
        return new Card(s.id(), event, s.product().value(), s.title(), s.detail(), facts, alert.statusLine(now), link,
                actions);
    }

    /** The buttons that come back as callbacks (all but "open"). */
    public List<CardAction> callbackActions() {
        return actions.stream().filter(a -> a != CardAction.OPEN).toList();
    }
}
