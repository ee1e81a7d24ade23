package io.voc.region.model;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How records of one older or newer schema version become version 1, as data: fields to remove, fields to
 * rename (old name to new: v2's {@code body} to {@code text}), and defaults for fields version 1 has but the old
 * records lack. Applied in that order - remove, rename, default - so a default never hides a renamed value.
 * Defaults are strings, as a properties file gives them; the ingest API turns a numeric string into a number
 * where it expects one.
 */
public record VersionMapping(int version, List<FieldPath> removed, Map<FieldPath, FieldPath> renamed,
        Map<FieldPath, String> defaults) {

    public VersionMapping {
        if (version == SchemaMapping.CURRENT_VERSION) {
            throw new IllegalArgumentException("version " + SchemaMapping.CURRENT_VERSION
                    + " is the current schema version and needs no mapping");
        }
        removed = List.copyOf(removed);
        renamed = unmodifiable(renamed);
        defaults = unmodifiable(defaults);
        Set<FieldPath> targets = new HashSet<>();
        for (Map.Entry<FieldPath, FieldPath> rename : renamed.entrySet()) {
            Objects.requireNonNull(rename.getValue(), "rename target");
            if (!targets.add(rename.getValue())) {
                throw new IllegalArgumentException("version " + version + " renames two fields to "
                        + rename.getValue() + "; one value would be lost");
            }
        }
        for (Map.Entry<FieldPath, String> fieldDefault : defaults.entrySet()) {
            Objects.requireNonNull(fieldDefault.getValue(), "default of " + fieldDefault.getKey());
        }
    }

    private static <K, V> Map<K, V> unmodifiable(Map<K, V> map) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
