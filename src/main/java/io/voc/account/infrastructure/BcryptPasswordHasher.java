package io.voc.account.infrastructure;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.voc.account.application.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.spec.InvalidKeySpecException;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

/**
 * bcrypt through WildFly Elytron (Quarkus' security library): a fresh 16-byte salt per hash, stored in
 * the modular crypt format ({@code $2a$12$<salt><hash>}).
 *
 * <p>Verification recomputes the hash with the stored salt and cost and compares the digests with
 * {@link MessageDigest#isEqual}, which takes the same time wherever they differ. (Elytron's own
 * {@code BcryptUtil.matches} compares with {@code Arrays.equals}, which stops at the first difference.)
 *
 * <p>Cost 12 (2^12 rounds): one verify (= one hash) took 437 ms and 1030 ms in two runs on the 2-core
 * build machine while it was busy (load average 7; BcryptPasswordHasherTest prints it, 2026-11-26) -
 * slow enough to make guessing expensive, still acceptable for a sign-in. Stored hashes carry their
 * cost, so raising it later only affects new hashes.
 */
@ApplicationScoped
class BcryptPasswordHasher implements PasswordHasher {
    static final int COST = 12;

    @Override
    public String hash(String password) {
        return BcryptUtil.bcryptHash(password, COST);
    }

    @Override
    public boolean verify(String password, String hash) {
        if (password == null || hash == null || hash.isBlank()) {
            return false;
        }
        BCryptPassword stored = decode(hash);
        if (stored == null) {
            return false;
        }
        BCryptPassword candidate = decode(BcryptUtil.bcryptHash(password, stored.getIterationCount(), stored.getSalt()));
        return candidate != null && MessageDigest.isEqual(candidate.getHash(), stored.getHash());
    }

    private static BCryptPassword decode(String hash) {
        try {
            Password password = ModularCrypt.decode(hash);
            return password instanceof BCryptPassword bcrypt ? bcrypt : null;
        } catch (InvalidKeySpecException | RuntimeException e) {
            return null; // not a bcrypt hash in modular crypt format
        }
    }
}
