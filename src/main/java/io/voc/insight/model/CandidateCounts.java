package io.voc.insight.model;

/**
 * How often a candidate came up: in how many feedback of the window and of the baseline, and how many of
 * those were negative (for a topic or term the feedback's sentiment, for an aspect the aspect's own).
 */
public record CandidateCounts(CandidateKind kind, String key, long windowCount, long windowNegative,
        long baselineCount, long baselineNegative) {

    public CandidateCounts {
        if (windowNegative > windowCount || baselineNegative > baselineCount || windowNegative < 0
                || baselineNegative < 0) {
            throw new IllegalArgumentException("negative counts beyond their totals for " + kind + " " + key);
        }
    }
}
