package io.voc.search.application;

import io.voc.platform.model.DependencyUnavailableException;

/** The feedback store could not be reached or refused the work; the caller may retry. */
public class StoreUnavailableException extends DependencyUnavailableException {
    public StoreUnavailableException(String message, Throwable cause) {
        super("search_unavailable", message, cause);
    }

    @Override
    public String userMessage() {
        return "the feedback store is not reachable right now, retry later";
    }
}
