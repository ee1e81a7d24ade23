package io.voc.persona.application;

import io.voc.persona.model.PersonaRun;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Persona runs. {@link #take} gives a run to exactly one instance: a queued one, or a running one whose holder has
 * been silent for a whole lease (that is a resume). A save by an instance that no longer holds the run is refused.
 *
 * @throws PersonasUnavailableException (every method) when the store cannot be reached
 */
public interface PersonaRuns {

    void add(PersonaRun run);

    Optional<PersonaRun> take(String instance, Instant now, Duration lease);

    /** False when {@code instance} no longer holds the run (another took it over). */
    boolean save(PersonaRun run, String instance);

    Optional<PersonaRun> find(UUID id);

    /** Newest first. */
    List<PersonaRun> recent(int limit);
}
