package io.voc.ingest.application;

import io.voc.platform.model.DependencyUnavailableException;

/** The pipeline could not durably take a feedback; nothing was accepted and the caller may retry. */
public class PipelineUnavailableException extends DependencyUnavailableException {
    public PipelineUnavailableException(String message, Throwable cause) {
        super("pipeline_unavailable", message, cause);
    }

    @Override
    public String userMessage() {
        return "the feedback pipeline is not reachable right now; nothing was accepted, retry later";
    }
}
