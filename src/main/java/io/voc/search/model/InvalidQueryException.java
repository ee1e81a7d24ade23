package io.voc.search.model;

import io.voc.platform.model.InvalidInputException;

/** A search parameter is malformed or out of range. */
public class InvalidQueryException extends InvalidInputException {
    public InvalidQueryException(String field, String message) {
        super(field, message);
    }
}
