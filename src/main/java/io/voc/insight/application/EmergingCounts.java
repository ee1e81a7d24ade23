package io.voc.insight.application;

import io.voc.insight.model.CandidateTally;
import io.voc.search.model.FeedbackFilter;

/** Counting for emerging issues, in the search store; every count goes through a {@link FeedbackFilter}. */
public interface EmergingCounts {

    /** How many feedback match. */
    long count(FeedbackFilter filter);

    /**
     * The candidates of {@code window} (topics, aspects and pre-selected terms with at least
     * {@code minCount} feedback there) with their counts in the window and in {@code baseline}.
     */
    CandidateTally tally(FeedbackFilter window, FeedbackFilter baseline, int minCount);
}
