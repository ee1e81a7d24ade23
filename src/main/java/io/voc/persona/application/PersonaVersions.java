package io.voc.persona.application;

import io.voc.persona.model.PersonaRun;
import io.voc.persona.model.PersonaSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Stored persona versions and who belongs to which persona. Versions are numbered 1, 2, ... in the order they
 * are stored; older ones stay, so personas can be compared across builds.
 *
 * @throws PersonasUnavailableException (every method) when the store cannot be reached
 */
public interface PersonaVersions {

    /** Stores a new version built by {@code run}; its number. */
    long save(PersonaSet personas, UUID run, PersonaRun.Spec spec);

    Optional<StoredPersonas> latest();

    Optional<StoredPersonas> find(long version);

    /** A user of a version and their persona. */
    record Member(String userId, String personaKey) {
    }

    /** The members of a version in a fixed order (persona, then user id), a page at a time. */
    List<Member> members(long version, long offset, int limit);
}
