package io.voc.feedback.model;

import java.util.Locale;
import java.util.regex.Pattern;

/** The product a feedback is about, e.g. {@code aurora-music}: a lower-case slug used in filters and scopes. */
public record ProductKey(String value) {
    private static final Pattern SHAPE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public ProductKey {
        if (value == null || value.isBlank()) {
            throw new InvalidFeedbackException("product", "product is required");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidFeedbackException("product",
                    "product must be 1-64 characters of a-z, 0-9 and '-', starting with a letter or digit (got '"
                            + value + "')");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
