package io.voc.account.model;

import io.voc.platform.model.InvalidInputException;
import java.util.regex.Pattern;

/** The name a user signs in with, e.g. {@code jane.doe}: 3-64 lower-case letters, digits, '.', '_' and '-'. */
public record Username(String value) {
    private static final Pattern SHAPE = Pattern.compile("[a-z0-9._-]{3,64}");

    public Username {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("username", "username is required");
        }
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidInputException("username",
                    "username must be 3-64 characters of a-z, 0-9, '.', '_' and '-' (got '" + value + "')");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
