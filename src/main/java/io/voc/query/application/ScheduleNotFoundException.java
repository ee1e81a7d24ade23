package io.voc.query.application;

import io.voc.platform.model.ResourceNotFoundException;
import java.util.UUID;

/** No such schedule on that saved query. */
public class ScheduleNotFoundException extends ResourceNotFoundException {
    public ScheduleNotFoundException(UUID id) {
        super("no schedule " + id + " on this saved query");
    }
}
