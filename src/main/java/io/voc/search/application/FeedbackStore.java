package io.voc.search.application;

import io.voc.feedback.model.Feedback;
import io.voc.search.model.FeedbackPage;
import io.voc.search.model.FeedbackQuery;
import java.util.List;

/** The search store of feedback (Elasticsearch in every deployment). */
public interface FeedbackStore {

    /**
     * Stores each feedback once: storing one that is already there is a success and changes nothing.
     * Returns normally only when every feedback is durably stored.
     *
     * @throws StoreUnavailableException when the store cannot take the batch now (retry later)
     */
    void storeAll(List<Feedback> batch);

    FeedbackPage search(FeedbackQuery query);
}
