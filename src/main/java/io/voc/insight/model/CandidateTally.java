package io.voc.insight.model;

import java.util.List;

/**
 * What the store counted for one comparison: the feedback in the window and the baseline, each candidate's
 * counts, and how many distinct terms the window had (the terms are pre-selected from these, and the
 * multiple-testing correction counts them all).
 */
public record CandidateTally(long windowTotal, long baselineTotal, List<CandidateCounts> candidates,
        long distinctTerms) {

    public CandidateTally {
        candidates = List.copyOf(candidates);
    }
}
