package io.voc.card.application;

import io.voc.platform.model.DependencyUnavailableException;

/** The card store (PostgreSQL: channels, alerts, the delivery outbox) cannot be reached or failed. */
public class CardsUnavailableException extends DependencyUnavailableException {
    public CardsUnavailableException(String message, Throwable cause) {
        super("cards_unavailable", message, cause);
    }

    @Override
    public String userMessage() {
        return "chat channels and alerts cannot be reached right now (their store is away); retry shortly";
    }
}
