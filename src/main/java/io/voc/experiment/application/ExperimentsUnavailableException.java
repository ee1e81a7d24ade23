package io.voc.experiment.application;

import io.voc.platform.model.DependencyUnavailableException;

/** The experiments' store (PostgreSQL) cannot be reached or failed. */
public class ExperimentsUnavailableException extends DependencyUnavailableException {
    public ExperimentsUnavailableException(String message, Throwable cause) {
        super("experiments_unavailable", message, cause);
    }

    @Override
    public String userMessage() {
        return "experiments cannot be reached right now (their store is away); retry shortly";
    }
}
