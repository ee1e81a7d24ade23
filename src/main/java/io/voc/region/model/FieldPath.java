package io.voc.region.model;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a value sits in a raw record: a top-level field ({@code text}) or a field inside a nested object,
 * dot-separated ({@code attributes.note}). Configuration names fields this way, so a properties file can say
 * which attribute to scrub or which legacy field to rename without knowing Java.
 */
public record FieldPath(List<String> segments) {
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{0,63}");

    public FieldPath {
        if (segments == null || segments.isEmpty() || segments.size() > 4) {
            throw new IllegalArgumentException("a field path has 1-4 segments (got " + segments + ")");
        }
        for (String segment : segments) {
            if (segment == null || !SEGMENT.matcher(segment).matches()) {
                throw new IllegalArgumentException("a field path segment is 1-64 characters of letters, digits, '_' "
                        + "and '-', starting with a letter or '_' (got " + (segment == null ? "nothing"
                        : "'" + segment + "'") + " in '" + String.join(".", segments) + "')");
            }
        }
        segments = List.copyOf(segments);
    }

    /** Reads {@code text} or {@code attributes.note}; an {@link IllegalArgumentException} saying why otherwise. */
    public static FieldPath parse(String path) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("a field path is needed, e.g. text or attributes.note");
        }
        return new FieldPath(Arrays.asList(path.strip().split("\\.", -1)));
    }

    public boolean isTopLevel() {
        return segments.size() == 1;
    }

    /** The first segment: the top-level field the path starts at. */
    public String head() {
        return segments.get(0);
    }

    /** The path below the first segment; only for paths of two or more segments. */
    public FieldPath tail() {
        return new FieldPath(segments.subList(1, segments.size()));
    }

    @Override
    public String toString() {
        return String.join(".", segments);
    }
}
