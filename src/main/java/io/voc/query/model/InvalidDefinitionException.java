package io.voc.query.model;

import io.voc.platform.model.InvalidInputException;

/**
 * A query definition breaks a rule. {@code field} is the JSON path inside the definition
 * ({@code filters.appVersion}, {@code period.last}, {@code aggregation.metric}), so whoever holds the
 * definition - the run API, a saved query - can say where it sits in their own document.
 */
public class InvalidDefinitionException extends InvalidInputException {
    public InvalidDefinitionException(String field, String message) {
        super(field, message);
    }
}
