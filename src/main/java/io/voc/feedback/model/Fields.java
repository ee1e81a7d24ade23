package io.voc.feedback.model;

import java.util.regex.Pattern;

/** Shared checks for the optional short text fields of a feedback. */
final class Fields {
    private Fields() {
    }

    /** Trims; blank becomes null; longer than {@code max} is rejected. */
    static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new InvalidFeedbackException(field, field + " must be at most " + max + " characters");
        }
        return trimmed;
    }

    /** Like {@link #optional} but lower-cased and restricted to a slug shape, so facets stay clean. */
    static String optionalSlug(String field, String value, int max) {
        String trimmed = optional(field, value, max);
        if (trimmed == null) {
            return null;
        }
        String lower = trimmed.toLowerCase(java.util.Locale.ROOT);
        if (!SLUG.matcher(lower).matches()) {
            throw new InvalidFeedbackException(field,
                    field + " may contain only letters, digits, '.', '_' and '-' (got '" + trimmed + "')");
        }
        return lower;
    }

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9._-]*");
}
