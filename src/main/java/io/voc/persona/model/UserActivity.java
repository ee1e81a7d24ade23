package io.voc.persona.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one user wrote over the personas' window, summed up: how much, about which topics, which aspects they
 * complained about, in what mood and with what intent, from which platform. Counts, not texts: a user's vector
 * is made of the shares.
 */
public final class UserActivity {
    private final String userId;
    private int feedback;
    private final Map<String, Integer> topics = new HashMap<>();
    private final Map<String, Integer> complaints = new HashMap<>();
    private final Map<String, Integer> intents = new HashMap<>();
    private final Map<String, Integer> platforms = new HashMap<>();
    private double sentimentSum;
    private int sentiments;

    public UserActivity(String userId) {
        this.userId = Objects.requireNonNull(userId, "userId");
    }

    /**
     * One more feedback of this user. {@code negativeAspects}: aspects spoken of negatively; {@code sentiment},
     * {@code intent} and {@code platform} may be null (not measured, not known).
     */
    public void add(List<String> topicsOf, List<String> negativeAspects, Double sentiment, String intent,
            String platform) {
        feedback++;
        topicsOf.stream().distinct().forEach(t -> topics.merge(t, 1, Integer::sum));
        negativeAspects.stream().distinct().forEach(a -> complaints.merge(a, 1, Integer::sum));
        if (sentiment != null) {
            sentimentSum += sentiment;
            sentiments++;
        }
        if (intent != null) {
            intents.merge(intent, 1, Integer::sum);
        }
        if (platform != null) {
            platforms.merge(platform, 1, Integer::sum);
        }
    }

    public String userId() {
        return userId;
    }

    public int feedback() {
        return feedback;
    }

    /** Share of this user's feedback about {@code topic}, 0 to 1. */
    public double topicShare(String topic) {
        return share(topics, topic);
    }

    public double complaintShare(String aspect) {
        return share(complaints, aspect);
    }

    public double intentShare(String intent) {
        return share(intents, intent);
    }

    public double platformShare(String platform) {
        return share(platforms, platform);
    }

    /** Mean sentiment score (-1 to 1); null when none of the feedback had one. */
    public Double meanSentiment() {
        return sentiments == 0 ? null : sentimentSum / sentiments;
    }

    public Map<String, Integer> topics() {
        return Map.copyOf(topics);
    }

    public Map<String, Integer> complaints() {
        return Map.copyOf(complaints);
    }

    public Map<String, Integer> intents() {
        return Map.copyOf(intents);
    }

    public Map<String, Integer> platforms() {
        return Map.copyOf(platforms);
    }

    private double share(Map<String, Integer> counts, String key) {
        return feedback == 0 ? 0 : counts.getOrDefault(key, 0) / (double) feedback;
    }
}
