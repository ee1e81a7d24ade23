package io.voc.card.model;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Lark's encrypted callbacks ({@code {"encrypt": "..."}} when the app has an Encrypt Key): AES-256-CBC with
 * PKCS#7 padding, the key is SHA-256 of the Encrypt Key, and the first 16 bytes of the Base64-decoded value
 * are the IV. Lark's documented example: key "test key", {@code P37w+VZImNgPEO1RBhJ6RtKl7n6zymIbEG1pReEzghk=}
 * decrypts to "hello world".
 */
public final class LarkCipher {
    private static final int IV_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private LarkCipher() {
    }

    /** @throws IllegalArgumentException when the value is not Base64 or does not decrypt with this key */
    public static String decrypt(String encryptKey, String encrypted) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(encrypted.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the encrypted body is not Base64", e);
        }
        if (bytes.length <= IV_BYTES || (bytes.length - IV_BYTES) % 16 != 0) {
            throw new IllegalArgumentException("the encrypted body is not AES-CBC output");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding"); // PKCS5 is PKCS#7 for 16-byte blocks in the JDK
            cipher.init(Cipher.DECRYPT_MODE, key(encryptKey), new IvParameterSpec(bytes, 0, IV_BYTES));
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the encrypted body does not decrypt with the channel's Encrypt Key", e);
        }
    }

    /** What Lark does (for a test's stand-in of Lark, and for symmetry). */
    public static String encrypt(String encryptKey, String plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
            cipher.init(Cipher.ENCRYPT_MODE, key(encryptKey), new IvParameterSpec(iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed)
                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-CBC is part of every JRE", e);
        }
    }

    private static SecretKeySpec key(String encryptKey) {
        return new SecretKeySpec(Hmac.digest(encryptKey), "AES");
    }
}
