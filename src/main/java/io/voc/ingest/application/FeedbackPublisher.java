package io.voc.ingest.application;

import io.voc.feedback.model.Feedback;

/** Hands accepted feedback to the pipeline. Returns only once the pipeline has durably taken it. */
public interface FeedbackPublisher {
    void publish(Feedback feedback);
}
