package io.voc.query.model;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * One version of a saved query: who made it, when, what they changed, and the query as it was then. A
 * change that changes nothing makes no version. Version 1 is the creation.
 */
public record SavedQueryChanged(UUID queryId, int version, String by, Instant at, Set<What> what, String name,
        String description, String definition, Visibility visibility) {

    public SavedQueryChanged {
        what = Set.copyOf(what);
    }

    /** The parts a version can change; {@link #CREATED} marks the first. */
    public enum What {
        CREATED, NAME, DESCRIPTION, DEFINITION, SHARING;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
