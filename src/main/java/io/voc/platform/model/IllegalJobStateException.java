package io.voc.platform.model;

/** A job (re-enrichment, warehouse export) was asked for something its status does not allow (e.g. cancelling a finished job). */
public class IllegalJobStateException extends RuntimeException {
    public IllegalJobStateException(String message) {
        super(message);
    }
}
