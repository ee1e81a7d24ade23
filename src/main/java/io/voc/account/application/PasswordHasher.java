package io.voc.account.application;

/** Turns passwords into slow, salted hashes and checks a password against one. */
public interface PasswordHasher {

    /** A new hash with a fresh salt; the same password gives a different hash each time. */
    String hash(String password);

    /** Whether {@code password} matches {@code hash}, in time that does not depend on where they differ. */
    boolean verify(String password, String hash);
}
