package io.voc.card.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Lark's and VOC's webhook schemes, against values computed independently (Python's hmac/hashlib). */
class OtherSignaturesTest {
    private static final Instant NOW = Instant.ofEpochSecond(1_700_000_000L);

    @Test
    void larkCustomBotSign() {
        // python: base64(hmac.new(b"1700000000\nsecret-123", b"", sha256).digest())
        assertEquals("xiQpL9nf/BpYLaoJWVUsd6OD+ut1ViQminpB7CRsPl0=", LarkSignature.pushSign(1_700_000_000L, "secret-123"));
    }

    @Test
    void larkCallbackSignature() {
        String body = "{\"encrypt\":\"abc\"}";
        // python: sha256(b'1700000000' + b'nonce-1' + b'encrypt-key' + body).hexdigest()
        String expected = "dfc62025280de93ff74acd4a6cc940a039086b19a25c7832cf21138fb89826ff";
        String signature = LarkSignature.callbackSignature("1700000000", "nonce-1", "encrypt-key", body);
        assertEquals(expected, signature);
        assertTrue(LarkSignature.verifyCallback("1700000000", "nonce-1", "encrypt-key", body, signature, NOW).valid());
        assertFalse(LarkSignature.verifyCallback("1700000000", "nonce-2", "encrypt-key", body, signature, NOW).valid());
    }

    @Test
    void webhookSignatureBindsTheTimestamp() {
        String body = "{\"event\":\"alert_fired\"}";
        // python: "sha256=" + hmac.new(b"hook-secret", b"1700000000." + body, sha256).hexdigest()
        String expected = "sha256=f73e4119bdb59489e7b5001c9be77ff0ca3c2d8b602fb2d9d9913a9990dc696d";
        String signature = WebhookSignature.sign("hook-secret", "1700000000", body);
        assertEquals(expected, signature);
        assertTrue(WebhookSignature.verify("hook-secret", "1700000000", body, signature, NOW).valid());
        assertFalse(WebhookSignature.verify("hook-secret", "1700000001", body, signature, NOW).valid(),
                "the same body at another time is another signature");
    }
}
