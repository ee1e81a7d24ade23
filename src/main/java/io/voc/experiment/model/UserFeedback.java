package io.voc.experiment.model;

import java.time.Instant;
import java.util.List;

/**
 * A feedback of a user, as the experiment reads it: when, its sentiment once analysed (label "negative",
 * "neutral" or "positive" and score, both null before), and the aspects it mentions with their sentiment.
 */
public record UserFeedback(String userId, Instant at, String sentiment, Double score, List<AspectMention> aspects) {
    public UserFeedback {
        aspects = aspects == null ? List.of() : List.copyOf(aspects);
    }

    public record AspectMention(String term, String sentiment) {
    }

    public boolean negative() {
        return "negative".equals(sentiment);
    }
}
