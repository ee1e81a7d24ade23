package io.voc.card.application;

import io.voc.platform.model.ResourceNotFoundException;
import java.util.UUID;

/** No such alert (a card of a deleted test alert, or a forged id). */
public class AlertNotFoundException extends ResourceNotFoundException {
    public AlertNotFoundException(UUID id) {
        super("no alert " + id);
    }
}
