package io.voc.insight.model;

import io.voc.search.model.Narrowing;
import java.util.List;

/**
 * The answer: what was compared ({@code windowCount} feedback against {@code baselineCount}, the baseline
 * without the narrowing fields in {@code widened} when the narrowed one was too small), how many tests
 * were run and counted by the correction, and the candidates that rose, most risen first.
 */
public record EmergingReport(EmergingQuery query, long windowCount, long baselineCount,
        List<Narrowing.Field> widened, int tests, long family, List<EmergingItem> items) {

    public EmergingReport {
        widened = List.copyOf(widened);
        items = List.copyOf(items);
    }

    /** Whether the baseline is too small to say much about what is usual, even after widening. */
    public boolean baselineTooSmall() {
        return baselineCount < EmergingMethod.MIN_BASELINE;
    }
}
