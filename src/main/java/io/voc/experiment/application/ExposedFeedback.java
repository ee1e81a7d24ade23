package io.voc.experiment.application;

import io.voc.experiment.model.UserFeedback;
import io.voc.feedback.model.ProductKey;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The feedback store, asked about the users of an experiment. */
public interface ExposedFeedback {

    /** Every feedback about {@code product} by one of {@code userIds}, created at or after {@code since}. */
    List<UserFeedback> of(ProductKey product, Collection<String> userIds, Instant since);
}
