package io.voc.ingest.application;

import io.voc.feedback.model.Channel;
import io.voc.feedback.model.Feedback;
import io.voc.feedback.model.FeedbackText;
import io.voc.feedback.model.InvalidFeedbackException;
import io.voc.feedback.model.ProductKey;
import io.voc.feedback.model.Rating;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Use case: validate one submitted feedback and put it on the pipeline. */
@ApplicationScoped
public class SubmitFeedback {
    private final FeedbackPublisher publisher;
    private final Clock clock = Clock.systemUTC();

    SubmitFeedback(FeedbackPublisher publisher) {
        this.publisher = publisher;
    }

    /** @throws InvalidFeedbackException naming the first field that is wrong */
    public Feedback submit(FeedbackSubmission submission) {
        Feedback feedback = toFeedback(submission, clock.instant());
        publisher.publish(feedback);
        return feedback;
    }

    static Feedback toFeedback(FeedbackSubmission s, Instant receivedAt) {
        return Feedback.receive(
                new ProductKey(s.product()),
                Channel.parse(s.channel()),
                s.sourceId(),
                new FeedbackText(s.text()),
                s.rating() == null ? null : new Rating(s.rating()),
                s.locale(),
                s.region(),
                s.appVersion(),
                s.platform(),
                s.userId(),
                parseInstant(s.createdAt()),
                receivedAt);
    }

    /** Sources send ISO-8601 with an offset ("2026-11-20T10:15:00Z", "...+08:00"). */
    private static Instant parseInstant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidFeedbackException("createdAt",
                    "createdAt must be an ISO-8601 date-time with offset, e.g. 2026-11-20T10:15:00Z (got '" + value
                            + "')");
        }
    }
}
