package io.voc.persona.model;

import java.util.List;

/**
 * A group of users who write alike and are alike, named after what sets them apart from users at large
 * ({@code traits}, strongest first). {@code key} is stable within its version ({@code p1} is the largest).
 *
 * @param meanSentiment mean sentiment score of its members' feedback (-1 to 1), null when none was measured
 * @param topComplaints the aspects its members complain about most, most first
 */
public record Persona(String key, String name, int users, int feedback, List<String> traits, Double meanSentiment,
        List<String> topComplaints, List<String> topTopics) {
    public Persona {
        traits = List.copyOf(traits);
        topComplaints = List.copyOf(topComplaints);
        topTopics = List.copyOf(topTopics);
    }
}
