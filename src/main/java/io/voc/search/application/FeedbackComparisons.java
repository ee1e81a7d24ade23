package io.voc.search.application;

import io.voc.search.model.CompareRequest;
import io.voc.search.model.Comparison;

/** Port: compares two slices of feedback in the store. May throw {@link StoreUnavailableException}. */
public interface FeedbackComparisons {

    Comparison compare(CompareRequest request);
}
