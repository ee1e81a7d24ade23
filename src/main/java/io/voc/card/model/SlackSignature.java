package io.voc.card.model;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Slack's request signing: {@code X-Slack-Signature} is {@code v0=} + hex(HMAC-SHA256(signing secret,
 * "v0:" + X-Slack-Request-Timestamp + ":" + raw body)). A request older than five minutes is refused, so a
 * captured request cannot be replayed later (replays within the window are caught by the event id).
 */
public final class SlackSignature {
    public static final Duration MAX_AGE = Duration.ofMinutes(5);
    private static final String VERSION = "v0";

    private SlackSignature() {
    }

    public static String sign(String signingSecret, String timestamp, String body) {
        return VERSION + "=" + HexFormat.of().formatHex(Hmac.sha256(signingSecret, VERSION + ":" + timestamp + ":" + body));
    }

    public static SignatureCheck verify(String signingSecret, String timestamp, String body, String signature,
            Instant now) {
        SignatureCheck fresh = RequestTimestamp.check(timestamp, now, MAX_AGE);
        if (!fresh.valid()) {
            return fresh;
        }
        return Hmac.same(sign(signingSecret, timestamp, body), signature) ? SignatureCheck.VALID
                : SignatureCheck.invalid("the X-Slack-Signature does not match the body");
    }
}
