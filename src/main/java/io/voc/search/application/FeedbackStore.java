package io.voc.search.application;

import io.voc.feedback.model.Feedback;
import io.voc.feedback.model.FeedbackId;
import io.voc.search.model.FeedbackPage;
import io.voc.search.model.FeedbackQuery;
import io.voc.feedback.model.ProductScope;
import io.voc.search.model.FoundFeedback;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The search store of feedback (Elasticsearch in every deployment). */
public interface FeedbackStore {

    /**
     * Stores each feedback once: storing one that is already there is a success and changes nothing.
     * Returns only when every feedback is durably stored or refused for good.
     *
     * @throws StoreUnavailableException when the store cannot take (part of) the batch now; retrying
     *         the whole batch is safe
     */
    StoreOutcome storeAll(List<Feedback> batch);

    FeedbackPage search(FeedbackQuery query);

    /** One feedback by id, if stored and among the asker's products. */
    Optional<FoundFeedback> find(FeedbackId id, ProductScope scope);

    /** Which of these feedback are stored already (their ids). */
    Set<String> existing(List<FeedbackId> ids);
}
