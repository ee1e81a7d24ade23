package io.voc.experiment.application;

import io.voc.platform.model.DependencyUnavailableException;

/** Kafka did not take exposures or metric events: nothing of the request counts yet, and a retry is safe. */
public class ExperimentEventsUnavailableException extends DependencyUnavailableException {
    public ExperimentEventsUnavailableException(String message, Throwable cause) {
        super("pipeline_unavailable", message, cause);
    }

    @Override
    public String userMessage() {
        return "the pipeline cannot take events right now; nothing was accepted, send them again shortly";
    }
}
