package io.voc.card.application;

/**
 * A callback that does not prove it comes from the channel's provider: no such channel (of that kind), no
 * secret to check with, a signature that does not match the body, or a timestamp too far from now. Answered
 * 401; nothing is applied.
 */
public class CallbackNotVerifiedException extends RuntimeException {
    public CallbackNotVerifiedException(String message) {
        super(message);
    }
}
