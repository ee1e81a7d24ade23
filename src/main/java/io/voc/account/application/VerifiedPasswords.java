package io.voc.account.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a few minutes, that a password matched a stored hash. Scripts send HTTP Basic on every
 * request and bcrypt costs a quarter of a second of CPU each time; this keeps that to once per few
 * minutes. The key is an HMAC under a key that lives only in this process, so the cache holds no
 * password; an entry counts only while the user's stored hash is the one it was verified against, so
 * a password change takes effect at once.
 */
final class VerifiedPasswords {
    private final Cache<String, String> hashByCredentials = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(5))
            .build();
    private final SecretKeySpec key;

    VerifiedPasswords() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        key = new SecretKeySpec(secret, "HmacSHA256");
    }

    boolean known(String username, String password, String storedHash) {
        return storedHash.equals(hashByCredentials.getIfPresent(fingerprint(username, password)));
    }

    void remember(String username, String password, String storedHash) {
        hashByCredentials.put(fingerprint(username, password), storedHash);
    }

    private String fingerprint(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
