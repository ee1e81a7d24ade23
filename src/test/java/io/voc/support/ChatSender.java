package io.voc.support;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * What chat providers do to the callbacks they send VOC, computed here from the published schemes rather
 * than with VOC's code (a mistake in VOC's verification then shows): Slack's v0 signature, Lark's signature
 * and encryption with an app's Encrypt Key, and VOC's own webhook signature as a team's receiver computes it.
 */
public final class ChatSender {
    private static final SecureRandom RANDOM = new SecureRandom();

    private ChatSender() {
    }

    /** {@code v0=} + hex(HMAC-SHA256(signing secret, "v0:" + timestamp + ":" + body)). */
    public static String slackSignature(String signingSecret, String timestamp, String body) {
        return "v0=" + HexFormat.of().formatHex(hmac(signingSecret, "v0:" + timestamp + ":" + body));
    }

    /** hex(SHA-256(timestamp + nonce + encrypt key + body)). */
    public static String larkSignature(String timestamp, String nonce, String encryptKey, String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((timestamp + nonce + encryptKey + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Base64(IV + AES-256-CBC(key = SHA-256(encrypt key), PKCS#7)(plain)), as Lark sends {"encrypt": ...}. */
    public static String larkEncrypt(String encryptKey, String plain) {
        try {
            byte[] key = MessageDigest.getInstance("SHA-256").digest(encryptKey.getBytes(StandardCharsets.UTF_8));
            byte[] iv = new byte[16];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(16 + sealed.length).put(iv).put(sealed)
                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code sha256=} + hex(HMAC-SHA256(secret, timestamp + "." + body)). */
    public static String webhookSignature(String secret, String timestamp, String body) {
        return "sha256=" + HexFormat.of().formatHex(hmac(secret, timestamp + "." + body));
    }

    private static byte[] hmac(String key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
