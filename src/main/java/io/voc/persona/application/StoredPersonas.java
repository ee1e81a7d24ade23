package io.voc.persona.application;

import io.voc.persona.model.Persona;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A stored version of the personas, with how it was built (window, seed, the silhouette of each k tried). */
public record StoredPersonas(long version, String run, long seed, int k, double silhouette,
        Map<Integer, Double> silhouetteByK, Instant from, Instant to, Instant builtAt, long users,
        List<Persona> personas) {

    public Optional<Persona> persona(String key) {
        return personas.stream().filter(p -> p.key().equals(key)).findFirst();
    }
}
