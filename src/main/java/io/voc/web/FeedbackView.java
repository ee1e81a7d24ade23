package io.voc.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.voc.feedback.model.Feedback;
import java.time.Instant;

/** A feedback as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeedbackView(
        String id,
        String product,
        String channel,
        String sourceId,
        String text,
        Integer rating,
        String locale,
        String region,
        String appVersion,
        String platform,
        String userId,
        Instant createdAt,
        Instant receivedAt) {

    static FeedbackView of(Feedback f) {
        return new FeedbackView(f.id().value(), f.product().value(), f.channel().wireName(), f.sourceId(),
                f.text().value(), f.rating() == null ? null : f.rating().value(), f.locale(), f.region(),
                f.appVersion(), f.platform(), f.userId(), f.createdAt(), f.receivedAt());
    }
}
