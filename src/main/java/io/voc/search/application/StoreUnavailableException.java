package io.voc.search.application;

/** The feedback store could not be reached or refused the work; the caller may retry. */
public class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
