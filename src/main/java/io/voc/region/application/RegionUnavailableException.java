package io.voc.region.application;

import io.voc.platform.model.DependencyUnavailableException;

/** A source region's Kafka cluster could not be reached or refused the work; the caller may retry. */
public class RegionUnavailableException extends DependencyUnavailableException {
    public RegionUnavailableException(String message, Throwable cause) {
        super("region_unavailable", message, cause);
    }

    @Override
    public String userMessage() {
        return "a source region's Kafka cluster is not reachable right now, retry later";
    }
}
