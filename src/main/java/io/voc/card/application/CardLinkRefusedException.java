package io.voc.card.application;

/** A Teams card link that VOC did not make (changed, cut) or that has expired: nothing is applied. */
public class CardLinkRefusedException extends RuntimeException {
    private final boolean expired;

    public CardLinkRefusedException(String message, boolean expired) {
        super(message);
        this.expired = expired;
    }

    public boolean expired() {
        return expired;
    }
}
