package io.voc.ingest.application;

import io.voc.feedback.model.Attributes;
import io.voc.feedback.model.Channel;
import io.voc.feedback.model.Feedback;
import io.voc.feedback.model.FeedbackText;
import io.voc.feedback.model.InvalidFeedbackException;
import io.voc.feedback.model.ProductKey;
import io.voc.feedback.model.ProductNotGrantedException;
import io.voc.feedback.model.ProductScope;
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
    private final IngestMetrics metrics;
    private final Clock clock = Clock.systemUTC();

    SubmitFeedback(FeedbackPublisher publisher, IngestMetrics metrics) {
        this.publisher = publisher;
        this.metrics = metrics;
    }

    /**
     * @param products what the submitter may submit for
     * @throws InvalidFeedbackException naming the first field that is wrong
     * @throws ProductNotGrantedException for a product outside {@code products}
     */
    public Feedback submit(FeedbackSubmission submission, ProductScope products) {
        FeedbackSubmission stamped = submission.receivedAt(clock.instant().toString());
        Feedback feedback;
        try {
            feedback = validate(stamped, null);
            products.require(feedback.product());
        } catch (InvalidFeedbackException | ProductNotGrantedException e) {
            metrics.rejected("api", 1);
            throw e;
        }
        publisher.publish(stamped, feedback);
        metrics.accepted("api", 1);
        return feedback;
    }

    /**
     * The one set of rules every source goes through.
     *
     * @param fallbackReceivedAt when the submission does not say when it was received (upstream topic)
     * @throws InvalidFeedbackException naming the first field that is wrong
     */
    public static Feedback validate(FeedbackSubmission s, Instant fallbackReceivedAt) {
        if (s.schemaVersion() != null && s.schemaVersion() != FeedbackSubmission.SCHEMA_VERSION) {
            throw new InvalidFeedbackException("schemaVersion",
                    "schemaVersion " + s.schemaVersion() + " is not supported; this platform reads version "
                            + FeedbackSubmission.SCHEMA_VERSION);
        }
        Instant receivedAt = s.receivedAt() == null ? fallbackReceivedAt : parseInstant("receivedAt", s.receivedAt());
        if (receivedAt == null) {
            throw new InvalidFeedbackException("receivedAt", "receivedAt is required");
        }
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
                Attributes.of(s.attributes()),
                parseInstant("createdAt", s.createdAt()),
                receivedAt);
    }

    /** Sources send ISO-8601 with an offset ("2026-11-20T10:15:00Z", "...+08:00"). */
    private static Instant parseInstant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidFeedbackException(field,
                    field + " must be an ISO-8601 date-time with offset, e.g. 2026-11-20T10:15:00Z (got '" + value
                            + "')");
        }
    }
}
