package io.voc.nlp.application;

import io.voc.platform.model.DependencyUnavailableException;

/** The job store (PostgreSQL) could not be read or written now. */
public class ReenrichmentUnavailableException extends DependencyUnavailableException {
    public ReenrichmentUnavailableException(String message, Throwable cause) {
        super("reenrichment_unavailable", message, cause);
    }

    @Override
    public String userMessage() {
        return "re-enrichment jobs are not reachable right now (PostgreSQL), retry later";
    }
}
