package io.voc.region.model;

import java.util.Objects;

/**
 * What a transform decided about one record - exactly one of three things, so the bridge can never forget a
 * case: the record goes on ({@link Kept}, with what was changed), is deliberately left behind ({@link Dropped},
 * by which rule), or cannot be bridged as it is ({@link Rejected}, with a reason a person can act on; it goes to
 * the home cluster's dead-letter topic).
 */
public sealed interface TransformOutcome permits TransformOutcome.Kept, TransformOutcome.Dropped,
        TransformOutcome.Rejected {

    static Kept kept(RawFeedback record, Changes changes) {
        return new Kept(record, changes);
    }

    /** The record unchanged. */
    static Kept unchanged(RawFeedback record) {
        return new Kept(record, Changes.NONE);
    }

    static Dropped dropped(String rule, String why) {
        return new Dropped(rule, why);
    }

    static Rejected rejected(String reason) {
        return new Rejected(reason);
    }

    /** The record goes on, possibly changed; {@code changes} counts every change by kind. */
    record Kept(RawFeedback record, Changes changes) implements TransformOutcome {
        public Kept {
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(changes, "changes");
        }
    }

    /** Not bridged on purpose: {@code rule} names the drop rule (for metrics), {@code why} says what matched. */
    record Dropped(String rule, String why) implements TransformOutcome {
        public Dropped {
            requireText(rule, "rule");
            requireText(why, "why");
        }
    }

    /** The record cannot be bridged as it is; {@code reason} says what is wrong and, where it can, what to do. */
    record Rejected(String reason) implements TransformOutcome {
        public Rejected {
            requireText(reason, "reason");
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an outcome's " + name + " must not be blank");
        }
    }
}
