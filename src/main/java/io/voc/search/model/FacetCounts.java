package io.voc.search.model;

import java.util.List;

/**
 * How many matching feedback have each value of a facet, most first. The counts ignore the facet's own
 * selection (they follow every other filter), so a user narrowed to Android still sees how many iOS
 * feedback there are; {@code selected} is the value chosen, null when none.
 */
public record FacetCounts(Facet facet, String selected, List<Value> values) {
    /** Values counted per facet; the rest are reached by searching or narrowing further. */
    public static final int MAX_VALUES = 12;

    public record Value(String value, long count) {
    }

    public FacetCounts {
        values = List.copyOf(values);
    }

    public boolean isSelected(String value) {
        return value.equals(selected);
    }

    /** The selection is not among the values counted (it may have none, or be beyond the top ones). */
    public boolean selectionNotListed() {
        return selected != null && values.stream().noneMatch(v -> v.value().equals(selected));
    }
}
