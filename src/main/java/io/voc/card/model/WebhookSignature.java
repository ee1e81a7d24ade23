package io.voc.card.model;

import java.time.Instant;
import java.util.HexFormat;

/**
 * VOC's own scheme for plain webhooks, both ways: {@code X-VOC-Timestamp} (seconds) and
 * {@code X-VOC-Signature: sha256=} + hex(HMAC-SHA256(secret, timestamp + "." + body)). Binding the
 * timestamp into the signature lets a receiver refuse old requests; see docs/cards.md for a receiver.
 */
public final class WebhookSignature {
    public static final String SIGNATURE_HEADER = "X-VOC-Signature";
    public static final String TIMESTAMP_HEADER = "X-VOC-Timestamp";

    private WebhookSignature() {
    }

    public static String sign(String secret, String timestamp, String body) {
        return "sha256=" + HexFormat.of().formatHex(Hmac.sha256(secret, timestamp + "." + body));
    }

    public static SignatureCheck verify(String secret, String timestamp, String body, String signature, Instant now) {
        SignatureCheck fresh = RequestTimestamp.check(timestamp, now, SlackSignature.MAX_AGE);
        if (!fresh.valid()) {
            return fresh;
        }
        return Hmac.same(sign(secret, timestamp, body), signature) ? SignatureCheck.VALID
                : SignatureCheck.invalid("the " + SIGNATURE_HEADER + " does not match the body");
    }
}
