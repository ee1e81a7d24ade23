package io.voc.platform.model;

/**
 * Input broke a rule of the domain. Names the offending field so that every caller - REST clients,
 * importers, dead-letter records - can say precisely what to fix.
 */
public class InvalidInputException extends RuntimeException {
    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
