package io.voc.experiment.model;

import io.voc.platform.model.InvalidInputException;

/** An experiment's design breaks a rule; {@code field} is where in the design ({@code variants[1].weight}). */
public class InvalidExperimentException extends InvalidInputException {
    public InvalidExperimentException(String field, String message) {
        super(field, message);
    }
}
