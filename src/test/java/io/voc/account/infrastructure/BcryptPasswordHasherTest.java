package io.voc.account.infrastructure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BcryptPasswordHasherTest {
    private final BcryptPasswordHasher hasher = new BcryptPasswordHasher();

    @Test
    void hashesAreSaltedBcryptAndVerifyOnlyTheirPassword() {
        String hash = hasher.hash("correct horse battery");
        long start = System.nanoTime();
        assertTrue(hasher.verify("correct horse battery", hash));
        long millis = (System.nanoTime() - start) / 1_000_000;
        // the figure quoted in BcryptPasswordHasher's comment
        System.out.printf("bcrypt cost %d: one verify (one hash) took %d ms%n", BcryptPasswordHasher.COST, millis);

        assertTrue(hash.startsWith("$2a$12$"), hash);
        assertFalse(hash.contains("correct horse"));
        assertNotEquals(hash, hasher.hash("correct horse battery"), "no fresh salt");

        assertTrue(hasher.verify("correct horse battery", hash));
        assertFalse(hasher.verify("correct horse batterY", hash));
        assertFalse(hasher.verify("", hash));
        assertFalse(hasher.verify("correct horse battery", "not a hash"));
        assertFalse(hasher.verify("correct horse battery", ""));
        assertFalse(hasher.verify(null, hash));
    }
}
