package io.voc.card.model;

import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Lark (Feishu) signatures. A push to a custom bot carries {@code timestamp} and {@code sign} =
 * Base64(HMAC-SHA256(key = timestamp + "\n" + secret, empty message)). A callback from a Lark app carries
 * {@code X-Lark-Signature} = hex(SHA-256(timestamp + nonce + encrypt key + raw body)).
 */
public final class LarkSignature {
    private LarkSignature() {
    }

    /** The {@code sign} of a custom-bot push at {@code timestamp} (seconds). */
    public static String pushSign(long timestamp, String secret) {
        return Base64.getEncoder().encodeToString(Hmac.sha256(timestamp + "\n" + secret, ""));
    }

    public static String callbackSignature(String timestamp, String nonce, String encryptKey, String body) {
        return HexFormat.of().formatHex(Hmac.digest(timestamp + nonce + encryptKey + body));
    }

    public static SignatureCheck verifyCallback(String timestamp, String nonce, String encryptKey, String body,
            String signature, Instant now) {
        SignatureCheck fresh = RequestTimestamp.check(timestamp, now, SlackSignature.MAX_AGE);
        if (!fresh.valid()) {
            return fresh;
        }
        if (nonce == null || nonce.isBlank()) {
            return SignatureCheck.invalid("the X-Lark-Request-Nonce is missing");
        }
        return Hmac.same(callbackSignature(timestamp, nonce, encryptKey, body), signature) ? SignatureCheck.VALID
                : SignatureCheck.invalid("the X-Lark-Signature does not match the body");
    }
}
