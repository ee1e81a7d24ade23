package io.voc.feedback.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The identity of a feedback, derived from its content so that a replay of the same record (a retried
 * POST, a re-imported file, a re-delivered Kafka message) is the same document and is stored once.
 */
public record FeedbackId(String value) {
    public FeedbackId {
        if (value == null || !value.matches("[0-9a-f]{32}")) {
            throw new InvalidFeedbackException("id", "id must be 32 lower-case hex characters");
        }
    }

    /** The source system's own id is the most stable identity there is: use it when given. */
    public static FeedbackId fromSource(ProductKey product, Channel channel, String sourceId) {
        return digest("source", product.value(), channel.wireName(), sourceId);
    }

    /** Without a source id, the same user saying the same thing at the same time is the same feedback. */
    public static FeedbackId fromContent(ProductKey product, Channel channel, String userId, String createdAt,
            String text) {
        return digest("content", product.value(), channel.wireName(), nullToEmpty(userId), nullToEmpty(createdAt),
                text);
    }

    private static FeedbackId digest(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0); // separator: ("ab","c") and ("a","bc") must differ
            }
            return new FeedbackId(HexFormat.of().formatHex(sha.digest(), 0, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String toString() {
        return value;
    }
}
