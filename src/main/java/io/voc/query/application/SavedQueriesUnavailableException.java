package io.voc.query.application;

import io.voc.platform.model.DependencyUnavailableException;

/** The saved queries' store (PostgreSQL) cannot be reached or failed. */
public class SavedQueriesUnavailableException extends DependencyUnavailableException {
    public SavedQueriesUnavailableException(String message, Throwable cause) {
        super("queries_unavailable", message, cause);
    }

    @Override
    public String userMessage() {
        return "saved queries cannot be reached right now (their store is away); retry shortly";
    }
}
