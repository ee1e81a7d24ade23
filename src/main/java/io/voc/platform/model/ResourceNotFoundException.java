package io.voc.platform.model;

/**
 * Something the caller named by its id does not exist, or is not theirs to see (they are told the same,
 * so ids reveal nothing). The API answers 404, a page shows the message.
 */
public abstract class ResourceNotFoundException extends RuntimeException {
    protected ResourceNotFoundException(String message) {
        super(message);
    }
}
