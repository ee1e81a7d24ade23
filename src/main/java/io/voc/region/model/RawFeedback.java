package io.voc.region.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One raw feedback record as a regional cluster holds it: a JSON object, field order kept, before VOC validates
 * it (the body of {@code FeedbackSubmission} at schema version 1, or another region's older or newer shape).
 * Values are JSON values only - String, Number, Boolean, null, nested objects ({@code Map<String, Object>}) and
 * arrays ({@code List}) - so the bridge can turn it back into exactly the JSON it read, minus what the
 * transforms changed. Immutable: every change makes a new record, so a transform that fails half-way leaves
 * nothing half-changed behind.
 */
public final class RawFeedback {
    public static final String SCHEMA_VERSION = "schemaVersion";
    public static final String TEXT = "text";
    public static final String REGION = "region";
    public static final String ATTRIBUTES = "attributes";

    private final Map<String, Object> fields;

    private RawFeedback(Map<String, Object> fields) {
        this.fields = fields;
    }

    /** A record of these fields, deep-copied; an {@link IllegalArgumentException} for a value JSON cannot hold. */
    public static RawFeedback of(Map<String, ?> fields) {
        Objects.requireNonNull(fields, "fields");
        return new RawFeedback(copyObject(fields, ""));
    }

    /**
     * A record of fields its caller made for it and hands over - a parser's fresh maps and lists, which nothing
     * else holds: checked and made read-only where they are instead of copied (the bridge reads every record it
     * carries this way, and the copy cost as much as parsing). The caller must not change them afterwards.
     */
    public static RawFeedback adopt(Map<String, Object> fields) {
        Objects.requireNonNull(fields, "fields");
        return new RawFeedback(adoptObject(fields, ""));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> adoptObject(Map<?, ?> object, String where) {
        for (Map.Entry<?, ?> field : object.entrySet()) {
            if (!(field.getKey() instanceof String name)) {
                throw new IllegalArgumentException("a JSON object's keys are strings (got " + field.getKey() + " in '"
                        + where + "')");
            }
            Object value = field.getValue();
            if (!isScalar(value)) {
                ((Map.Entry<String, Object>) field).setValue(adoptValue(value, where.isEmpty() ? name
                        : where + "." + name));
            }
        }
        return Collections.unmodifiableMap((Map<String, Object>) object);
    }

    @SuppressWarnings("unchecked")
    private static Object adoptValue(Object value, String where) {
        if (value instanceof Map<?, ?> object) {
            return adoptObject(object, where);
        } else if (value instanceof List<?> array) {
            List<Object> elements = (List<Object>) array;
            for (int i = 0; i < elements.size(); i++) {
                if (!isScalar(elements.get(i))) {
                    elements.set(i, adoptValue(elements.get(i), where + "[" + i + "]"));
                }
            }
            return Collections.unmodifiableList(elements);
        }
        throw new IllegalArgumentException("'" + where + "' holds a " + value.getClass().getName()
                + ", which is not a JSON value");
    }

    /** The fields in their order; nested objects and arrays are unmodifiable too. */
    public Map<String, Object> fields() {
        return fields;
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    /** A top-level value, null when absent or JSON null. */
    public Object value(String field) {
        return fields.get(field);
    }

    /** A top-level value when it is a string; null when absent, null or of another JSON type. */
    public String text(String field) {
        return fields.get(field) instanceof String s ? s : null;
    }

    /** The same record with one top-level field set (added at the end when new, in place when present). */
    public RawFeedback with(String field, Object value) {
        Objects.requireNonNull(field, "field");
        return withCopied(field, copyValue(value, field));
    }

    /** {@link #with(String, Object)} of a value that is already an immutable copy. */
    private RawFeedback withCopied(String field, Object copied) {
        Map<String, Object> changed = copyWithRoomForOne(fields);
        changed.put(field, copied);
        return new RawFeedback(Collections.unmodifiableMap(changed));
    }

    /**
     * A modifiable copy of an object with room for one more field. Copied with forEach: the read-only maps'
     * entry sets wrap every entry they hand out, and stamping copies every record the bridge carries.
     */
    private static Map<String, Object> copyWithRoomForOne(Map<String, Object> object) {
        Map<String, Object> copy = new LinkedHashMap<>((object.size() + 1) * 4 / 3 + 1);
        object.forEach(copy::put);
        return copy;
    }

    /** The same record without one top-level field; the same record when it has no such field. */
    public RawFeedback without(String field) {
        if (!fields.containsKey(field)) {
            return this;
        }
        Map<String, Object> changed = new LinkedHashMap<>(fields);
        changed.remove(field);
        return new RawFeedback(Collections.unmodifiableMap(changed));
    }

    /** Whether {@code attributes} is absent/null or a JSON object - the only shapes attribute helpers accept. */
    public boolean hasObjectAttributes() {
        Object attributes = fields.get(ATTRIBUTES);
        return attributes == null || attributes instanceof Map;
    }

    /** The attributes object, empty when absent; an {@link IllegalStateException} when it is not an object. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> attributes() {
        Object attributes = fields.get(ATTRIBUTES);
        if (attributes == null) {
            return Map.of();
        }
        if (!(attributes instanceof Map)) {
            throw new IllegalStateException("attributes is " + jsonType(attributes) + ", not an object");
        }
        return (Map<String, Object>) attributes;
    }

    /** One attribute's value, null when absent. */
    public Object attribute(String name) {
        return attributes().get(name);
    }

    /** The same record with one attribute set, creating {@code attributes} when the record has none. */
    public RawFeedback withAttribute(String name, Object value) {
        Objects.requireNonNull(name, "name");
        Map<String, Object> changed = copyWithRoomForOne(attributes());
        changed.put(name, copyValue(value, ATTRIBUTES + "." + name));
        return withCopied(ATTRIBUTES, Collections.unmodifiableMap(changed));
    }

    /** Whether the path leads to a present field (which may hold JSON null). */
    public boolean has(FieldPath path) {
        Map<String, Object> object = parentObject(path);
        return object != null && object.containsKey(last(path));
    }

    /** The value at a path, null when any step is absent or not an object. */
    public Object value(FieldPath path) {
        Map<String, Object> object = parentObject(path);
        return object == null ? null : object.get(last(path));
    }

    /**
     * The same record with the value at a path set; missing objects on the way are created. An
     * {@link IllegalArgumentException} when a step on the way holds something other than an object.
     */
    public RawFeedback with(FieldPath path, Object value) {
        return new RawFeedback(set(fields, path, copyValue(value, path.toString()), ""));
    }

    /** The same record without the value at a path; the same record when nothing is there. */
    public RawFeedback without(FieldPath path) {
        if (!has(path)) {
            return this;
        }
        return new RawFeedback(remove(fields, path));
    }

    /** The JSON type of a value as people name it, for reasons: string, number, boolean, null, object, array. */
    public static String jsonType(Object value) {
        if (value == null) {
            return "null";
        } else if (value instanceof String) {
            return "string";
        } else if (value instanceof Number) {
            return "number";
        } else if (value instanceof Boolean) {
            return "boolean";
        } else if (value instanceof Map) {
            return "object";
        }
        return "array";
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> parentObject(FieldPath path) {
        Map<String, Object> object = fields;
        List<String> segments = path.segments();
        for (int i = 0; i < segments.size() - 1; i++) {
            if (!(object.get(segments.get(i)) instanceof Map<?, ?> nested)) {
                return null;
            }
            object = (Map<String, Object>) nested;
        }
        return object;
    }

    private static String last(FieldPath path) {
        return path.segments().get(path.segments().size() - 1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> set(Map<String, Object> object, FieldPath path, Object value, String where) {
        Map<String, Object> changed = new LinkedHashMap<>(object);
        if (path.isTopLevel()) {
            changed.put(path.head(), value);
        } else {
            Object nested = object.get(path.head());
            String here = where + path.head();
            if (nested != null && !(nested instanceof Map)) {
                throw new IllegalArgumentException(here + " is " + jsonType(nested) + ", not an object, so "
                        + here + "." + path.tail() + " cannot be set");
            }
            Map<String, Object> inner = nested == null ? Map.of() : (Map<String, Object>) nested;
            changed.put(path.head(), set(inner, path.tail(), value, here + "."));
        }
        return Collections.unmodifiableMap(changed);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> remove(Map<String, Object> object, FieldPath path) {
        Map<String, Object> changed = new LinkedHashMap<>(object);
        if (path.isTopLevel()) {
            changed.remove(path.head());
        } else {
            changed.put(path.head(), remove((Map<String, Object>) object.get(path.head()), path.tail()));
        }
        return Collections.unmodifiableMap(changed);
    }

    private static Map<String, Object> copyObject(Map<?, ?> object, String where) {
        // sized so that it never grows while filled: records are copied often, on the bridge's hot path
        Map<String, Object> copy = new LinkedHashMap<>(object.size() * 4 / 3 + 1);
        object.forEach((key, value) -> {
            if (!(key instanceof String name)) {
                throw new IllegalArgumentException("a JSON object's keys are strings (got " + key + " in '" + where
                        + "')");
            }
            // a string, number, boolean or null is its own copy: no path to name, none built
            copy.put(name, isScalar(value) ? value : copyValue(value, where.isEmpty() ? name : where + "." + name));
        });
        return Collections.unmodifiableMap(copy);
    }

    private static boolean isScalar(Object value) {
        return value == null || value instanceof String || value instanceof Number || value instanceof Boolean;
    }

    private static Object copyValue(Object value, String where) {
        if (isScalar(value)) {
            return value;
        } else if (value instanceof Map<?, ?> object) {
            return copyObject(object, where);
        } else if (value instanceof List<?> array) {
            List<Object> copy = new ArrayList<>(array.size());
            for (int i = 0; i < array.size(); i++) {
                copy.add(copyValue(array.get(i), where + "[" + i + "]"));
            }
            return Collections.unmodifiableList(copy);
        }
        throw new IllegalArgumentException("'" + where + "' holds a " + value.getClass().getName()
                + ", which is not a JSON value");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RawFeedback r && fields.equals(r.fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return "RawFeedback" + fields;
    }
}
