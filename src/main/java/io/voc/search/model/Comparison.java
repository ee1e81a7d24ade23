package io.voc.search.model;

import java.util.List;

/**
 * Two slices of feedback side by side - two app versions, two regions, two periods - and the topics and
 * aspects whose share of each side changed most. A share is a side's feedback about the topic divided by
 * all the side's feedback, so sides of different sizes compare fairly.
 */
public record Comparison(String dimension, Side a, Side b, List<Change> topics, List<Change> aspects) {

    /** One side: what it is (a version, a region, a period as "from/to") and its totals. */
    public record Side(String label, Overview.Totals totals) {
    }

    /** A topic or aspect on both sides; {@code shareChange} = b's share minus a's, in share points (0-1). */
    public record Change(String key, long countA, long countB, double shareA, double shareB, double shareChange,
            Double avgSentimentA, Double avgSentimentB) {

        public static Change of(String key, long countA, long totalA, Double sentimentA, long countB, long totalB,
                Double sentimentB) {
            double shareA = totalA == 0 ? 0 : (double) countA / totalA;
            double shareB = totalB == 0 ? 0 : (double) countB / totalB;
            return new Change(key, countA, countB, Overview.round(shareA), Overview.round(shareB),
                    Overview.round(shareB - shareA), sentimentA, sentimentB);
        }
    }

    /** The {@code limit} changes of largest size, largest first (ties: the more frequent first). */
    public static List<Change> largest(List<Change> changes, int limit) {
        return changes.stream()
                .sorted(java.util.Comparator.comparingDouble((Change c) -> -Math.abs(c.shareChange()))
                        .thenComparingLong(c -> -(c.countA() + c.countB())))
                .limit(limit)
                .toList();
    }
}
