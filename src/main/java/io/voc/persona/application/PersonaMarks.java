package io.voc.persona.application;

import java.util.Collection;

/**
 * The persona marked on feedback (its {@code persona} field), so search, facets and pages can narrow by it.
 *
 * @throws PersonasUnavailableException (every method) when the store cannot be reached
 */
public interface PersonaMarks {

    /** Marks every feedback of these users with the persona's name. */
    void mark(String personaName, Collection<String> userIds);

    /** Removes the marks of an older version from feedback whose author no version-{@code current} persona has. */
    void clearOthers(Collection<String> currentNames);
}
