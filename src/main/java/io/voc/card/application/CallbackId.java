package io.voc.card.application;

import io.voc.platform.model.InvalidInputException;

/**
 * A callback as its provider names it ({@code slack} and Slack's trigger id, {@code lark} and the event id,
 * ...). A provider delivers a callback again when VOC answers slowly; the same id applies once.
 */
public record CallbackId(String provider, String eventId) {
    public static final int MAX_PROVIDER = 16;
    public static final int MAX_EVENT_ID = 200;

    public CallbackId {
        if (provider == null || provider.isBlank() || provider.length() > MAX_PROVIDER) {
            throw new InvalidInputException("provider", "provider must be 1 to " + MAX_PROVIDER + " characters");
        }
        if (eventId == null || eventId.isBlank() || eventId.length() > MAX_EVENT_ID) {
            throw new InvalidInputException("eventId", "the callback's event id must be 1 to " + MAX_EVENT_ID
                    + " characters");
        }
    }
}
