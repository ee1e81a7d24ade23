package io.voc.search.model;

/** Whole-number request parameters (page, size, limit) as users type them. */
final class WholeNumbers {
    private WholeNumbers() {
    }

    /** The number, {@code fallback} when not given; a 400 naming {@code field} when it is no whole number. */
    static int parse(String field, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidQueryException(field, field + " must be a whole number (got '" + value + "')");
        }
    }
}
