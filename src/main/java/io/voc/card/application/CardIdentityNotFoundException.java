package io.voc.card.application;

/** The chat user to unlink is not linked. */
public class CardIdentityNotFoundException extends RuntimeException {
    public CardIdentityNotFoundException(String message) {
        super(message);
    }
}
