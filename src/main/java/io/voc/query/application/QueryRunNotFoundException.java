package io.voc.query.application;

import io.voc.platform.model.ResourceNotFoundException;
import java.util.UUID;

/** No such run going on (it ended, or it never was), or one of somebody else's. */
public class QueryRunNotFoundException extends ResourceNotFoundException {
    public QueryRunNotFoundException(UUID id) {
        super("no query run " + id + " is going on (it may have ended already)");
    }
}
