package io.voc.ingest.application;

/** The pipeline could not durably take a feedback; nothing was accepted and the caller may retry. */
public class PipelineUnavailableException extends RuntimeException {
    public PipelineUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
