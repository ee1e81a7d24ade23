package io.voc.search.application;

import io.voc.search.model.Exploration;
import io.voc.search.model.FeedbackQuery;

/** Port: a page of feedback with facet counts. May throw {@link StoreUnavailableException}. */
public interface FeedbackExplorations {

    Exploration explore(FeedbackQuery query);
}
