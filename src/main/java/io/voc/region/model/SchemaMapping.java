package io.voc.region.model;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Brings records of the schema versions other regions still (or already) run to VOC's current version 1, by
 * the {@link VersionMapping}s configured for the region. A record without {@code schemaVersion} is version 1, as
 * the ingest API reads it. A version without a mapping is rejected with a reason that names the version and the
 * versions this region supports, and so is a {@code schemaVersion} that is not a whole number: guessing the
 * shape of a record would put wrong values on the dashboard.
 *
 * <p>Counts {@code removed}, {@code renamed} and {@code defaulted} fields, and {@code upgraded} records.
 */
public final class SchemaMapping implements RecordTransform {
    public static final String TYPE = "map-schema";
    public static final int CURRENT_VERSION = 1;
    public static final String REMOVED = "removed";
    public static final String RENAMED = "renamed";
    public static final String DEFAULTED = "defaulted";
    public static final String UPGRADED = "upgraded";

    private final String name;
    private final Map<Integer, VersionMapping> mappings;

    public SchemaMapping(String name, Map<Integer, VersionMapping> mappings) {
        this.name = Objects.requireNonNull(name, "name");
        mappings.forEach((version, mapping) -> {
            if (version != mapping.version()) {
                throw new IllegalArgumentException("the mapping for version " + version + " says it is for version "
                        + mapping.version());
            }
        });
        this.mappings = java.util.Collections.unmodifiableMap(new TreeMap<>(mappings));
    }

    @Override
    public String name() {
        return name;
    }

    /** The versions bridged: 1 and every version with a mapping, ascending. */
    public String supported() {
        return CURRENT_VERSION + " (current)" + mappings.keySet().stream().map(v -> ", " + v)
                .collect(Collectors.joining());
    }

    @Override
    public TransformOutcome apply(RawFeedback record) {
        Object raw = record.value(RawFeedback.SCHEMA_VERSION);
        if (raw == null) {
            return TransformOutcome.unchanged(record);
        }
        Integer version = wholeNumber(raw);
        if (version == null) {
            return TransformOutcome.rejected("schemaVersion must be a whole number, got " + RawFeedback.jsonType(raw)
                    + " " + shown(raw) + "; supported versions: " + supported());
        }
        if (version == CURRENT_VERSION) {
            return TransformOutcome.unchanged(record);
        }
        VersionMapping mapping = mappings.get(version);
        if (mapping == null) {
            return TransformOutcome.rejected("schemaVersion " + version + " has no mapping in this region; supported "
                    + "versions: " + supported() + ". Configure a mapping for version " + version
                    + " or have the source send a supported version");
        }
        return upgrade(record, mapping);
    }

    private TransformOutcome upgrade(RawFeedback record, VersionMapping mapping) {
        RawFeedback mapped = record;
        Changes changes = Changes.NONE;
        for (FieldPath field : mapping.removed()) {
            if (mapped.has(field)) {
                mapped = mapped.without(field);
                changes = changes.plus(REMOVED, 1);
            }
        }
        Map<FieldPath, Object> moving = new LinkedHashMap<>();
        for (FieldPath from : mapping.renamed().keySet()) {
            if (mapped.has(from)) {
                moving.put(from, mapped.value(from));
            }
        }
        for (FieldPath from : moving.keySet()) {
            mapped = mapped.without(from);
        }
        Map<FieldPath, FieldPath> renamed = new HashMap<>(mapping.renamed());
        for (Map.Entry<FieldPath, Object> move : moving.entrySet()) {
            FieldPath to = renamed.get(move.getKey());
            if (mapped.value(to) != null) {
                return TransformOutcome.rejected("a version " + mapping.version() + " record has both "
                        + move.getKey() + " and " + to + ", which " + move.getKey() + " is renamed to; "
                        + "keeping either would lose the other");
            }
            mapped = mapped.with(to, move.getValue());
            changes = changes.plus(RENAMED, 1);
        }
        for (Map.Entry<FieldPath, String> fieldDefault : mapping.defaults().entrySet()) {
            if (mapped.value(fieldDefault.getKey()) == null) {
                mapped = mapped.with(fieldDefault.getKey(), fieldDefault.getValue());
                changes = changes.plus(DEFAULTED, 1);
            }
        }
        mapped = mapped.with(RawFeedback.SCHEMA_VERSION, CURRENT_VERSION);
        return TransformOutcome.kept(mapped, changes.plus(UPGRADED, 1));
    }

    /** The value as a whole number when it is one (2, 2.0); null otherwise, or beyond int's range. */
    private static Integer wholeNumber(Object raw) {
        if (!(raw instanceof Number number)) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(number.toString());
            return value.stripTrailingZeros().scale() <= 0 ? value.intValueExact() : null;
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
    }

    private static String shown(Object raw) {
        return raw instanceof String s ? "\"" + s + "\"" : String.valueOf(raw);
    }

    @Override
    public String toString() {
        return name + " versions " + supported();
    }
}
