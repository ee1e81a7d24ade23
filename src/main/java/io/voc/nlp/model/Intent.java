package io.voc.nlp.model;

import java.util.Locale;

/** What the author wants from us; OTHER when a text is none of the five. */
public enum Intent {
    COMPLAINT, PRAISE, BUG_REPORT, FEATURE_REQUEST, QUESTION, OTHER;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Intent parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown intent '" + value + "'");
        }
    }
}
