package io.voc.card.model;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A button of a Teams card as a link: Teams incoming webhooks send no clicks back, so the button opens VOC
 * with the alert, the action and an expiry, signed with VOC's link key (HMAC-SHA256). Nobody can make a link
 * for another alert or action, nor stretch its life; the signature only says VOC made the link - the person
 * following it still signs in, and acts as themselves.
 */
public record CardLink(UUID alertId, CardAction action, Instant expires) {
    /** How long a card's buttons work: a week-old card is history, and its alert is in VOC anyway. */
    public static final Duration LIFETIME = Duration.ofDays(7);
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    public CardLink {
        Objects.requireNonNull(alertId, "alertId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(expires, "expires");
    }

    public static CardLink of(UUID alertId, CardAction action, Instant now) {
        return new CardLink(alertId, action, Instant.ofEpochSecond(now.plus(LIFETIME).getEpochSecond()));
    }

    /** Base64url of HMAC-SHA256(key, alert + "\n" + action + "\n" + expiry seconds). */
    public String signature(byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            String message = alertId + "\n" + action.id() + "\n" + expires.getEpochSecond();
            return BASE64URL.encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }

    /** Why the link does not hold (tampered or expired), or valid. Compared in constant time. */
    public SignatureCheck verify(byte[] key, String signature, Instant now) {
        if (!signedWith(key, signature)) {
            return SignatureCheck.invalid("this link is not one VOC made (it was changed or cut)");
        }
        if (!now.isBefore(expires)) {
            return SignatureCheck.invalid("this link expired on " + expires + "; open the alert in VOC instead");
        }
        return SignatureCheck.VALID;
    }

    /** Whether {@code signature} is this link's under {@code key}, expired or not. */
    public boolean signedWith(byte[] key, String signature) {
        return signature != null && MessageDigest.isEqual(signature(key).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    public boolean expired(Instant now) {
        return !now.isBefore(expires);
    }
}
