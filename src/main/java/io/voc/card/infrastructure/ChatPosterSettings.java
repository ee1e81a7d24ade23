package io.voc.card.infrastructure;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link ChatPoster} talks to chat providers: how long it waits to connect and for a whole answer, how
 * much of an answer it reads (a provider's answer is a word or a small JSON; a receiver that streams
 * megabytes is not worth VOC's memory), and VOC's public address (no trailing slash) for the links and the
 * callback URL in cards.
 */
public record ChatPosterSettings(Duration connectTimeout, Duration requestTimeout, int maxResponseBytes,
        String vocPublicUrl) {
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    public static final int MAX_RESPONSE_BYTES = 64 * 1024;

    public ChatPosterSettings {
        Objects.requireNonNull(vocPublicUrl, "vocPublicUrl");
        if (connectTimeout.isNegative() || connectTimeout.isZero() || requestTimeout.compareTo(connectTimeout) < 0) {
            throw new IllegalArgumentException("0 < connect timeout <= request timeout");
        }
        if (maxResponseBytes < 1) {
            throw new IllegalArgumentException("maxResponseBytes must be positive");
        }
        vocPublicUrl = vocPublicUrl.endsWith("/") ? vocPublicUrl.substring(0, vocPublicUrl.length() - 1)
                : vocPublicUrl;
    }

    public static ChatPosterSettings of(String vocPublicUrl) {
        return new ChatPosterSettings(CONNECT_TIMEOUT, REQUEST_TIMEOUT, MAX_RESPONSE_BYTES, vocPublicUrl);
    }

    /**
     * Where a plain webhook's receiver posts a click (docs/cards.md): the channel is in the path, as its secret
     * is the one that verifies the click.
     */
    public String webhookCallbackUrl(java.util.UUID channelId) {
        return vocPublicUrl + "/api/v1/cards/callbacks/webhook/" + channelId;
    }
}
