package io.voc.account.model;

import io.voc.platform.model.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One kind of thing a caller may do. A role is a set of scopes; a token carries some of its owner's.
 * The lower-case {@link #id()} is how scopes appear in the API and in access checks.
 */
public enum Scope {
    /** Read dashboards, search and analyse feedback. */
    READ,
    /** Saved queries and exports. */
    QUERY,
    /** Submit feedback. */
    INGEST,
    /** Users, tokens, products and the platform's operations. */
    ADMIN;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Scope parse(String field, String value) {
        if (value != null) {
            for (Scope scope : values()) {
                if (scope.id().equals(value.strip().toLowerCase(Locale.ROOT))) {
                    return scope;
                }
            }
        }
        throw new InvalidInputException(field, "unknown scope '" + value + "'; one of "
                + Arrays.stream(values()).map(Scope::id).collect(Collectors.joining(", ")));
    }
}
