package io.voc.feedback.model;

import io.voc.platform.model.InvalidInputException;

/** A feedback field broke a rule. */
public class InvalidFeedbackException extends InvalidInputException {
    public InvalidFeedbackException(String field, String message) {
        super(field, message);
    }
}
