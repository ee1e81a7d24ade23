package io.voc.region.model;

import io.voc.platform.model.InvalidInputException;

/**
 * A region's transform configuration breaks a rule. {@code field} is the parameter at fault as the
 * configuration names it ({@code transforms[2].matches}), and the message says what is wrong with it, so whoever
 * edits the properties file knows which line to fix; the bridge refuses to start for that region rather than
 * bridge records uncleaned.
 */
public class InvalidTransformException extends InvalidInputException {
    public InvalidTransformException(String field, String message) {
        super(field, message);
    }
}
