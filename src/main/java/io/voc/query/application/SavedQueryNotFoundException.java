package io.voc.query.application;

import io.voc.platform.model.ResourceNotFoundException;
import java.util.UUID;

/** No such saved query, or a private one of somebody else (they are told the same, so ids reveal nothing). */
public class SavedQueryNotFoundException extends ResourceNotFoundException {
    public SavedQueryNotFoundException(UUID id) {
        super("no saved query " + id);
    }
}
