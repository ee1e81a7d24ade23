package io.voc.feedback.application;

import io.voc.platform.model.DependencyUnavailableException;

/** The product catalog (PostgreSQL) could not be read or written now. */
public class CatalogUnavailableException extends DependencyUnavailableException {
    public CatalogUnavailableException(String message, Throwable cause) {
        super("catalog_unavailable", message, cause);
    }

    @Override
    public String userMessage() {
        return "the product catalog is not reachable right now, retry later";
    }
}
