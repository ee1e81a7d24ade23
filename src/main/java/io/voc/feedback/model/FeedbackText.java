package io.voc.feedback.model;

/** What the user said. Kept verbatim (only trimmed): drill-down must show the user's own words. */
public record FeedbackText(String value) {
    public static final int MAX_LENGTH = 20_000;

    public FeedbackText {
        if (value == null || value.isBlank()) {
            throw new InvalidFeedbackException("text", "text is required and must not be blank");
        }
        value = value.strip();
        if (value.length() > MAX_LENGTH) {
            throw new InvalidFeedbackException("text",
                    "text must be at most " + MAX_LENGTH + " characters (got " + value.length() + ")");
        }
    }
}
