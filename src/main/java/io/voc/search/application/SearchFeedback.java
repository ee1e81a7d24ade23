package io.voc.search.application;

import io.voc.search.model.FeedbackPage;
import io.voc.search.model.FeedbackQuery;
import jakarta.enterprise.context.ApplicationScoped;

/** Use case: find feedback by words, product and time window, one page at a time. */
@ApplicationScoped
public class SearchFeedback {
    private final FeedbackStore store;

    SearchFeedback(FeedbackStore store) {
        this.store = store;
    }

    public FeedbackPage search(FeedbackQuery query) {
        return store.search(query);
    }
}
