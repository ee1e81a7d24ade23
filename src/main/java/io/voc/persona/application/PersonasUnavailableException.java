package io.voc.persona.application;

import io.voc.platform.model.DependencyUnavailableException;

/** PostgreSQL or Elasticsearch could not do the personas' work now. */
public class PersonasUnavailableException extends DependencyUnavailableException {
    public PersonasUnavailableException(String message, Throwable cause) {
        super("personas_unavailable", message, cause);
    }

    @Override
    public String userMessage() {
        return "Personas cannot be read or built right now; try again shortly.";
    }
}
