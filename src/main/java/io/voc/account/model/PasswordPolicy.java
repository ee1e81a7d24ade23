package io.voc.account.model;

import io.voc.platform.model.InvalidInputException;
import java.nio.charset.StandardCharsets;

/**
 * What a password must be before it is hashed. bcrypt reads only the first 72 bytes of a password, so
 * longer ones are refused rather than silently cut. Messages never repeat the password.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    public static void check(String password, Username username) {
        if (password == null || password.isEmpty()) {
            throw new InvalidInputException("password", "password is required");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidInputException("password", "password must be at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidInputException("password", "password must be at most " + MAX_BYTES + " bytes (UTF-8)");
        }
        if (username != null && password.equalsIgnoreCase(username.value())) {
            throw new InvalidInputException("password", "password must not be the username");
        }
    }
}
