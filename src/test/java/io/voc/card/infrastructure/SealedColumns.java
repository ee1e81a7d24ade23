package io.voc.card.infrastructure;

import java.util.UUID;

/**
 * A channel's URL or secret sealed as {@code card_channel} holds it, for tests that write the outbox state
 * an app leaves behind straight into PostgreSQL (the packaged app opens them with the same key).
 */
public final class SealedColumns {
    private SealedColumns() {
    }

    /** {@code field}: url, signing or callback. */
    public static String seal(String base64Key, UUID channelId, String field, String value) {
        return new SecretBox(base64Key).seal(value, "channel:" + channelId + ":" + field);
    }
}
