package io.voc.insight.model;

/**
 * A candidate whose volume or negativity rose significantly. Shares are fractions (0.2 is 20%);
 * {@code ratio} is how many times the share grew, with half a feedback added to each count so that a
 * candidate new in the window has a finite ratio. {@code extra} is how many more feedback than usual
 * (see {@link EmergingMethod}). The negative shares are null where there is nothing to divide by; the
 * negativity p- and q-values are null where that test was not run (fewer than the minimum of negative
 * feedback in the window, or none about the candidate in the baseline).
 */
public record EmergingItem(CandidateKind kind, String key, long windowCount, long baselineCount,
        double windowShare, double baselineShare, double ratio, double pValue, double qValue,
        long windowNegative, long baselineNegative, Double negativeShareWindow, Double negativeShareBaseline,
        Double negativityPValue, Double negativityQValue, Signal signal, double extra) {
}
