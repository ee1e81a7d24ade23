package io.voc.ingest.application;

/**
 * A feedback as a source hands it over: raw values, not yet validated. Every source (REST, files,
 * upstream topic) converts its input to this, so that all of them obey the same rules.
 */
public record FeedbackSubmission(
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
        String createdAt) {
}
