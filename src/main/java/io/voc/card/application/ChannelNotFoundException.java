package io.voc.card.application;

import io.voc.platform.model.ResourceNotFoundException;
import java.util.UUID;

/** No such channel, or not one the caller may see (they are told the same, so ids reveal nothing). */
public class ChannelNotFoundException extends ResourceNotFoundException {
    public ChannelNotFoundException(UUID id) {
        super("no channel " + id);
    }
}
