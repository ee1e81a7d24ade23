package io.voc.card.model;

/** Where the team is with an alert. */
public enum AlertStatus {
    /** Raised, nobody has reacted yet. */
    OPEN,
    /** Someone has seen it and said so. */
    ACKNOWLEDGED,
    /** Dealt with; nothing more to do. */
    RESOLVED
}
