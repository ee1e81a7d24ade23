package io.voc.feedback.model;

/** A star rating as app stores and surveys give it. */
public record Rating(int value) {
    public Rating {
        if (value < 1 || value > 5) {
            throw new InvalidFeedbackException("rating", "rating must be between 1 and 5 (got " + value + ")");
        }
    }
}
