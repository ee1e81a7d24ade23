package io.voc.card.application;

import io.voc.platform.model.ResourceNotFoundException;
import java.util.UUID;

/** No such delivery (its channel was deleted, say). */
public class DeliveryNotFoundException extends ResourceNotFoundException {
    public DeliveryNotFoundException(UUID id) {
        super("no delivery " + id);
    }
}
