package io.voc.card.application;

import io.voc.card.model.DeliveryStatus;
import io.voc.platform.model.InvalidInputException;
import java.util.Locale;

/** Only a parked delivery can be sent again: a pending one is on its way, a delivered one arrived. */
public class DeliveryNotParkedException extends InvalidInputException {
    public DeliveryNotParkedException(DeliveryStatus status) {
        super("delivery", "only a parked delivery can be sent again; this one is "
                + status.name().toLowerCase(Locale.ROOT));
    }
}
