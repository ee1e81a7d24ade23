package io.voc.feedback.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * One piece of user feedback, immutable once received. Every field is validated here, so a
 * {@code Feedback} that exists is a feedback the platform can store and analyse.
 */
public record Feedback(
        FeedbackId id,
        ProductKey product,
        Channel channel,
        String sourceId,
        FeedbackText text,
        Rating rating,
        String locale,
        String region,
        String appVersion,
        String platform,
        String userId,
        Attributes attributes,
        Instant createdAt,
        Instant receivedAt) {

    /** Clocks of phones and upstream systems drift; more than this in the future is a broken timestamp. */
    static final Duration MAX_CLOCK_SKEW = Duration.ofDays(1);
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    public Feedback {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(receivedAt, "receivedAt");
        sourceId = Fields.optional("sourceId", sourceId, 200);
        locale = normaliseLocale(locale);
        region = Fields.optionalSlug("region", region, 32);
        appVersion = Fields.optional("appVersion", appVersion, 64);
        platform = Fields.optionalSlug("platform", platform, 32);
        userId = Fields.optional("userId", userId, 128);
        attributes = attributes == null ? Attributes.NONE : attributes;
        if (createdAt == null) {
            createdAt = receivedAt;
        }
        if (createdAt.isAfter(receivedAt.plus(MAX_CLOCK_SKEW))) {
            throw new InvalidFeedbackException("createdAt", "createdAt " + createdAt + " lies in the future");
        }
        if (createdAt.isBefore(EARLIEST)) {
            throw new InvalidFeedbackException("createdAt", "createdAt " + createdAt + " is before " + EARLIEST);
        }
    }

    /** A feedback arriving now: its identity is derived from its source id, or else from its content. */
    public static Feedback receive(ProductKey product, Channel channel, String sourceId, FeedbackText text,
            Rating rating, String locale, String region, String appVersion, String platform, String userId,
            Attributes attributes, Instant createdAt, Instant receivedAt) {
        String source = Fields.optional("sourceId", sourceId, 200);
        FeedbackId id = source != null
                ? FeedbackId.fromSource(product, channel, source)
                : FeedbackId.fromContent(product, channel, userId, createdAt == null ? null : createdAt.toString(),
                        text.value());
        return new Feedback(id, product, channel, source, text, rating, locale, region, appVersion, platform, userId,
                attributes, createdAt, receivedAt);
    }

    private static String normaliseLocale(String value) {
        String tag = Fields.optional("locale", value, 35);
        if (tag == null) {
            return null;
        }
        Locale locale = Locale.forLanguageTag(tag.replace('_', '-'));
        if (locale.getLanguage().isEmpty()) {
            throw new InvalidFeedbackException("locale",
                    "locale must be a BCP 47 language tag such as en-US or zh-CN (got '" + value + "')");
        }
        return locale.toLanguageTag();
    }
}
