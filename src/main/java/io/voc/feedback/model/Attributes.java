package io.voc.feedback.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Free-form facts a source attaches to a feedback (device, OS version, ticket priority...). Bounded,
 * so that one source cannot blow up the index's field count or a document's size.
 */
public record Attributes(Map<String, String> values) {
    public static final int MAX_ENTRIES = 50;
    public static final int MAX_VALUE_LENGTH = 1_000;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    public static final Attributes NONE = new Attributes(Map.of());

    public Attributes {
        if (values == null) {
            values = Map.of();
        }
        if (values.size() > MAX_ENTRIES) {
            throw new InvalidFeedbackException("attributes",
                    "attributes may have at most " + MAX_ENTRIES + " entries (got " + values.size() + ")");
        }
        TreeMap<String, String> sorted = new TreeMap<>();
        values.forEach((key, value) -> {
            if (key == null || !KEY.matcher(key).matches()) {
                throw new InvalidFeedbackException("attributes",
                        "attribute name '" + key + "' must be 1-64 characters of A-Z, a-z, 0-9, '_', '.', '-'");
            }
            if (value == null || value.length() > MAX_VALUE_LENGTH) {
                throw new InvalidFeedbackException("attributes." + key,
                        "attribute '" + key + "' needs a value of at most " + MAX_VALUE_LENGTH + " characters");
            }
            sorted.put(key, value);
        });
        values = Collections.unmodifiableMap(sorted);
    }

    public static Attributes of(Map<String, String> values) {
        return values == null || values.isEmpty() ? NONE : new Attributes(values);
    }
}
