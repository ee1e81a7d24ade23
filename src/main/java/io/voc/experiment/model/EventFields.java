package io.voc.experiment.model;

import java.time.Duration;
import java.time.Instant;

/**
 * The rules exposures and metric events share. An event id is the sender's: it makes every event
 * idempotent (sent twice, stored once), so it must be present and short enough to index. A time more than a
 * day ahead is a sender's clock or unit bug (seconds sent as milliseconds), not an event that happened.
 */
final class EventFields {
    static final int MAX_EVENT_ID = 100;
    static final Duration MAX_AHEAD = Duration.ofDays(1);

    private EventFields() {
    }

    static String eventId(String eventId) {
        if (eventId == null || eventId.isBlank()) {
            throw new InvalidExperimentException("eventId", "eventId is required: it makes a resent event count once");
        }
        if (eventId.length() > MAX_EVENT_ID) {
            throw new InvalidExperimentException("eventId", "eventId is at most " + MAX_EVENT_ID + " characters (got "
                    + eventId.length() + ")");
        }
        return eventId;
    }

    /** The same rule as an assignment's user id, so every user who can be assigned can be exposed. */
    static String userId(String userId) {
        return new UserAttributes(userId, null, null, null).userId();
    }

    static Instant at(Instant at) {
        if (at == null) {
            throw new InvalidExperimentException("at", "at is required: when it happened (ISO-8601 with offset)");
        }
        if (at.isAfter(Instant.now().plus(MAX_AHEAD))) {
            throw new InvalidExperimentException("at", "at is more than a day in the future (" + at
                    + "); check the sender's clock and units");
        }
        return at;
    }
}
