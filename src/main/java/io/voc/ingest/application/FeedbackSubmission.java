package io.voc.ingest.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * A feedback as a source hands it over: raw values, not yet validated. It is the body of
 * {@code POST /api/v1/feedback}, one line of the bulk API and of JSON Lines imports, and the JSON
 * of the raw topic that upstream systems produce to - so every source obeys the same rules.
 *
 * <p>{@code schemaVersion} (absent means 1) lets the format evolve; {@code receivedAt} is set by the
 * platform when the feedback enters it and may be given by a gateway that buffered it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FeedbackSubmission(
        Integer schemaVersion,
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
        String createdAt,
        String receivedAt,
        Map<String, String> attributes) {

    public static final int SCHEMA_VERSION = 1;

    /** The same submission, stamped with the moment the platform received it (if not stamped yet). */
    public FeedbackSubmission receivedAt(String instant) {
        if (receivedAt != null) {
            return this;
        }
        return new FeedbackSubmission(schemaVersion == null ? SCHEMA_VERSION : schemaVersion, product, channel,
                sourceId, text, rating, locale, region, appVersion, platform, userId, createdAt, instant, attributes);
    }
}
