package io.voc.region.infrastructure;

import io.voc.region.model.ChainOutcome;
import io.voc.region.model.Changes;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one batch of a bridge did: records by outcome (kept, dropped, rejected) and the transforms' changes by
 * transform and kind. Summed per batch so the metrics are updated once per batch and kind, not once per record
 * (a meter lookup costs more than transforming a record); counted in plain hash maps of counters, as this runs
 * for every record.
 */
final class BatchTally {
    private final Map<String, long[]> outcomes = new HashMap<>();
    private final Map<String, Map<String, long[]>> changes = new HashMap<>();

    /** One record's outcome and, when the chain ran, what its transforms changed. */
    void add(String outcome, ChainOutcome chain) {
        count(outcomes, outcome, 1);
        if (chain != null) {
            // forEach, not entrySet(): the unmodifiable maps' entry sets wrap every entry they hand out
            chain.changes().forEach(this::count);
        }
    }

    private void count(String transform, Changes changed) {
        if (!changed.isEmpty()) {
            Map<String, long[]> byKind = changes.computeIfAbsent(transform, t -> new HashMap<>());
            changed.byKind().forEach((kind, count) -> count(byKind, kind, count));
        }
    }

    /** Adds another batch's counts (the batches of one transaction). */
    void addAll(BatchTally other) {
        other.outcomes.forEach((outcome, count) -> count(outcomes, outcome, count[0]));
        other.changes.forEach((transform, byKind) -> byKind.forEach((kind, count) ->
                count(changes.computeIfAbsent(transform, t -> new HashMap<>()), kind, count[0])));
    }

    /** Records by outcome, in name order. */
    Map<String, Long> outcomes() {
        return sorted(outcomes);
    }

    /** Changes by transform, then kind, in name order. */
    Map<String, Map<String, Long>> changes() {
        Map<String, Map<String, Long>> sorted = new TreeMap<>();
        changes.forEach((transform, byKind) -> sorted.put(transform, sorted(byKind)));
        return sorted;
    }

    long records() {
        return outcomes.values().stream().mapToLong(c -> c[0]).sum();
    }

    private static void count(Map<String, long[]> counts, String key, long by) {
        counts.computeIfAbsent(key, k -> new long[1])[0] += by;
    }

    private static Map<String, Long> sorted(Map<String, long[]> counts) {
        Map<String, Long> sorted = new TreeMap<>();
        counts.forEach((key, count) -> sorted.put(key, count[0]));
        return sorted;
    }
}
