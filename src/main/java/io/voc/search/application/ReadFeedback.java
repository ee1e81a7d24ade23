package io.voc.search.application;

import io.voc.feedback.model.FeedbackId;
import io.voc.feedback.model.InvalidFeedbackException;
import io.voc.feedback.model.ProductScope;
import io.voc.search.model.FoundFeedback;
import io.voc.search.model.InvalidQueryException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Use case: one feedback with everything its analysis found, for the detail view. */
@ApplicationScoped
public class ReadFeedback {
    private final FeedbackStore store;

    ReadFeedback(FeedbackStore store) {
        this.store = store;
    }

    /**
     * Empty when there is no such feedback or it belongs to a product the asker may not see: the two are
     * told apart by nobody, so ids of other products' feedback cannot be probed.
     */
    public Optional<FoundFeedback> byId(String id, ProductScope scope) {
        FeedbackId feedbackId;
        try {
            feedbackId = new FeedbackId(id);
        } catch (InvalidFeedbackException e) {
            throw new InvalidQueryException("id", "a feedback id is 32 lower-case hex characters");
        }
        return store.find(feedbackId, scope);
    }
}
