package io.voc.region.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Leaves records behind that should never reach the home cluster - test traffic ({@code channel} equals
 * {@code test}), empty feedback ({@code text} matches {@code ^\s*$}) - by one field and either an exact value or
 * a regular expression. A dropped record is counted under the rule's name, so a rule that suddenly drops
 * everything shows on a dashboard instead of quietly emptying a region.
 *
 * <p>Strings, numbers and booleans are compared as their JSON text ({@code rating} equals {@code 0}); a field that
 * is absent or null is compared as the empty string, so {@code ^\s*$} also drops records without a text.
 * Objects and arrays match nothing. A regex is searched for anywhere in the value; anchor it with {@code ^...$}
 * to match the whole value.
 */
public final class DropRule implements RecordTransform {
    public static final String TYPE = "drop";

    private final String name;
    private final FieldPath field;
    private final String equals;
    private final Pattern matches;

    private DropRule(String name, FieldPath field, String equals, Pattern matches) {
        this.name = Objects.requireNonNull(name, "name");
        this.field = Objects.requireNonNull(field, "field");
        this.equals = equals;
        this.matches = matches;
    }

    /** Drops records whose field is exactly this value (case matters). */
    public static DropRule whenEquals(String name, FieldPath field, String value) {
        return new DropRule(name, field, Objects.requireNonNull(value, "value"), null);
    }

    /** Drops records whose field contains a match of this regex. */
    public static DropRule whenMatches(String name, FieldPath field, Pattern regex) {
        return new DropRule(name, field, null, Objects.requireNonNull(regex, "regex"));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public TransformOutcome apply(RawFeedback record) {
        String value = comparable(record.value(field));
        if (value == null) {
            return TransformOutcome.unchanged(record);
        }
        if (equals != null && equals.equals(value)) {
            return TransformOutcome.dropped(name, field + " equals '" + equals + "'");
        }
        if (matches != null && matches.matcher(value).find()) {
            return TransformOutcome.dropped(name, field + " matches /" + matches.pattern() + "/");
        }
        return TransformOutcome.unchanged(record);
    }

    /** The value as compared; null for objects and arrays, which match nothing. */
    private static String comparable(Object value) {
        if (value == null) {
            return "";
        } else if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        return null;
    }

    @Override
    public String toString() {
        return name + ": " + field + (equals != null ? " equals '" + equals + "'" : " matches /" + matches + "/");
    }
}
