package io.voc.experiment.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Deterministic buckets 0 to 9999 for users: the first 8 bytes of SHA-256 over the parts, joined with a byte
 * no part contains, modulo 10,000. SHA-256 is the same on every JVM and platform (an app SDK can compute it
 * too), its output is uniform, and the modulo bias of 2^64 by 10^4 is below 10^-15.
 */
public final class Buckets {
    private Buckets() {
    }

    /** The bucket of {@code userId} for {@code seed} (an experiment's key and salt, or a layer's key). */
    public static int of(String seed, String userId) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(seed.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            byte[] digest = sha.digest(userId.getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = (value << 8) | (digest[i] & 0xff);
            }
            return (int) Long.remainderUnsigned(value, Allocation.TOTAL);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
