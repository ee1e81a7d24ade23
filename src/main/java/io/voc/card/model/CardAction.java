package io.voc.card.model;

import java.util.Arrays;
import java.util.Optional;

/** The buttons of a card. Each but {@link #OPEN} comes back as a callback that changes the alert. */
public enum CardAction {
    ACKNOWLEDGE("acknowledge", "Acknowledge"),
    ASSIGN_TO_ME("assign_to_me", "Assign to me"),
    RESOLVE("resolve", "Mark resolved"),
    MUTE_24H("mute_24h", "Mute for 24 h"),
    OPEN("open", "Open in VOC");

    private final String id;
    private final String label;

    CardAction(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The value a button carries and its callback brings back. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<CardAction> byId(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
    }
}
