package io.voc.experiment.application;

import io.voc.platform.model.ResourceNotFoundException;

/** No experiment has that key, or it is about a product the caller may not see. */
public class ExperimentNotFoundException extends ResourceNotFoundException {
    public ExperimentNotFoundException(String key) {
        super("no experiment '" + key + "'");
    }
}
