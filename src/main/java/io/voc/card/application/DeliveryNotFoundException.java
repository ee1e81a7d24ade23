package io.voc.card.application;

import java.util.UUID;

/** No such delivery (its channel was deleted, say). */
public class DeliveryNotFoundException extends RuntimeException {
    public DeliveryNotFoundException(UUID id) {
        super("no delivery " + id);
    }
}
