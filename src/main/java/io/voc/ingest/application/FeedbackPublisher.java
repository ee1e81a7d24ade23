package io.voc.ingest.application;

import io.voc.feedback.model.Feedback;
import java.util.List;

/** Hands submitted feedback to the pipeline. Returns only once the pipeline has durably taken it. */
public interface FeedbackPublisher {

    /** @param feedback the validated form, whose id keys the record */
    void publish(FeedbackSubmission submission, Feedback feedback);

    /** Publishes many at once; returns once all are durable. On failure some may be published: retrying the whole batch is safe, ids are deterministic. */
    void publishAll(List<Accepted> batch);

    record Accepted(FeedbackSubmission submission, Feedback feedback) {
    }
}
