package io.voc.region.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One transform as configuration describes it: a type ({@code scrub-pii}) and its parameters as strings,
 * exactly as a properties file holds them ({@code fields=text,attributes.note}). Nothing is checked here but
 * that there is a type; {@link TransformChainFactory} checks the rest and says where a mistake is.
 */
public record TransformSpec(String type, Map<String, String> parameters) {

    public TransformSpec {
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("a transform needs a type");
        }
        type = type.strip().toLowerCase(Locale.ROOT);
        Map<String, String> copy = new LinkedHashMap<>();
        if (parameters != null) {
            parameters.forEach((name, value) -> {
                if (name != null && value != null) {
                    copy.put(name.strip(), value);
                }
            });
        }
        parameters = Collections.unmodifiableMap(copy);
    }

    /** A spec of a type without parameters. */
    public static TransformSpec of(String type) {
        return new TransformSpec(type, Map.of());
    }

    /** The same spec with one more parameter (replacing one of that name). */
    public TransformSpec with(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(parameters);
        changed.put(name, value);
        return new TransformSpec(type, changed);
    }

    /** A parameter's value, stripped; null when absent or blank. */
    public String parameter(String name) {
        String value = parameters.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
