package io.voc.search.application;

import io.voc.search.model.FeedbackFilter;
import io.voc.search.model.Overview;
import io.voc.search.model.OverviewPeriod;

/** Port: computes overviews in the feedback store. May throw {@link StoreUnavailableException}. */
public interface FeedbackOverviews {

    /** The overview of what {@code filter} matches (its own time bounds are ignored) over {@code period}. */
    Overview overview(FeedbackFilter filter, OverviewPeriod period);
}
