package io.voc.account.model;

/** The caller may not do this, whatever the input (answered 403). */
public class NotAllowedException extends RuntimeException {
    public NotAllowedException(String message) {
        super(message);
    }
}
