package io.voc.feedback.application;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.voc.feedback.model.Attributes;
import io.voc.feedback.model.Channel;
import io.voc.feedback.model.Feedback;
import io.voc.feedback.model.FeedbackId;
import io.voc.feedback.model.FeedbackText;
import io.voc.feedback.model.ProductKey;
import io.voc.feedback.model.Rating;
import io.voc.nlp.application.AnalysisJson;
import java.time.Instant;
import java.util.Map;

/**
 * The published JSON shape of a feedback (schema version 1): the payload of the pipeline's topics,
 * the source of the Elasticsearch document and the items of the search API. {@code nlp} is what the NLP
 * stage added (absent on the topics and until the feedback is enriched). Field names are a
 * contract with upstream producers, API clients and saved queries; add fields, never rename them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true) // newer producers and later enrichment add fields
public record FeedbackJson(
        int schemaVersion,
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
        Map<String, String> attributes,
        String createdAt,
        String receivedAt,
        AnalysisJson nlp) {

    public static final int SCHEMA_VERSION = 1;

    public static FeedbackJson of(Feedback f) {
        return of(f, null);
    }

    /** With the NLP stage's analysis, as documents and search results carry it. */
    public static FeedbackJson of(Feedback f, AnalysisJson nlp) {
        return new FeedbackJson(SCHEMA_VERSION, f.id().value(), f.product().value(), f.channel().wireName(),
                f.sourceId(), f.text().value(), f.rating() == null ? null : f.rating().value(), f.locale(), f.region(),
                f.appVersion(), f.platform(), f.userId(), f.attributes().values().isEmpty() ? null : f.attributes().values(),
                f.createdAt().toString(), f.receivedAt().toString(), nlp);
    }

    /** Rebuilds (and so re-validates) the feedback this JSON describes. */
    public Feedback toFeedback() {
        return new Feedback(new FeedbackId(id), new ProductKey(product), Channel.parse(channel), sourceId,
                new FeedbackText(text), rating == null ? null : new Rating(rating), locale, region, appVersion,
                platform, userId, Attributes.of(attributes), createdAt == null ? null : Instant.parse(createdAt),
                Instant.parse(receivedAt));
    }
}
