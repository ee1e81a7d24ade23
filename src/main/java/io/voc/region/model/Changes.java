package io.voc.region.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one transform changed in one record, counted by kind ({@code EMAIL}, {@code PHONE}, {@code renamed},
 * {@code sourceRegion-stamped}...). The bridge adds these counts to its metrics, so every change a transform
 * makes is visible on a dashboard: nothing changes a customer's words silently. Immutable; kinds keep the order
 * they were first counted in.
 */
public final class Changes {
    public static final Changes NONE = new Changes(Map.of());

    private final Map<String, Integer> byKind;

    private Changes(Map<String, Integer> byKind) {
        this.byKind = byKind;
    }

    /** {@code count} changes of one kind; {@link #NONE} for zero. */
    public static Changes of(String kind, int count) {
        return NONE.plus(kind, count);
    }

    /** These changes and {@code count} more of one kind; an {@link IllegalArgumentException} for a negative count. */
    public Changes plus(String kind, int count) {
        if (kind == null || kind.isBlank()) {
            throw new IllegalArgumentException("a change needs a kind");
        }
        if (count < 0) {
            throw new IllegalArgumentException("a change count is never negative (got " + count + " for " + kind + ")");
        }
        if (count == 0) {
            return this;
        }
        if (byKind.isEmpty()) {
            return new Changes(Collections.singletonMap(kind, count));
        }
        Map<String, Integer> sum = new LinkedHashMap<>(byKind);
        sum.merge(kind, count, Integer::sum);
        return new Changes(Collections.unmodifiableMap(sum));
    }

    /** Both sets of changes added up by kind. */
    public Changes plus(Changes other) {
        if (isEmpty()) {
            return other;
        }
        Changes sum = this;
        for (Map.Entry<String, Integer> entry : other.byKind.entrySet()) {
            sum = sum.plus(entry.getKey(), entry.getValue());
        }
        return sum;
    }

    /** How many changes of one kind; 0 when none. */
    public int count(String kind) {
        return byKind.getOrDefault(kind, 0);
    }

    public int total() {
        return byKind.values().stream().mapToInt(Integer::intValue).sum();
    }

    public boolean isEmpty() {
        return byKind.isEmpty();
    }

    /** The counts by kind, only kinds with at least one change. */
    public Map<String, Integer> byKind() {
        return byKind;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Changes c && byKind.equals(c.byKind);
    }

    @Override
    public int hashCode() {
        return Objects.hash(byKind);
    }

    @Override
    public String toString() {
        return "Changes" + byKind;
    }
}
